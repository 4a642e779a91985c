// Which deck a page shows: `?deck=<id>` in its address, or none for the built-in deck. The query
// stays in the browser (static hosts ignore it) and survives reloads, Back and bookmarks.

export const DECK_PARAM = 'deck';

/** The pages that show one deck. */
export type DeckPage = '/play/' | '/study/' | '/progress/' | '/compose/' | '/decks/edit/';

/** The deck id a URL names; null for the built-in deck (no parameter, or the built-in's id). */
export function deckIdFromUrl(url: URL, builtInId: string): string | null {
	const id = url.searchParams.get(DECK_PARAM);
	return id === null || id === '' || id === builtInId ? null : id;
}

/** The deck id in a URL as written (the built-in deck's own id included); null when none. */
export function deckParam(url: URL): string | null {
	return url.searchParams.get(DECK_PARAM) || null;
}

/** The route of `page` for deck `id`, to pass to resolve(); the built-in deck needs no query. */
export function deckRoute<P extends DeckPage>(
	page: P,
	id: string | null
): P | `${P}?deck=${string}` {
	return id === null ? page : `${page}?${DECK_PARAM}=${encodeURIComponent(id)}`;
}
