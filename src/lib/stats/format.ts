// Numbers and times as the progress and study pages say them. No Intl: its formatters cost
// tens of milliseconds on a phone the first time they are made, and the app speaks English only.

import { groupDigits, MONTHS } from '../facts/values.ts';

export { groupDigits };

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** A byte count in words: "850 bytes", "12 kB", "3.4 MB", "1.2 GB" (powers of 1,000). */
export function formatBytes(bytes: number): string {
	if (!Number.isFinite(bytes) || bytes < 0) return 'unknown';
	if (bytes < 1000) return `${Math.round(bytes)} bytes`;
	const units = ['kB', 'MB', 'GB', 'TB'];
	let value = bytes / 1000;
	let unit = 0;
	while (value >= 1000 && unit < units.length - 1) {
		value /= 1000;
		unit += 1;
	}
	return `${value < 10 ? value.toFixed(1).replace(/\.0$/, '') : Math.round(value)} ${units[unit]}`;
}

/** A wait as a learner reads it: "1 min", "10 min", "3 h", "1 day", "8 days"; rounded up. */
export function formatWait(ms: number): string {
	if (ms < HOUR) return `${Math.max(1, Math.ceil(ms / MINUTE))} min`;
	if (ms < DAY) return `${Math.ceil(ms / HOUR)} h`;
	const days = Math.round(ms / DAY);
	return days === 1 ? '1 day' : `${days} days`;
}

/** The local calendar date of `now` as YYYY-MM-DD, at the offset in effect then (or the one given). */
export function localDateStamp(now: Date, timeZoneOffsetMinutes = now.getTimezoneOffset()): string {
	return new Date(now.getTime() - timeZoneOffsetMinutes * MINUTE).toISOString().slice(0, 10);
}

/**
 * The name a backup downloads under (local date): summit-quiz-backup-YYYY-MM-DD.json for the
 * built-in deck, summit-quiz-backup-<deck id>-YYYY-MM-DD.json for another.
 */
export function backupFileName(
	now: Date,
	timeZoneOffsetMinutes?: number,
	deckId: string | null = null
): string {
	const deck = deckId === null ? '' : `${deckId}-`;
	return `summit-quiz-backup-${deck}${localDateStamp(now, timeZoneOffsetMinutes)}.json`;
}

/** "1 card", "3 cards": a count with its noun, plural when not one. */
export function plural(count: number, noun: string, nouns = `${noun}s`): string {
	return `${groupDigits(count)} ${count === 1 ? noun : nouns}`;
}

/** A local date as "5 Jan 2026", or with the time as "5 Jan, 14:05". */
export function shortDate(date: Date, { time = false } = {}): string {
	const day = `${date.getDate()} ${MONTHS[date.getMonth()].slice(0, 3)}`;
	if (!time) return `${day} ${date.getFullYear()}`;
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${day}, ${pad(date.getHours())}:${pad(date.getMinutes())}`;
}
