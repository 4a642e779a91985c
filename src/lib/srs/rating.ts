// Turns a quiz answer (right or wrong, how long it took) into a scheduler rating.
import type { Rating } from './types.ts';

/**
 * Speed thresholds. Without a time limit a right answer in at most 6 s is 'easy' and one taking
 * 20 s or more is 'hard'. With a limit they scale to it: at most 30% of the limit is 'easy',
 * 80% or more is 'hard'. Everything in between is 'good'; any wrong answer is 'again'.
 */
export const FAST_MS = 6_000;
export const SLOW_MS = 20_000;
export const FAST_SHARE_OF_LIMIT = 0.3;
export const SLOW_SHARE_OF_LIMIT = 0.8;

export interface AnswerOutcome {
	correct: boolean;
	elapsedMs: number;
	/** The question's time limit in ms; null, undefined or not positive means no limit. */
	timeLimitMs?: number | null;
}

/** Rating for one answer: wrong → again; right → easy when fast, hard when slow, else good. */
export function ratingForAnswer({ correct, elapsedMs, timeLimitMs }: AnswerOutcome): Rating {
	if (!correct) return 'again';
	const limited = typeof timeLimitMs === 'number' && timeLimitMs > 0;
	const fast = limited ? timeLimitMs * FAST_SHARE_OF_LIMIT : FAST_MS;
	const slow = limited ? timeLimitMs * SLOW_SHARE_OF_LIMIT : SLOW_MS;
	if (elapsedMs <= fast) return 'easy';
	if (elapsedMs >= slow) return 'hard';
	return 'good';
}
