// A study session in numbers, and when it can carry on.
import { RATINGS, type CardState, type Rating } from '../srs/index.ts';

/** One answer given in a study session. */
export interface SessionAnswer {
	factId: string;
	rating: Rating;
	/** Right or wrong for a multiple-choice answer; null for a self-graded flashcard. */
	correct: boolean | null;
	/** True when the card had never been studied before this answer. */
	wasNew: boolean;
}

export interface SessionSummary {
	answers: number;
	/** Different cards answered. */
	cards: number;
	/** Cards studied for the first time. */
	newCards: number;
	right: number;
	wrong: number;
	ratings: Record<Rating, number>;
}

/** Counts of a session's answers. */
export function summarizeSession(answers: readonly SessionAnswer[]): SessionSummary {
	const ratings = Object.fromEntries(RATINGS.map((rating) => [rating, 0])) as Record<
		Rating,
		number
	>;
	for (const answer of answers) ratings[answer.rating] += 1;
	return {
		answers: answers.length,
		cards: new Set(answers.map((answer) => answer.factId)).size,
		newCards: new Set(answers.filter((a) => a.wasNew).map((a) => a.factId)).size,
		right: answers.filter((answer) => answer.correct === true).length,
		wrong: answers.filter((answer) => answer.correct === false).length,
		ratings
	};
}

/** The earliest due time (ms) of a studied card due after `now` but within `withinMs`, or null. */
export function nextDueWithin(
	cards: ReadonlyMap<string, CardState>,
	now: Date,
	withinMs: number
): number | null {
	let next: number | null = null;
	for (const card of cards.values()) {
		if (card.state === 'new') continue;
		const due = Date.parse(card.due);
		const ahead = due - now.getTime();
		if (ahead > 0 && ahead <= withinMs && (next === null || due < next)) next = due;
	}
	return next;
}
