import { describe, expect, test } from 'vitest';
import {
	backupFileName,
	formatBytes,
	formatWait,
	groupDigits,
	shortDate,
	localDateStamp,
	plural
} from '../../../src/lib/stats/index.ts';

describe('formatBytes', () => {
	test('uses the largest unit that keeps the number readable', () => {
		expect(formatBytes(0)).toBe('0 bytes');
		expect(formatBytes(999)).toBe('999 bytes');
		expect(formatBytes(1000)).toBe('1 kB');
		expect(formatBytes(12_345)).toBe('12 kB');
		expect(formatBytes(3_456_789)).toBe('3.5 MB');
		expect(formatBytes(1_200_000_000)).toBe('1.2 GB');
		expect(formatBytes(-1)).toBe('unknown');
	});
});

describe('formatWait', () => {
	test('rounds up to minutes and hours, and to the nearest day', () => {
		expect(formatWait(5_000)).toBe('1 min');
		expect(formatWait(60_000)).toBe('1 min');
		expect(formatWait(9.5 * 60_000)).toBe('10 min');
		expect(formatWait(2.2 * 3_600_000)).toBe('3 h');
		expect(formatWait(86_400_000)).toBe('1 day');
		expect(formatWait(8 * 86_400_000 + 60_000)).toBe('8 days');
	});
});

describe('backup file name', () => {
	test('carries the local date', () => {
		const lateEvening = new Date('2025-09-10T23:30:00.000Z');
		expect(localDateStamp(lateEvening, 0)).toBe('2025-09-10');
		expect(localDateStamp(lateEvening, -120)).toBe('2025-09-11');
		expect(backupFileName(lateEvening, -120)).toBe('summit-quiz-backup-2025-09-11.json');
	});

	test('names the deck, when it is not the built-in one', () => {
		const noon = new Date('2025-09-10T12:00:00.000Z');
		expect(backupFileName(noon, 0, 'apollo-11')).toBe(
			'summit-quiz-backup-apollo-11-2025-09-10.json'
		);
	});
});

describe('plural', () => {
	test('says one card, two cards', () => {
		expect(plural(1, 'card')).toBe('1 card');
		expect(plural(2, 'card')).toBe('2 cards');
		expect(plural(0, 'entry', 'entries')).toBe('0 entries');
		expect(plural(1200, 'review')).toBe('1,200 reviews');
	});
});

describe('groupDigits and shortDate', () => {
	test('groups thousands like en-GB, without Intl', () => {
		expect([0, 999, 1000, 12345, 1234567, 2.5].map(groupDigits)).toEqual([
			'0',
			'999',
			'1,000',
			'12,345',
			'1,234,567',
			'2.5'
		]);
	});

	test('writes local dates short, with or without the time', () => {
		const date = new Date(2026, 0, 5, 14, 5);
		expect(shortDate(date)).toBe('5 Jan 2026');
		expect(shortDate(date, { time: true })).toBe('5 Jan, 14:05');
	});
});
