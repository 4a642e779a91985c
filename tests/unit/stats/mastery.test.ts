import { describe, expect, test } from 'vitest';
import { TOPICS } from '../../../src/lib/facts/index.ts';
import { masteryByTopic, masteryTotals } from '../../../src/lib/stats/index.ts';
import type { CardState } from '../../../src/lib/srs/index.ts';
import { DAY, fresh, studied } from './helpers.ts';

const NOW = new Date('2025-09-10T12:00:00Z');
const LAST_WEEK = new Date(NOW.getTime() - 7 * DAY);

const facts = [
	{ id: 'p1', topic: 'people' as const },
	{ id: 'p2', topic: 'people' as const },
	{ id: 'p3', topic: 'people' as const },
	{ id: 'p4', topic: 'people' as const },
	{ id: 'd1', topic: 'dates' as const },
	{ id: 'd2', topic: 'dates' as const },
	{ id: 'q1', topic: 'quotes' as const }
];

const cards = new Map<string, CardState>(
	[
		studied('p1', 'easy', LAST_WEEK, new Date(NOW.getTime() + DAY)), // learned, waiting
		studied('p2', 'easy', LAST_WEEK, new Date(NOW.getTime() - DAY)), // due
		studied('p3', 'again', new Date(NOW.getTime() - 60_000)), // learning
		fresh('d1'), // stored but never answered
		studied('gone', 'easy', LAST_WEEK) // a fact no longer in the set
	].map((card) => [card.id, card])
);

describe('masteryByTopic', () => {
	test('counts each topic’s cards by status, in the fixed topic order', () => {
		expect(masteryByTopic(TOPICS, facts, cards, NOW)).toEqual([
			{ topic: 'people', total: 4, new: 1, learning: 1, due: 1, learned: 1 },
			{ topic: 'dates', total: 2, new: 2, learning: 0, due: 0, learned: 0 },
			{ topic: 'quotes', total: 1, new: 1, learning: 0, due: 0, learned: 0 }
		]);
	});

	test('a learned card becomes due when its time comes', () => {
		const later = new Date(NOW.getTime() + 2 * DAY);
		const people = masteryByTopic(TOPICS, facts, cards, later)[0];
		expect(people).toMatchObject({ learned: 0, due: 2 });
	});

	test('with no cards stored everything is new, and topics without facts are left out', () => {
		const rows = masteryByTopic(TOPICS, facts, new Map(), NOW);
		expect(rows.map((row) => row.topic)).toEqual(['people', 'dates', 'quotes']);
		expect(rows.every((row) => row.new === row.total)).toBe(true);
		expect(masteryByTopic(TOPICS, [], cards, NOW)).toEqual([]);
	});
});

describe('masteryTotals', () => {
	test('adds up every topic', () => {
		expect(masteryTotals(masteryByTopic(TOPICS, facts, cards, NOW))).toEqual({
			total: 7,
			new: 4,
			learning: 1,
			due: 1,
			learned: 1
		});
		expect(masteryTotals([])).toEqual({ total: 0, new: 0, learning: 0, due: 0, learned: 0 });
	});
});
