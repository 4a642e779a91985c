// The app's one door to saved progress: opens storage once, records answers through FSRS and
// keeps run history. Failures become a notice (storageStatus); they never interrupt play.
import {
	openProgressStore,
	StorageError,
	toStorageError,
	type ProgressStore,
	type RunRecord,
	type StudySettings
} from '$lib/storage';
import { createScheduler, ratingForAnswer, type Rating } from '$lib/srs';
import { storageStatus } from './storage-status.svelte';

let opening: Promise<ProgressStore> | undefined;

/** The progress store, opened on first use; falls back to memory with a notice. */
export function progressStore(): Promise<ProgressStore> {
	opening ??= openProgressStore({ now: new Date() }).then((store) => {
		storageStatus.persistent = store.persistent;
		if (store.problem) storageStatus.report(new StorageError(store.problem).message);
		return store;
	});
	return opening;
}

/** Runs a storage action; a failure is shown as a notice and returns undefined. */
export async function safely<T>(
	action: (store: ProgressStore) => Promise<T>
): Promise<T | undefined> {
	try {
		return await action(await progressStore());
	} catch (error) {
		storageStatus.report(toStorageError(error).message);
		return undefined;
	}
}

/** Like safely(), for reads: first waits for writes under way, so it sees what was just saved. */
export async function readSafely<T>(
	action: (store: ProgressStore) => Promise<T>
): Promise<T | undefined> {
	await storageStatus.settled();
	return safely(action);
}

export interface AnswerToRecord {
	factId: string;
	correct: boolean;
	elapsedMs: number;
	timeLimitMs?: number | null;
	/** A self-graded flashcard gives its rating directly. */
	rating?: Rating;
}

/** Schedules the fact's card with FSRS and logs the answer, in one transaction. */
export function recordAnswer(answer: AnswerToRecord, now: Date, settings?: StudySettings) {
	return safely(async (store) => {
		const { desiredRetention } = settings ?? (await store.loadSettings());
		const scheduler = createScheduler({ desiredRetention });
		const rating = answer.rating ?? ratingForAnswer(answer);
		return store.recordReview(answer.factId, (current) =>
			scheduler.review(current, answer.factId, rating, now)
		);
	});
}

/**
 * Saves (or replaces) a run record: called after every answer so a reload loses nothing.
 * True once saved (in memory only, when storage is refused); undefined when it failed.
 */
export function saveRun(run: RunRecord): Promise<true | undefined> {
	return safely(async (store) => {
		await store.saveRun(run);
		return true as const;
	});
}
