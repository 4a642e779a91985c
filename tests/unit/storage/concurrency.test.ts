import { describe, expect, test } from 'vitest';
import { createScheduler } from '../../../src/lib/srs/index.ts';
import { freshFactory, NOW, openPersistent } from './helpers.ts';

const CALLS = 40;

describe('recordReview from two connections at once', () => {
	test('loses no answer: reps equals the number of calls and every log entry is kept', async () => {
		const factory = freshFactory();
		const tabA = await openPersistent(factory);
		const tabB = await openPersistent(factory);
		const scheduler = createScheduler();

		const calls = Array.from({ length: CALLS }, (_, i) => {
			const store = i % 2 === 0 ? tabA : tabB;
			const at = new Date(NOW.getTime() + i * 60_000);
			return store.recordReview('fact-a', (current) =>
				scheduler.review(current, 'fact-a', i % 5 === 0 ? 'again' : 'good', at)
			);
		});
		const results = await Promise.all(calls);

		const { cards } = await tabA.loadCards();
		expect(cards.get('fact-a')?.reps).toBe(CALLS);
		expect(results.map((result) => result.card.reps).sort((a, b) => a - b)).toEqual(
			Array.from({ length: CALLS }, (_, i) => i + 1)
		);
		const { log } = await tabB.loadLog();
		expect(log).toHaveLength(CALLS);
		expect(new Set(log.map((entry) => entry.id)).size).toBe(CALLS);
		expect(log.filter((entry) => entry.state === 'new')).toHaveLength(1);
	});
});
