// The deck a page shows: the built-in one (its facts fetched as a build asset) or one saved on
// this device (read from the deck library, which loads only when such a deck is asked for).
import { builtInDeck } from 'virtual:fact-set/deck';
import { contentVersion, loadFactSet } from 'virtual:fact-set';
import { deckIdFromUrl } from '$lib/decks/location';
import type { LoadedDeck } from '$lib/decks/types';

export { builtInDeck, contentVersion as builtInContentVersion };

/** The deck id in the page's address; null for the built-in deck. */
export function deckIdOf(url: URL): string | null {
	return deckIdFromUrl(url, builtInDeck.id);
}

/** A deck named in an address that is not on this device. */
export class DeckNotFoundError extends Error {
	constructor(readonly deckId: string) {
		super(deckId);
		this.name = 'DeckNotFoundError';
	}
}

/** Why a deck could not be loaded, in words for the page. */
export function deckProblem(error: unknown): string {
	return error instanceof DeckNotFoundError
		? `There is no deck “${error.deckId}” on this device: it may have been deleted, or added in another browser. The Decks page lists the decks you have.`
		: 'The questions could not be loaded. Check the connection and try again.';
}

/** Loads deck `id` (null: the built-in one); rejects with DeckNotFoundError or a load failure. */
export async function loadDeck(id: string | null): Promise<LoadedDeck> {
	if (id === null) {
		const factSet = await loadFactSet();
		return { id: builtInDeck.id, builtIn: true, title: factSet.title, factSet, contentVersion };
	}
	const { openDeckLibrary } = await import('$lib/decks/library');
	const stored = await (await openDeckLibrary()).get(id);
	if (!stored) throw new DeckNotFoundError(id);
	return {
		id,
		builtIn: false,
		title: stored.factSet.title,
		factSet: stored.factSet,
		contentVersion: stored.summary.contentVersion
	};
}
