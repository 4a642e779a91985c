export type { DeckSummary, LoadedDeck, StoredDeck } from './types.ts';
export { factsLabel, summarizeDeck } from './summary.ts';
export { DECK_PARAM, deckIdFromUrl, deckParam, deckRoute } from './location.ts';
export { createDeckLibrary, openDeckLibrary, type DeckLibrary } from './library.ts';
export { DECKS_DB_NAME, listSummaries } from './catalog.ts';
export { openDeckBackend } from './open.ts';
export { progressDbName } from './progress-db.ts';
// Importing (valibot, the validator) is not re-exported: only the deck page loads it.
