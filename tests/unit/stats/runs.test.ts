import { describe, expect, test } from 'vitest';
import {
	accuracyOverTime,
	bestScores,
	finishedRuns,
	meanAccuracy
} from '../../../src/lib/stats/index.ts';
import { run } from './helpers.ts';

const runs = [
	run('c', '2025-09-03T10:00:00.000Z', 9, 10, 9450),
	run('a', '2025-09-01T10:00:00.000Z', 5, 10, 5300),
	{ ...run('open', '2025-09-04T10:00:00.000Z', 2), status: 'in-progress' as const },
	run('b', '2025-09-02T10:00:00.000Z', 9, 10, 9450),
	run('empty', '2025-09-05T10:00:00.000Z', 0, 0, 0),
	run('d', '2025-09-06T10:00:00.000Z', 3, 4, 3100)
];

describe('finishedRuns', () => {
	test('keeps finished runs with questions, oldest first, with their accuracy', () => {
		const points = finishedRuns(runs);
		expect(points.map((p) => p.id)).toEqual(['a', 'b', 'c', 'd']);
		expect(points.map((p) => p.accuracy)).toEqual([0.5, 0.9, 0.9, 0.75]);
	});

	test('a run without finishedAt falls back to when it started', () => {
		const { finishedAt: _, ...noEnd } = run('x', '2025-09-01T10:01:00.000Z', 1, 1);
		expect(finishedRuns([noEnd])[0].finishedAt).toBe('2025-09-01T10:00:00.000Z');
	});
});

describe('accuracyOverTime', () => {
	test('gives the latest runs, oldest first', () => {
		expect(accuracyOverTime(runs, 2).map((p) => p.id)).toEqual(['c', 'd']);
		expect(accuracyOverTime(runs).map((p) => p.id)).toEqual(['a', 'b', 'c', 'd']);
		expect(accuracyOverTime(runs, 0)).toEqual([]);
	});
});

describe('bestScores', () => {
	test('ranks by score; of equal scores the earlier run comes first', () => {
		expect(bestScores(runs, 3).map((p) => [p.id, p.score])).toEqual([
			['b', 9450],
			['c', 9450],
			['a', 5300]
		]);
	});

	test('is empty without finished runs', () => {
		expect(bestScores([])).toEqual([]);
		expect(bestScores([{ ...runs[0], status: 'in-progress' }])).toEqual([]);
	});
});

describe('meanAccuracy', () => {
	test('averages runs equally, and is null for none', () => {
		expect(meanAccuracy(finishedRuns(runs))).toBeCloseTo((0.5 + 0.9 + 0.9 + 0.75) / 4);
		expect(meanAccuracy([])).toBeNull();
	});
});
