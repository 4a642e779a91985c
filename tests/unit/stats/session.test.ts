import { describe, expect, test } from 'vitest';
import { nextDueWithin, summarizeSession } from '../../../src/lib/stats/index.ts';
import type { CardState } from '../../../src/lib/srs/index.ts';
import { DAY, fresh, MINUTE, studied } from './helpers.ts';

const NOW = new Date('2025-09-10T12:00:00.000Z');

describe('summarizeSession', () => {
	test('counts answers, distinct and new cards, right and wrong, and ratings', () => {
		const summary = summarizeSession([
			{ factId: 'a', rating: 'again', correct: false, wasNew: true },
			{ factId: 'b', rating: 'easy', correct: true, wasNew: true },
			{ factId: 'a', rating: 'good', correct: true, wasNew: false },
			{ factId: 'c', rating: 'hard', correct: null, wasNew: false }
		]);
		expect(summary).toEqual({
			answers: 4,
			cards: 3,
			newCards: 2,
			right: 2,
			wrong: 1,
			ratings: { again: 1, hard: 1, good: 1, easy: 1 }
		});
	});

	test('an empty session is all zeros', () => {
		expect(summarizeSession([])).toMatchObject({ answers: 0, cards: 0, right: 0, wrong: 0 });
	});
});

describe('nextDueWithin', () => {
	const missed = studied('missed', 'again', NOW); // learning: due in 1 minute
	const slow = studied('slow', 'good', NOW); // learning: due in 10 minutes
	const known = studied('known', 'easy', NOW); // review: due in days
	const cards = new Map<string, CardState>(
		[missed, slow, known, fresh('new')].map((card) => [card.id, card])
	);

	test('finds the earliest card falling due within the window', () => {
		expect(nextDueWithin(cards, NOW, 20 * MINUTE)).toBe(NOW.getTime() + MINUTE);
		const afterFirst = new Date(NOW.getTime() + 2 * MINUTE);
		expect(nextDueWithin(cards, afterFirst, 20 * MINUTE)).toBe(NOW.getTime() + 10 * MINUTE);
	});

	test('is null when nothing falls due within the window; cards already due do not count', () => {
		expect(nextDueWithin(cards, NOW, 30_000)).toBeNull();
		const later = new Date(NOW.getTime() + 11 * MINUTE);
		expect(nextDueWithin(cards, later, 20 * MINUTE)).toBeNull();
		expect(nextDueWithin(cards, later, 30 * DAY)).toBe(Date.parse(known.due));
	});
});
