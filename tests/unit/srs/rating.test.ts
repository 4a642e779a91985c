import { describe, expect, test } from 'vitest';
import {
	FAST_MS,
	FAST_SHARE_OF_LIMIT,
	ratingForAnswer,
	SLOW_MS,
	SLOW_SHARE_OF_LIMIT
} from '../../../src/lib/srs/index.ts';

describe('ratingForAnswer', () => {
	test('documents its thresholds', () => {
		expect([FAST_MS, SLOW_MS, FAST_SHARE_OF_LIMIT, SLOW_SHARE_OF_LIMIT]).toEqual([
			6_000, 20_000, 0.3, 0.8
		]);
	});

	test('a wrong answer is again however fast it was', () => {
		expect(ratingForAnswer({ correct: false, elapsedMs: 500 })).toBe('again');
		expect(ratingForAnswer({ correct: false, elapsedMs: 60_000, timeLimitMs: 10_000 })).toBe(
			'again'
		);
	});

	test('without a limit: easy up to 6 s, hard from 20 s, good between', () => {
		const rate = (elapsedMs: number) => ratingForAnswer({ correct: true, elapsedMs });
		expect(rate(0)).toBe('easy');
		expect(rate(6_000)).toBe('easy');
		expect(rate(6_001)).toBe('good');
		expect(rate(19_999)).toBe('good');
		expect(rate(20_000)).toBe('hard');
		expect(rate(120_000)).toBe('hard');
	});

	test('with a limit the thresholds are 30% and 80% of it', () => {
		const rate = (elapsedMs: number) =>
			ratingForAnswer({ correct: true, elapsedMs, timeLimitMs: 10_000 });
		expect(rate(3_000)).toBe('easy');
		expect(rate(3_001)).toBe('good');
		expect(rate(7_999)).toBe('good');
		expect(rate(8_000)).toBe('hard');
	});

	test('a null or non-positive limit means no limit', () => {
		expect(ratingForAnswer({ correct: true, elapsedMs: 10_000, timeLimitMs: null })).toBe('good');
		expect(ratingForAnswer({ correct: true, elapsedMs: 10_000, timeLimitMs: 0 })).toBe('good');
	});
});
