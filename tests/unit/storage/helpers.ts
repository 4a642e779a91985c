// Shared fixtures for the storage tests: isolated fake IndexedDB, raw access, sample records.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { get, set, type UseStore } from 'idb-keyval';
import { createScheduler, type CardState, type Rating } from '../../../src/lib/srs/index.ts';
import {
	createStore,
	openProgressStore,
	STORE_NAME,
	type ProgressStore,
	type RunRecord
} from '../../../src/lib/storage/index.ts';

export const NOW = new Date('2025-03-10T09:00:00.000Z');
export const DB = 'summit-quiz-test';

/** A fresh, empty IndexedDB of its own, so tests never see each other's data. */
export function freshFactory(): IDBFactory {
	return new IDBFactory();
}

/** Opens a store on `factory` and fails the test if it fell back to memory. */
export async function openPersistent(factory: IDBFactory, now = NOW): Promise<ProgressStore> {
	const store = await openProgressStore({ factory, dbName: DB, now });
	if (!store.persistent) throw new Error(`expected IndexedDB, got memory (${store.problem})`);
	return store;
}

/** Raw access to the same object store, for writing what the app never would. */
export function rawStore(factory: IDBFactory): UseStore {
	return createStore(factory, DB, STORE_NAME);
}

export function rawSet(factory: IDBFactory, key: string, value: unknown): Promise<void> {
	return set(key, value, rawStore(factory));
}

export function rawGet(factory: IDBFactory, key: string): Promise<unknown> {
	return get(key, rawStore(factory));
}

/** Answers card `id` with `rating` at `now` through the store, as the app does. */
export function answer(
	store: ProgressStore,
	id: string,
	rating: Rating,
	now = NOW
): Promise<{ card: CardState }> {
	const scheduler = createScheduler();
	return store.recordReview(id, (current) => scheduler.review(current, id, rating, now));
}

/** A reviewed card as the app writes it (the version-0 migration's card, converted). */
export function sampleCard(overrides: Partial<CardState> = {}): CardState {
	return {
		id: 'fact-a',
		state: 'review',
		due: '2025-03-12T08:00:00.000Z',
		stability: 8.3,
		difficulty: 4.9,
		scheduled_days: 8,
		learning_steps: 0,
		reps: 4,
		lapses: 1,
		last_review: '2025-03-04T08:00:00.000Z',
		...overrides
	};
}

export function sampleRun(overrides: Partial<RunRecord> = {}): RunRecord {
	return {
		id: 'run_AbC-123',
		status: 'in-progress',
		startedAt: NOW.toISOString(),
		settings: { seed: 'abc', count: 3, topics: ['people'], forms: [], timeLimit: 20, title: '' },
		shared: false,
		answers: [{ questionId: 'q1', factId: 'f1', choice: 2, correct: true, elapsedMs: 4100 }],
		score: 100,
		correct: 1,
		total: 3,
		durationMs: 4100,
		...overrides
	};
}
