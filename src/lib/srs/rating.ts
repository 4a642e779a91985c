// Turns a multiple-choice answer into a scheduler rating: right is Good, wrong is Again.
import type { Rating } from './types.ts';

export interface AnswerOutcome {
	correct: boolean;
	/** How long the answer took; it does not change the rating (see below). */
	elapsedMs: number;
	/** The question's time limit in ms, if any; it does not change the rating either. */
	timeLimitMs?: number | null;
}

/**
 * Rating for a multiple-choice answer: wrong → Again, right → Good, however fast. Picking one of
 * four options is recognition, with a one-in-four guess behind every right pick: it shows the
 * fact is known, not that recalling it took no effort, which is what Easy means (Anki's manual).
 * FSRS's author advises this mapping when only right and wrong are known, and FSRS takes no
 * account of answer time; rated Easy, a new card answered in 6 s came back in 8 days instead of
 * 10 minutes. A slow right answer is not rated Hard either: the time goes on reading the question
 * and four options as much as on recall. Flashcards keep their four self-graded buttons.
 */
export function ratingForAnswer({ correct }: AnswerOutcome): Rating {
	return correct ? 'good' : 'again';
}
