// The scheduler's data as plain JSON: what storage keeps, backups carry and the UI reads.

/** How well a fact was recalled, in the learner's terms; mapped onto ts-fsrs grades. */
export const RATINGS = ['again', 'hard', 'good', 'easy'] as const;
export type Rating = (typeof RATINGS)[number];

/** Where a card is in ts-fsrs's state machine (ts-fsrs `State`, lower-cased). */
export const SCHEDULING_STATES = ['new', 'learning', 'review', 'relearning'] as const;
export type SchedulingState = (typeof SCHEDULING_STATES)[number];

/** What the UI shows for a card: never seen, being learnt, due now, or learned and waiting. */
export type CardStatus = 'new' | 'learning' | 'due' | 'learned';

/**
 * One fact's schedule (card id = fact id), fields named as in ts-fsrs `Card`, times as ISO
 * strings so it survives JSON and IndexedDB unchanged.
 */
export interface CardState {
	id: string;
	state: SchedulingState;
	/** ISO time the card is next due. */
	due: string;
	stability: number;
	difficulty: number;
	/** Days from the latest review to `due` (0 while in (re)learning steps). */
	scheduled_days: number;
	/** Index of the current (re)learning step. */
	learning_steps: number;
	reps: number;
	lapses: number;
	/** ISO time of the latest review; null before the first. */
	last_review: string | null;
}

/** One answer as the scheduler saw it; enough to replay with ts-fsrs `reschedule`. */
export interface ReviewLogEntry {
	cardId: string;
	rating: Rating;
	/** ISO time of the answer. */
	review: string;
	/** The card's state before this answer. */
	state: SchedulingState;
	/** ISO time the card is due after this answer. */
	due: string;
	/** Whole days since the previous review (0 for a new card). */
	elapsed_days: number;
	scheduled_days: number;
	stability: number;
	difficulty: number;
}

/** What one review produces: the card's new state and the entry for the review log. */
export interface ReviewResult {
	card: CardState;
	log: ReviewLogEntry;
}
