import { describe, expect, test } from 'vitest';
import type { UseStore } from 'idb-keyval';
import { createScheduler } from '../../../src/lib/srs/index.ts';
import {
	createStore,
	openProgressStoreOn,
	STORE_NAME,
	StorageError
} from '../../../src/lib/storage/index.ts';
import { answer, DB, freshFactory, NOW, sampleRun } from './helpers.ts';

const LATER = new Date(NOW.getTime() + 2 * 86_400_000);

/**
 * A store whose object store's put throws QuotaExceededError once `full.after` more puts have
 * gone through (Infinity = never), as a browser does when the disk fills.
 */
function storeThatFills(factory: IDBFactory) {
	const full = { after: Infinity };
	const inner = createStore(factory, DB, STORE_NAME);
	const store: UseStore = (mode, callback) =>
		inner(mode, (objectStore) =>
			callback(
				new Proxy(objectStore, {
					get(target, property) {
						if (property === 'put') {
							return (value: unknown, key?: IDBValidKey) => {
								if (full.after <= 0) {
									throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
								}
								full.after -= 1;
								return target.put(value, key);
							};
						}
						const member: unknown = Reflect.get(target, property, target);
						return typeof member === 'function' ? member.bind(target) : member;
					}
				})
			)
		);
	return { store, full };
}

describe('when the disk is full', () => {
	test('recordReview rejects with StorageError quota and what was saved before is intact', async () => {
		const factory = freshFactory();
		const { store: useStore, full } = storeThatFills(factory);
		const store = await openProgressStoreOn(useStore, NOW);
		await answer(store, 'fact-a', 'good');
		await store.saveRun(sampleRun());
		const before = await store.exportBackup(NOW);

		full.after = 0;
		const failure = answer(store, 'fact-a', 'good', LATER);
		await expect(failure).rejects.toBeInstanceOf(StorageError);
		await expect(failure).rejects.toMatchObject({ reason: 'quota' });
		await expect(failure).rejects.toThrow(/no storage space/);
		await expect(store.saveRun(sampleRun({ status: 'finished' }))).rejects.toMatchObject({
			reason: 'quota'
		});
		await expect(
			store.saveSettings({ desiredRetention: 0.8, newPerDay: 1, studyMode: 'choice' })
		).rejects.toMatchObject({ reason: 'quota' });

		expect(await store.exportBackup(NOW)).toEqual(before);
	});

	test('a review whose log entry no longer fits does not leave its card half-saved', async () => {
		const factory = freshFactory();
		const { store: useStore, full } = storeThatFills(factory);
		const store = await openProgressStoreOn(useStore, NOW);
		await answer(store, 'fact-a', 'good');
		const before = await store.exportBackup(NOW);

		// The card's put succeeds, the log entry's put fails: the transaction must be rolled back.
		full.after = 1;
		await expect(answer(store, 'fact-a', 'easy', LATER)).rejects.toMatchObject({
			reason: 'quota'
		});
		full.after = Infinity;
		expect(await store.exportBackup(NOW)).toEqual(before);
		expect((await store.loadCards()).cards.get('fact-a')?.reps).toBe(1);

		await answer(store, 'fact-a', 'easy', LATER);
		expect((await store.loadCards()).cards.get('fact-a')?.reps).toBe(2);
	});

	test('a failing compute aborts the review the same way and its error comes through', async () => {
		const store = await openProgressStoreOn(createStore(freshFactory(), DB, STORE_NAME), NOW);
		await answer(store, 'fact-a', 'good');
		const boom = new Error('compute failed');
		await expect(
			store.recordReview('fact-a', () => {
				throw boom;
			})
		).rejects.toMatchObject({ reason: 'failed', cause: boom });
		const scheduler = createScheduler();
		const { card } = await store.recordReview('fact-a', (current) =>
			scheduler.review(current, 'fact-a', 'good', LATER)
		);
		expect(card.reps).toBe(2);
	});
});
