// The scheduler: a thin adapter over ts-fsrs with fuzz off, so the same answers give the same dates.
import {
	createEmptyCard,
	fsrs,
	generatorParameters,
	Rating as FsrsRating,
	type Grade
} from 'ts-fsrs';
import { fromFsrsCard, fromFsrsState, toFsrsCard } from './card.ts';
import type { CardState, Rating, ReviewResult } from './types.ts';

export const DEFAULT_RETENTION = 0.9;

const GRADES: Record<Rating, Grade> = {
	again: FsrsRating.Again,
	hard: FsrsRating.Hard,
	good: FsrsRating.Good,
	easy: FsrsRating.Easy
};

export interface SchedulerOptions {
	/** Probability of recall the schedule aims for when a card comes due (0.7–0.99 is sensible). */
	desiredRetention?: number;
}

export interface Scheduler {
	readonly desiredRetention: number;
	/**
	 * Schedules `cardId` after an answer rated `rating` at `now`; `card` undefined = a new card.
	 * Never throws on the clock: an answer dated before the card's last review (a clock put back,
	 * a backup from a device whose clock ran ahead) counts as given at that last review.
	 */
	review(card: CardState | undefined, cardId: string, rating: Rating, now: Date): ReviewResult;
}

/** A deterministic FSRS scheduler; short-term (re)learning steps stay on so misses return today. */
export function createScheduler({
	desiredRetention = DEFAULT_RETENTION
}: SchedulerOptions = {}): Scheduler {
	const engine = fsrs(
		generatorParameters({
			request_retention: desiredRetention,
			enable_fuzz: false,
			enable_short_term: true
		})
	);
	return {
		desiredRetention,
		review(card, cardId, rating, clock) {
			const last = card?.last_review ? Date.parse(card.last_review) : NaN;
			// ts-fsrs refuses a review earlier than the last one; no time has passed for the card.
			const now = last > clock.getTime() ? new Date(last) : clock;
			const before = card ? toFsrsCard(card) : createEmptyCard(now);
			const { card: after, log } = engine.next(before, now, GRADES[rating]);
			return {
				card: fromFsrsCard(cardId, after),
				log: {
					cardId,
					rating,
					review: now.toISOString(),
					state: fromFsrsState(before.state),
					due: after.due.toISOString(),
					elapsed_days: log.elapsed_days,
					scheduled_days: after.scheduled_days,
					stability: after.stability,
					difficulty: after.difficulty
				}
			};
		}
	};
}
