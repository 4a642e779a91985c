// Small builders for the stats tests: cards in a given state, runs with a given result.
import { createScheduler, newCardState, type CardState } from '../../../src/lib/srs/index.ts';
import { defaultQuizSettings } from '../../../src/lib/quiz/index.ts';
import type { RunRecord } from '../../../src/lib/storage/index.ts';

export const MINUTE = 60_000;
export const DAY = 86_400_000;

/** A card after one answer rated `rating` at `at`, optionally with its due time moved. */
export function studied(
	id: string,
	rating: 'again' | 'good' | 'easy',
	at: Date,
	due?: Date
): CardState {
	const card = createScheduler().review(undefined, id, rating, at).card;
	return due ? { ...card, due: due.toISOString() } : card;
}

export function fresh(id: string): CardState {
	return newCardState(id, new Date('2025-01-01T00:00:00Z'));
}

/** A finished run of `total` questions, `correct` right, scoring `score`, finished at `finishedAt`. */
export function run(
	id: string,
	finishedAt: string,
	correct: number,
	total = 10,
	score = correct * 1000
): RunRecord {
	return {
		id,
		status: 'finished',
		startedAt: new Date(Date.parse(finishedAt) - 60_000).toISOString(),
		finishedAt,
		settings: defaultQuizSettings(id, { count: total }),
		shared: false,
		answers: [],
		score,
		correct,
		total,
		durationMs: 60_000
	};
}
