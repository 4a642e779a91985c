// The day streak: consecutive local calendar days with at least one review.
import { localDay, type LocalDayOptions } from '../srs/index.ts';

export interface DayStreak {
	/** Days in a row up to today, or up to yesterday while today has no review yet. */
	current: number;
	/** The longest run of days ever. */
	longest: number;
	/** Whether today already has a review. */
	today: boolean;
}

/** The streak at `now`; days are local at the offset in effect at `now` (as in srs/forecast). */
export function dayStreak(
	log: Iterable<{ review: string }>,
	now: Date,
	options: LocalDayOptions = {}
): DayStreak {
	const offset = options.timeZoneOffsetMinutes ?? now.getTimezoneOffset();
	const today = localDay(now, offset);
	const days = new Set<number>();
	for (const { review } of log) {
		const time = Date.parse(review);
		// Reviews stamped after `now` (a clock put back) cannot extend a streak.
		if (Number.isFinite(time) && time <= now.getTime()) days.add(localDay(time, offset));
	}
	const runTo = (day: number) => {
		let length = 0;
		while (days.has(day - length)) length += 1;
		return length;
	};
	let longest = 0;
	for (const day of days) if (!days.has(day + 1)) longest = Math.max(longest, runTo(day));
	const reviewedToday = days.has(today);
	return { current: runTo(reviewedToday ? today : today - 1), longest, today: reviewedToday };
}
