// Decks: the built-in fact set and the ones a teacher or student keeps on this device.
import type { FactSet, Topic } from '../facts/index.ts';

/** What the home page and the deck list show of a deck, without loading its facts. */
export interface DeckSummary {
	/** The fact set's id; unique on this device. */
	id: string;
	title: string;
	description?: string;
	factCount: number;
	/** Facts per topic, in the deck's topic order. */
	topics: { topic: Topic; count: number }[];
	/** Hash of the facts and generator version: quiz links name the deck's content by it. */
	contentVersion: string;
	/** ISO time the deck was saved on this device. */
	savedAt: string;
}

/** A deck as stored: its summary and the playable fact set. */
export interface StoredDeck {
	summary: DeckSummary;
	factSet: FactSet;
}

/** A deck ready for a page: its facts, and whether it is the one built into the app. */
export interface LoadedDeck {
	id: string;
	builtIn: boolean;
	/** True when the deck came inside a quiz link rather than from this device. */
	fromLink?: boolean;
	title: string;
	factSet: FactSet;
	contentVersion: string;
}
