// The deck a page shows, as reactive state: named by the address (`?deck=`), loaded on demand.
import type { LoadedDeck } from '$lib/decks/types';
import { builtInDeck, deckIdOf, deckProblem, loadDeck } from './deck';

export class PageDeck {
	/** null while it is the built-in deck (also what a prerendered page shows first). */
	id = $state<string | null>(null);
	/** Known at once for the built-in deck, and as soon as another deck is read. */
	title = $state(builtInDeck.title);
	deck = $state.raw<LoadedDeck>();
	/** Why the deck could not be loaded, in words for the page. */
	problem = $state('');
	#attempt = 0;

	/** Reads the deck id from `url`, without loading the deck. */
	locate(url: URL): string | null {
		this.id = deckIdOf(url);
		if (this.id === null) this.title = builtInDeck.title;
		return this.id;
	}

	/** Loads the deck `url` names; undefined (with `problem` set) when it cannot. */
	async open(url: URL): Promise<LoadedDeck | undefined> {
		const attempt = ++this.#attempt;
		const id = this.locate(url);
		this.problem = '';
		try {
			const deck = await loadDeck(id);
			if (attempt !== this.#attempt) return undefined;
			this.deck = deck;
			this.title = deck.title;
			return deck;
		} catch (error) {
			if (attempt !== this.#attempt) return undefined;
			this.deck = undefined;
			this.problem = deckProblem(error);
			return undefined;
		}
	}
}
