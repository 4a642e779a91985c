// What the run history says: accuracy run by run, and the best scores.
import type { RunRecord } from '../storage/index.ts';

/** One finished run, reduced to what the charts and tables show. */
export interface RunPoint {
	id: string;
	/** ISO time the run finished. */
	finishedAt: string;
	score: number;
	correct: number;
	total: number;
	/** Share of right answers, 0–1. */
	accuracy: number;
	/** True when the run came from a shared link. */
	shared: boolean;
}

/** Finished runs with at least one question, as points, oldest first. */
export function finishedRuns(runs: readonly RunRecord[]): RunPoint[] {
	return runs
		.filter((run) => run.status === 'finished' && run.total > 0)
		.map((run) => ({
			id: run.id,
			finishedAt: run.finishedAt ?? run.startedAt,
			score: run.score,
			correct: run.correct,
			total: run.total,
			accuracy: Math.min(1, run.correct / run.total),
			shared: run.shared
		}))
		.sort((a, b) => Date.parse(a.finishedAt) - Date.parse(b.finishedAt));
}

/** The latest `limit` finished runs, oldest first, for a chart of accuracy over time. */
export function accuracyOverTime(runs: readonly RunRecord[], limit = 20): RunPoint[] {
	return limit > 0 ? finishedRuns(runs).slice(-limit) : [];
}

/** The `limit` highest-scoring finished runs; equal scores keep the earlier run first. */
export function bestScores(runs: readonly RunRecord[], limit = 5): RunPoint[] {
	return finishedRuns(runs)
		.sort((a, b) => b.score - a.score)
		.slice(0, Math.max(0, limit));
}

/** Mean accuracy of `points` (each run counts once), or null when there are none. */
export function meanAccuracy(points: readonly RunPoint[]): number | null {
	if (points.length === 0) return null;
	return points.reduce((sum, point) => sum + point.accuracy, 0) / points.length;
}
