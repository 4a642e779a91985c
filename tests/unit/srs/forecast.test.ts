import { describe, expect, test } from 'vitest';
import {
	countNewStudiedToday,
	dueLaterToday,
	forecast,
	localDay,
	newCardState,
	type CardState,
	type ReviewLogEntry
} from '../../../src/lib/srs/index.ts';
import { reviewedCardDue } from './helpers.ts';

// 22:30 on 10 March in UTC+2 (20:30 UTC); local midnight is 22:00 UTC.
const NOW = new Date('2025-03-10T20:30:00.000Z');
const UTC_PLUS_2 = { timeZoneOffsetMinutes: -120 };

const cards = new Map<string, CardState>(
	[
		reviewedCardDue('overdue', '2025-03-01T08:00:00.000Z'),
		reviewedCardDue('earlier-today', '2025-03-10T06:00:00.000Z'),
		reviewedCardDue('later-today', '2025-03-10T21:30:00.000Z'),
		reviewedCardDue('tomorrow-local', '2025-03-10T22:30:00.000Z'),
		reviewedCardDue('in-two-days', '2025-03-12T10:00:00.000Z'),
		reviewedCardDue('in-six-days', '2025-03-16T21:59:00.000Z'),
		reviewedCardDue('in-seven-days', '2025-03-16T22:00:00.000Z'),
		newCardState('new', new Date('2025-03-10T00:00:00Z'))
	].map((card) => [card.id, card])
);

describe('forecast', () => {
	test('counts cards per local day, overdue ones on day 0, new ones not at all', () => {
		expect(forecast(cards, NOW, 7, UTC_PLUS_2)).toEqual([3, 1, 1, 0, 0, 0, 1]);
	});

	test('uses the given offset: in UTC the same cards fall on other days', () => {
		expect(forecast(cards, NOW, 7, { timeZoneOffsetMinutes: 0 })).toEqual([4, 0, 1, 0, 0, 0, 2]);
	});

	test('returns as many days as asked for', () => {
		expect(forecast(cards, NOW, 8, UTC_PLUS_2)).toEqual([3, 1, 1, 0, 0, 0, 1, 1]);
		expect(forecast(cards, NOW, 1, UTC_PLUS_2)).toEqual([3]);
		expect(forecast(new Map(), NOW, 3, UTC_PLUS_2)).toEqual([0, 0, 0]);
	});
});

describe('dueLaterToday', () => {
	test('counts cards due after now but before local midnight', () => {
		expect(dueLaterToday(cards, NOW, UTC_PLUS_2)).toBe(1);
		expect(dueLaterToday(cards, NOW, { timeZoneOffsetMinutes: 0 })).toBe(2);
	});
});

describe('localDay', () => {
	test('changes at local midnight', () => {
		expect(localDay(new Date('2025-03-10T21:59:59.999Z'), -120)).toBe(
			localDay(new Date('2025-03-10T00:00:00.000Z'), -120)
		);
		expect(localDay(new Date('2025-03-10T22:00:00.000Z'), -120)).toBe(
			localDay(new Date('2025-03-10T21:59:59.999Z'), -120) + 1
		);
	});
});

describe('countNewStudiedToday', () => {
	test('counts distinct new cards first answered on the local day', () => {
		const entry = (cardId: string, review: string, state: 'new' | 'learning'): ReviewLogEntry => ({
			cardId,
			rating: 'good',
			review,
			state,
			due: review,
			elapsed_days: 0,
			scheduled_days: 0,
			stability: 1,
			difficulty: 5
		});
		const log = [
			entry('a', '2025-03-10T08:00:00.000Z', 'new'),
			entry('a', '2025-03-10T08:10:00.000Z', 'learning'),
			entry('b', '2025-03-10T21:00:00.000Z', 'new'),
			entry('c', '2025-03-09T21:00:00.000Z', 'new'),
			entry('d', '2025-03-10T22:30:00.000Z', 'new')
		];
		expect(countNewStudiedToday(log, NOW, UTC_PLUS_2)).toBe(2);
	});
});
