// Each deck's progress (cards, review log, runs, settings) lives in its own database, so a deck's
// backup, reset and deletion touch only it. The built-in deck keeps the app's original database.
import { DEFAULT_DB_NAME } from '../storage/keys.ts';

/** The progress database of deck `id`; null is the built-in deck. */
export function progressDbName(id: string | null): string {
	return id === null ? DEFAULT_DB_NAME : `${DEFAULT_DB_NAME}-deck:${id}`;
}
