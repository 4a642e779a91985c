import { describe, expect, test } from 'vitest';
import { buildStudyQueue, type CardState } from '../../../src/lib/srs/index.ts';
import { reviewedCardDue } from './helpers.ts';

const NOW = new Date('2025-03-10T12:00:00.000Z');
const DAY = 86_400_000;

/** A reviewed card due `offsetDays` from NOW (negative = overdue). */
function dueCard(id: string, offsetDays: number): CardState {
	return reviewedCardDue(id, new Date(NOW.getTime() + offsetDays * DAY).toISOString());
}

describe('buildStudyQueue', () => {
	const cardIds = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'];
	const cards = new Map<string, CardState>([
		['a', dueCard('a', 3)],
		['b', dueCard('b', -1)],
		['c', dueCard('c', -5)],
		['e', dueCard('e', 0)],
		['g', dueCard('g', -1)]
	]);

	test('puts due cards first, most overdue first, then new cards in fact-set order', () => {
		const queue = buildStudyQueue({ cardIds, cards, now: NOW, newPerDay: 10, newStudiedToday: 0 });
		expect(queue).toEqual(['c', 'b', 'g', 'e', 'd', 'f', 'h']);
	});

	test('limits new cards to what is left of the daily allowance', () => {
		const base = { cardIds, cards, now: NOW, newPerDay: 3 };
		expect(buildStudyQueue({ ...base, newStudiedToday: 1 })).toEqual([
			'c',
			'b',
			'g',
			'e',
			'd',
			'f'
		]);
		expect(buildStudyQueue({ ...base, newStudiedToday: 3 })).toEqual(['c', 'b', 'g', 'e']);
		expect(buildStudyQueue({ ...base, newStudiedToday: 7 })).toEqual(['c', 'b', 'g', 'e']);
	});

	test('skips cards that are not due yet and cards for facts no longer in the set', () => {
		const extra = new Map(cards).set('gone', dueCard('gone', -30));
		const queue = buildStudyQueue({
			cardIds,
			cards: extra,
			now: NOW,
			newPerDay: 0,
			newStudiedToday: 0
		});
		expect(queue).not.toContain('a');
		expect(queue).not.toContain('gone');
		expect(queue).toEqual(['c', 'b', 'g', 'e']);
	});

	test('does not mutate its inputs', () => {
		const ids = [...cardIds];
		const before = structuredClone([...cards]);
		buildStudyQueue({ cardIds: ids, cards, now: NOW, newPerDay: 2, newStudiedToday: 0 });
		expect(ids).toEqual(cardIds);
		expect([...cards]).toEqual(before);
	});
});
