// Where the play page keeps its run, and whether one is there: the little the page needs before
// the run's own code loads, and writing it in the tap's task (run-snapshot.ts reads it back).
import type { RunSnapshot } from './run-snapshot.ts';
import { localStore, type KeyValueStore } from '../storage/journal-write.ts';
import { removeLocal, writeLocalJson } from '../storage/local-json.ts';

const PREFIX = 'summit-quiz-run:';

/** Where a run is kept: one per deck and link (`own` for the player's own runs). */
export function snapshotKey(deckId: string | null, fragment: string): string {
	return `${PREFIX}${deckId ?? ''}#${fragment.replace(/^#/, '') || 'own'}`;
}

/** Whether something is kept under `key` (checked properly once the run's code has loaded). */
export function hasSnapshot(key: string): boolean {
	try {
		return localStore()?.getItem(key) != null;
	} catch {
		return false;
	}
}

/** Keeps `snapshot`; false when the browser refused (private mode, full), which loses nothing else. */
export const saveSnapshot: (
	store: KeyValueStore | undefined,
	key: string,
	snapshot: RunSnapshot
) => boolean = writeLocalJson;

export const forgetSnapshot = removeLocal;
