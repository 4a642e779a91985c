// The decks kept on this device, in a database of their own (progress has its own per deck).
// Summaries are stored apart from the facts, so listing 50 decks never reads 25,000 facts.
import type { Backend } from '../storage/backend.ts';
import { contentVersionOf } from '../quiz/generate.ts';
import { summarizeDeck } from './summary.ts';
import type { DeckSummary, StoredDeck } from './types.ts';
import type { FactSet } from '../facts/index.ts';

import {
	DECK_PREFIX,
	DRAFT_INFO_PREFIX,
	DRAFT_PREFIX,
	isSummary,
	listDraftInfos,
	listSummaries,
	SUMMARY_PREFIX,
	type DraftInfo
} from './catalog.ts';
import { openDeckBackend } from './open.ts';
import { announceDecksChanged } from './changes.ts';

export interface DeckLibrary {
	/** False when decks live only in memory (storage refused) and are lost with the tab. */
	readonly persistent: boolean;
	/** Every saved deck's summary, by title. */
	list(): Promise<DeckSummary[]>;
	/** The deck with this id, or undefined when there is none or it no longer reads right. */
	get(id: string): Promise<StoredDeck | undefined>;
	/**
	 * Saves a validated fact set, replacing the deck with its id and dropping any draft of it (an
	 * older draft must never come back over a newer deck), in one write; returns its summary.
	 */
	save(factSet: FactSet, now: Date): Promise<DeckSummary>;
	/** Deletes the deck and any draft of it. */
	remove(id: string): Promise<void>;
	/** Drafts that do not pass the checks yet, by title. */
	drafts(): Promise<DraftInfo[]>;
	/** The draft of deck `id` as the editor stored it (unchecked: the editor reads it). */
	getDraft(id: string): Promise<unknown>;
	/** Keeps a draft that does not pass the checks; the saved deck, if any, stays as it was. */
	saveDraft(id: string, draft: unknown, info: Omit<DraftInfo, 'id'>): Promise<void>;
}

/** `written` is told after each write (the browser's library tells the other tabs). */
export function createDeckLibrary(
	backend: Backend,
	persistent: boolean,
	written: () => void = () => {}
): DeckLibrary {
	const write = async (change: Parameters<Backend['write']>[0]) => {
		await backend.write(change);
		written();
	};
	return {
		persistent,
		list: () => listSummaries(backend),
		async get(id) {
			const [summary, factSet] = await Promise.all([
				backend.get(SUMMARY_PREFIX + id),
				backend.get(DECK_PREFIX + id)
			]);
			if (!isSummary(summary) || !isFactSetLike(factSet)) return undefined;
			// The facts were validated when saved; the hash tells whether they are still what was saved.
			if (contentVersionOf(factSet) !== summary.contentVersion) return undefined;
			return { summary, factSet };
		},
		async save(factSet, now) {
			const summary = summarizeDeck(factSet, contentVersionOf(factSet), now);
			await write({
				delete: [DRAFT_PREFIX + factSet.id, DRAFT_INFO_PREFIX + factSet.id],
				put: [
					[SUMMARY_PREFIX + factSet.id, summary],
					[DECK_PREFIX + factSet.id, factSet]
				]
			});
			return summary;
		},
		remove: (id) =>
			write({
				delete: [SUMMARY_PREFIX + id, DECK_PREFIX + id, DRAFT_PREFIX + id, DRAFT_INFO_PREFIX + id]
			}),
		drafts: () => listDraftInfos(backend),
		getDraft: (id) => backend.get(DRAFT_PREFIX + id),
		saveDraft: (id, draft, info) =>
			write({
				put: [
					[DRAFT_PREFIX + id, draft],
					[DRAFT_INFO_PREFIX + id, { id, ...info }]
				]
			})
	};
}

function isFactSetLike(value: unknown): value is FactSet {
	const set = value as Partial<FactSet> | null;
	return (
		typeof set === 'object' &&
		set !== null &&
		Array.isArray(set.facts) &&
		Array.isArray(set.entities) &&
		Array.isArray(set.topics)
	);
}

let opened: Promise<DeckLibrary> | undefined;

/** The library, opened once per page load; in memory when the browser refuses storage. */
export function openDeckLibrary(): Promise<DeckLibrary> {
	return (opened ??= openDeckBackend().then(({ backend, persistent }) =>
		createDeckLibrary(backend, persistent, announceDecksChanged)
	));
}
