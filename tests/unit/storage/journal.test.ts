import { describe, expect, test } from 'vitest';
import { forgetAnswer, journalAnswer, journaledAnswers } from '../../../src/lib/storage/journal.ts';
import type { KeyValueStore } from '../../../src/lib/storage/journal-write.ts';
import { createScheduler } from '../../../src/lib/srs/index.ts';
import { freshFactory, NOW, openPersistent } from './helpers.ts';

/** localStorage as a Map, optionally refusing writes (a full quota). */
function fakeLocalStorage(full = false): KeyValueStore & { map: Map<string, string> } {
	const map = new Map<string, string>();
	return {
		map,
		get length() {
			return map.size;
		},
		key: (index) => [...map.keys()][index] ?? null,
		getItem: (key) => map.get(key) ?? null,
		setItem: (key, value) => {
			if (full) throw new DOMException('full', 'QuotaExceededError');
			map.set(key, value);
		},
		removeItem: (key) => void map.delete(key)
	};
}

const answer = (factId: string) => ({ factId, correct: true, elapsedMs: 2_000 });
const at = (minutes: number) => new Date(NOW.getTime() + minutes * 60_000);

describe('the journal of answers not yet stored', () => {
	test('keeps each deck’s answers apart, oldest first, until they are forgotten', () => {
		const store = fakeLocalStorage();
		const late = journalAnswer(null, answer('b'), at(2), store)!;
		const early = journalAnswer(null, { ...answer('a'), rating: 'hard' }, at(1), store)!;
		journalAnswer('apollo-11', answer('x'), at(0), store);
		expect(
			journaledAnswers(null, store).map(({ id, factId, rating }) => [id, factId, rating])
		).toEqual([
			[early, 'a', 'hard'],
			[late, 'b', undefined]
		]);
		expect(journaledAnswers('apollo-11', store).map(({ factId }) => factId)).toEqual(['x']);
		forgetAnswer(early, store);
		expect(journaledAnswers(null, store).map(({ id }) => id)).toEqual([late]);
	});

	test('drops entries it cannot read, and says so when it cannot write', () => {
		const store = fakeLocalStorage();
		store.setItem('summit-quiz:answer:bad', '{not json');
		store.setItem('summit-quiz:answer:wrong', JSON.stringify({ id: 'other' }));
		store.setItem('another-app', 'kept');
		expect(journaledAnswers(null, store)).toEqual([]);
		expect([...store.map.keys()]).toEqual(['another-app']);
		expect(journalAnswer(null, answer('a'), NOW, fakeLocalStorage(true))).toBeUndefined();
	});

	test('an answer from the journal is recorded once, however often it is replayed', async () => {
		const progress = await openPersistent(freshFactory());
		const scheduler = createScheduler();
		const once = { id: 'abc-123', at: at(1) };
		const record = () =>
			progress.recordReview(
				'fact-a',
				(card) => scheduler.review(card, 'fact-a', 'good', at(1)),
				once
			);
		const first = await record();
		const again = await record();
		expect(again).toEqual(first);
		expect((await progress.loadLog()).log).toHaveLength(1);
		expect((await progress.loadCards()).cards.get('fact-a')?.reps).toBe(1);
	});
});
