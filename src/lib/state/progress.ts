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
import { progressDbName } from '$lib/decks/progress-db';
import { createScheduler, ratingForAnswer, type Rating } from '$lib/srs';
import { storageStatus } from './storage-status.svelte';

/** A deck's id, or null for the built-in deck: each deck keeps its progress apart. */
export type DeckKey = string | null;

const opening = new Map<DeckKey, Promise<ProgressStore>>();

/** The deck's progress store, opened on first use; falls back to memory with a notice. */
export function progressStore(deck: DeckKey): Promise<ProgressStore> {
	let store = opening.get(deck);
	if (!store) {
		store = openProgressStore({ now: new Date(), dbName: progressDbName(deck) }).then((store) => {
			storageStatus.persistent = store.persistent;
			if (store.problem) storageStatus.report(new StorageError(store.problem).message);
			return store;
		});
		opening.set(deck, store);
	}
	return store;
}

/** Runs a storage action on the deck's store; a failure is shown as a notice and returns undefined. */
export async function safely<T>(
	deck: DeckKey,
	action: (store: ProgressStore) => Promise<T>
): Promise<T | undefined> {
	try {
		return await action(await progressStore(deck));
	} catch (error) {
		storageStatus.report(toStorageError(error).message);
		return undefined;
	}
}

/** Like safely(), for reads: first waits for writes under way, so it sees what was just saved. */
export async function readSafely<T>(
	deck: DeckKey,
	action: (store: ProgressStore) => Promise<T>
): Promise<T | undefined> {
	await storageStatus.settled();
	return safely(deck, action);
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
export function recordAnswer(
	deck: DeckKey,
	answer: AnswerToRecord,
	now: Date,
	settings?: StudySettings
) {
	return safely(deck, async (store) => {
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
export function saveRun(deck: DeckKey, run: RunRecord): Promise<true | undefined> {
	return safely(deck, async (store) => {
		await store.saveRun(run);
		return true as const;
	});
}
