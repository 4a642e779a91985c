import { describe, expect, test } from 'vitest';
import { dayStreak } from '../../../src/lib/stats/index.ts';

// 23:30 on 10 September in UTC+2 (21:30 UTC); local days start at 22:00 UTC.
const NOW = new Date('2025-09-10T21:30:00.000Z');
const UTC_PLUS_2 = { timeZoneOffsetMinutes: -120 };

const at = (...times: string[]) => times.map((review) => ({ review }));

describe('dayStreak', () => {
	test('counts consecutive local days up to today', () => {
		const log = at(
			'2025-09-10T21:00:00.000Z', // 10 Sept, 23:00 local
			'2025-09-09T22:30:00.000Z', // 10 Sept, 00:30 local
			'2025-09-09T08:00:00.000Z', // 9 Sept
			'2025-09-08T21:59:00.000Z', // 8 Sept, 23:59 local
			'2025-09-06T10:00:00.000Z' // 6 Sept: a gap on the 7th
		);
		expect(dayStreak(log, NOW, UTC_PLUS_2)).toEqual({ current: 3, longest: 3, today: true });
	});

	test('stays alive until today ends when the latest review was yesterday', () => {
		const log = at('2025-09-09T12:00:00.000Z', '2025-09-08T12:00:00.000Z');
		expect(dayStreak(log, NOW, UTC_PLUS_2)).toEqual({ current: 2, longest: 2, today: false });
	});

	test('is broken by a day without reviews, but the longest streak is remembered', () => {
		const log = at(
			'2025-09-08T12:00:00.000Z',
			'2025-09-01T12:00:00.000Z',
			'2025-09-02T12:00:00.000Z',
			'2025-09-03T12:00:00.000Z',
			'2025-09-03T13:00:00.000Z'
		);
		expect(dayStreak(log, NOW, UTC_PLUS_2)).toEqual({ current: 0, longest: 3, today: false });
	});

	test('the same reviews in UTC fall on other days', () => {
		// 10 Sept 00:30 and 9 Sept 23:59 at UTC+2; both on 9 September in UTC.
		const log = at('2025-09-09T22:30:00.000Z', '2025-09-09T21:59:00.000Z');
		expect(dayStreak(log, NOW, UTC_PLUS_2)).toEqual({ current: 2, longest: 2, today: true });
		expect(dayStreak(log, NOW, { timeZoneOffsetMinutes: 0 })).toEqual({
			current: 1,
			longest: 1,
			today: false
		});
	});

	test('is zero with no reviews, and ignores reviews after now or unreadable times', () => {
		expect(dayStreak([], NOW, UTC_PLUS_2)).toEqual({ current: 0, longest: 0, today: false });
		const odd = at('2025-09-12T12:00:00.000Z', 'not a time');
		expect(dayStreak(odd, NOW, UTC_PLUS_2)).toEqual({ current: 0, longest: 0, today: false });
	});
});
