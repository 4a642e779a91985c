// Counting what falls due per local calendar day.
//
// Days are local days at a fixed offset from UTC, given as `timeZoneOffsetMinutes` in the
// Date#getTimezoneOffset convention (minutes to add to local time to get UTC: -120 for UTC+2).
// It defaults to the offset in effect at `now` in the running environment. A daylight-saving
// change inside the window moves the later day boundaries by an hour; we accept that.
import type { CardState, ReviewLogEntry } from './types.ts';

const DAY_MS = 86_400_000;

export interface LocalDayOptions {
	timeZoneOffsetMinutes?: number;
}

/** Days since the epoch in local time, for comparing calendar days. */
export function localDay(time: Date | number, offsetMinutes: number): number {
	const ms = typeof time === 'number' ? time : time.getTime();
	return Math.floor((ms - offsetMinutes * 60_000) / DAY_MS);
}

function offsetAt(now: Date, options: LocalDayOptions): number {
	return options.timeZoneOffsetMinutes ?? now.getTimezoneOffset();
}

/** Cards falling due on each of the next `days` local days; day 0 is today and holds overdue ones. */
export function forecast(
	cards: ReadonlyMap<string, CardState>,
	now: Date,
	days = 7,
	options: LocalDayOptions = {}
): number[] {
	const offset = offsetAt(now, options);
	const today = localDay(now, offset);
	const counts = Array.from({ length: Math.max(0, days) }, () => 0);
	for (const card of cards.values()) {
		if (card.state === 'new') continue;
		const index = Math.max(0, localDay(Date.parse(card.due), offset) - today);
		if (index < counts.length) counts[index] += 1;
	}
	return counts;
}

/** Cards not due yet but due before today's local midnight (e.g. missed ones in learning steps). */
export function dueLaterToday(
	cards: ReadonlyMap<string, CardState>,
	now: Date,
	options: LocalDayOptions = {}
): number {
	const offset = offsetAt(now, options);
	const today = localDay(now, offset);
	let count = 0;
	for (const card of cards.values()) {
		const due = Date.parse(card.due);
		if (card.state !== 'new' && due > now.getTime() && localDay(due, offset) === today) count += 1;
	}
	return count;
}

/** New cards first answered today, for buildStudyQueue's daily limit. */
export function countNewStudiedToday(
	log: Iterable<ReviewLogEntry>,
	now: Date,
	options: LocalDayOptions = {}
): number {
	const offset = offsetAt(now, options);
	const today = localDay(now, offset);
	const started = new Set<string>();
	for (const entry of log) {
		if (entry.state === 'new' && localDay(Date.parse(entry.review), offset) === today) {
			started.add(entry.cardId);
		}
	}
	return started.size;
}
