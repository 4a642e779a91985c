// Scoring a run: correctness first, then speed and streak bonuses that can never outweigh it.

/** Points for each correct answer. */
export const POINTS_PER_CORRECT = 1000;
/** The whole run's speed bonuses add up to less than this, however fast the player is. */
export const SPEED_BONUS_PER_RUN = 600;
/** The whole run's streak bonuses add up to less than this, however long the streak. */
export const STREAK_BONUS_PER_RUN = 300;
/** Without a time limit, answers this slow or slower earn no speed bonus. */
export const REFERENCE_TIME_MS = 30_000;

export interface AnsweredQuestion {
	correct: boolean;
	/** Time from the question appearing to the answer (or to the time running out). */
	elapsedMs: number;
}

export interface QuestionScore {
	points: number;
	base: number;
	speed: number;
	streak: number;
	/** Correct answers in a row, this one included (0 after a wrong answer). */
	streakLength: number;
}

export interface RunScore {
	total: number;
	base: number;
	speed: number;
	streak: number;
	correct: number;
	questions: number;
	/** Share of questions answered correctly, 0–1. */
	accuracy: number;
	bestStreak: number;
	perQuestion: QuestionScore[];
}

/**
 * Scores answers in order. A correct answer earns 1000 points, plus a speed bonus of
 * floor(600 / n × (1 − t / T)) and, from the second correct answer in a row, a streak bonus of
 * floor(300 / n), where n is the number of questions and T the time limit (or 30 s). Bonuses
 * over a whole run stay below 900, so one more correct answer always beats any bonuses.
 */
export function scoreRun(
	answers: readonly AnsweredQuestion[],
	timeLimitMs?: number | null
): RunScore {
	const n = Math.max(answers.length, 1);
	const limit = timeLimitMs && timeLimitMs > 0 ? timeLimitMs : REFERENCE_TIME_MS;
	let streakLength = 0;
	let bestStreak = 0;
	const perQuestion = answers.map(({ correct, elapsedMs }): QuestionScore => {
		if (!correct) {
			streakLength = 0;
			return { points: 0, base: 0, speed: 0, streak: 0, streakLength };
		}
		streakLength += 1;
		bestStreak = Math.max(bestStreak, streakLength);
		const quickness = 1 - Math.min(Math.max(elapsedMs, 0) / limit, 1);
		const speed = Math.floor((SPEED_BONUS_PER_RUN / n) * quickness);
		const streak = streakLength >= 2 ? Math.floor(STREAK_BONUS_PER_RUN / n) : 0;
		return {
			points: POINTS_PER_CORRECT + speed + streak,
			base: POINTS_PER_CORRECT,
			speed,
			streak,
			streakLength
		};
	});
	const sum = (pick: (q: QuestionScore) => number) => perQuestion.reduce((t, q) => t + pick(q), 0);
	const correct = answers.filter((a) => a.correct).length;
	return {
		total: sum((q) => q.points),
		base: sum((q) => q.base),
		speed: sum((q) => q.speed),
		streak: sum((q) => q.streak),
		correct,
		questions: answers.length,
		accuracy: answers.length === 0 ? 0 : correct / answers.length,
		bestStreak,
		perQuestion
	};
}

/**
 * The lowest and highest score a run with these right and wrong answers can have: every answer
 * too slow for a speed bonus, and every answer at once. A result claiming another is made up.
 */
export function scoreBounds(answers: readonly boolean[]): { min: number; max: number } {
	const at = (elapsedMs: number) =>
		scoreRun(answers.map((correct) => ({ correct, elapsedMs }))).total;
	return { min: at(Number.POSITIVE_INFINITY), max: at(0) };
}
