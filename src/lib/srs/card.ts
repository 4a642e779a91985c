// Conversion between our JSON CardState and ts-fsrs's Card (Date objects, numeric enums).
import { createEmptyCard, State, type Card } from 'ts-fsrs';
import type { CardState, SchedulingState } from './types.ts';

const TO_FSRS: Record<SchedulingState, State> = {
	new: State.New,
	learning: State.Learning,
	review: State.Review,
	relearning: State.Relearning
};

const FROM_FSRS: Record<State, SchedulingState> = {
	[State.New]: 'new',
	[State.Learning]: 'learning',
	[State.Review]: 'review',
	[State.Relearning]: 'relearning'
};

/** ts-fsrs state for one of ours. */
export function toFsrsState(state: SchedulingState): State {
	return TO_FSRS[state];
}

/** Our state name for a ts-fsrs one. */
export function fromFsrsState(state: State): SchedulingState {
	return FROM_FSRS[state];
}

/** A fresh card for `id`, due at `now`, as ts-fsrs creates it. */
export function newCardState(id: string, now: Date): CardState {
	return fromFsrsCard(id, createEmptyCard(now));
}

/** Our card as a ts-fsrs Card; elapsed_days is deprecated and recomputed by ts-fsrs anyway. */
export function toFsrsCard(card: CardState): Card {
	return {
		due: new Date(card.due),
		stability: card.stability,
		difficulty: card.difficulty,
		elapsed_days: 0,
		scheduled_days: card.scheduled_days,
		learning_steps: card.learning_steps,
		reps: card.reps,
		lapses: card.lapses,
		state: toFsrsState(card.state),
		...(card.last_review === null ? {} : { last_review: new Date(card.last_review) })
	};
}

/** A ts-fsrs Card as our plain-JSON card with the given id. */
export function fromFsrsCard(id: string, card: Card): CardState {
	return {
		id,
		state: fromFsrsState(card.state),
		due: card.due.toISOString(),
		stability: card.stability,
		difficulty: card.difficulty,
		scheduled_days: card.scheduled_days,
		learning_steps: card.learning_steps,
		reps: card.reps,
		lapses: card.lapses,
		last_review: card.last_review ? card.last_review.toISOString() : null
	};
}
