// Where the play page keeps its run, and whether one is there: the little the page needs before
// the run's own code loads, and writing it in the tap's task (run-snapshot.ts reads it back).
import type { RunSnapshot } from './run-snapshot.ts';

const PREFIX = 'summit-quiz-run:';

/** Where a run is kept: one per deck and link (`own` for the player's own runs). */
export function snapshotKey(deckId: string | null, fragment: string): string {
	return `${PREFIX}${deckId ?? ''}#${fragment.replace(/^#/, '') || 'own'}`;
}

/** localStorage where the browser lets the page use it. */
export function browserStorage(): Storage | undefined {
	try {
		return globalThis.localStorage ?? undefined;
	} catch {
		return undefined;
	}
}

/** Whether something is kept under `key` (checked properly once the run's code has loaded). */
export function hasSnapshot(key: string): boolean {
	try {
		return browserStorage()?.getItem(key) != null;
	} catch {
		return false;
	}
}

/** Keeps `snapshot`; false when the browser refused (private mode, full), which loses nothing else. */
export function saveSnapshot(
	storage: Storage | undefined,
	key: string,
	snapshot: RunSnapshot
): boolean {
	try {
		storage?.setItem(key, JSON.stringify(snapshot));
		return storage !== undefined;
	} catch {
		return false;
	}
}

export function forgetSnapshot(storage: Storage | undefined, key: string): void {
	try {
		storage?.removeItem(key);
	} catch {
		// Nothing kept, nothing to forget.
	}
}
