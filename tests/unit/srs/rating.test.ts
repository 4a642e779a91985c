import { describe, expect, test } from 'vitest';
import { createScheduler, ratingForAnswer } from '../../../src/lib/srs/index.ts';

describe('ratingForAnswer', () => {
	test('a wrong answer is Again, a right one Good, however fast or slow', () => {
		for (const elapsedMs of [0, 500, 6_000, 20_000, 120_000])
			for (const timeLimitMs of [undefined, null, 10_000]) {
				expect(ratingForAnswer({ correct: false, elapsedMs, timeLimitMs })).toBe('again');
				expect(ratingForAnswer({ correct: true, elapsedMs, timeLimitMs })).toBe('good');
			}
	});

	test('a new card picked right at once comes back within the hour, not days later', () => {
		const now = new Date('2026-12-01T09:00:00Z');
		const rating = ratingForAnswer({ correct: true, elapsedMs: 2_000 });
		const { card } = createScheduler().review(undefined, 'fact', rating, now);
		expect(Date.parse(card.due) - now.getTime()).toBeLessThanOrEqual(3_600_000);
	});
});
