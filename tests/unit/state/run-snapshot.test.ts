// A run kept as it goes comes back at the same question with the time it had used; anything
// unreadable, stale or for other questions is ignored rather than resumed wrongly.
import { describe, expect, it } from 'vitest';
import { summit } from '../helpers.ts';
import { defaultQuizSettings, generateQuiz } from '../../../src/lib/quiz/index.ts';
import { RunState } from '../../../src/lib/state/run.svelte.ts';
import { readSnapshot, RESUME_WITHIN_MS, resumeRun } from '../../../src/lib/state/run-snapshot.ts';
import { saveSnapshot, snapshotKey } from '../../../src/lib/state/run-snapshot-key.ts';

/** A Storage in memory, as localStorage behaves. */
function memoryStorage(): Storage {
	const items = new Map<string, string>();
	return {
		get length() {
			return items.size;
		},
		clear: () => items.clear(),
		getItem: (key) => items.get(key) ?? null,
		key: (index) => [...items.keys()][index] ?? null,
		removeItem: (key) => void items.delete(key),
		setItem: (key, value) => void items.set(key, String(value))
	};
}

const T0 = Date.parse('2026-12-02T09:00:00Z');

describe('run snapshots', () => {
	const factSet = summit();
	const settings = defaultQuizSettings('resumeSeed', { count: 5, timeLimit: 30 });
	const questions = generateQuiz(factSet, settings);

	it('resume at the same question with the time already used, not the time away', () => {
		const run = new RunState('run-1', questions, settings, true, T0);
		run.answer(1, T0 + 4_000);
		run.next(T0 + 5_000);
		const storage = memoryStorage();
		const key = snapshotKey(null, '#1.link');
		saveSnapshot(storage, key, run.toSnapshot(T0 + 17_000, 1));
		// Back an hour later.
		const later = T0 + 3_600_000;
		const kept = readSnapshot(storage, key, later, settings)!;
		const resumed = resumeRun(RunState, kept, generateQuiz(factSet, settings), later)!;
		expect(resumed.index).toBe(1);
		expect(resumed.answers).toEqual(run.answers);
		expect(resumed.remainingMs(later)).toBe(18_000);
		resumed.answer(0, later + 1_000);
		expect(resumed.toRecord(later + 1_000).durationMs).toBe(18_000);
		expect(resumed.id).toBe('run-1');
	});

	it('ignore a snapshot for other settings, other questions, too old, or damaged', () => {
		const run = new RunState('run-2', questions, settings, true, T0);
		run.answer(0, T0 + 1_000);
		const storage = memoryStorage();
		saveSnapshot(storage, 'k', run.toSnapshot(T0 + 1_000, 1));
		expect(readSnapshot(storage, 'k', T0, { ...settings, seed: 'other' })).toBeUndefined();
		expect(readSnapshot(storage, 'k', T0 + 1_000 + RESUME_WITHIN_MS, settings)).toBeUndefined();
		const kept = readSnapshot(storage, 'k', T0 + 2_000, settings)!;
		const otherQuestions = generateQuiz(factSet, { ...settings, seed: 'another' });
		expect(resumeRun(RunState, kept, otherQuestions, T0 + 2_000)).toBeUndefined();
		for (const damaged of [
			'{',
			'null',
			JSON.stringify({ ...kept, index: 99 }),
			JSON.stringify({ ...kept, answers: [{}] })
		]) {
			storage.setItem('k', damaged);
			expect(readSnapshot(storage, 'k', T0 + 2_000, settings)).toBeUndefined();
		}
	});

	it('keep a finished shared run however old, to show its result code again', () => {
		const run = new RunState('run-3', questions.slice(0, 1), { ...settings, count: 1 }, true, T0);
		run.answer(0, T0 + 1_000);
		run.next(T0 + 2_000);
		const storage = memoryStorage();
		saveSnapshot(storage, 'k', run.toSnapshot(T0 + 2_000, 2));
		const kept = readSnapshot(storage, 'k', T0 + 30 * RESUME_WITHIN_MS)!;
		expect(kept.attempt).toBe(2);
		const resumed = resumeRun(RunState, kept, questions.slice(0, 1), T0 + 30 * RESUME_WITHIN_MS)!;
		expect(resumed.phase).toBe('finished');
		expect(resumed.score.total).toBe(run.score.total);
	});

	it('are not written where the browser refuses storage, and nothing breaks', () => {
		const refusing = {
			...memoryStorage(),
			setItem: () => {
				throw new DOMException('full', 'QuotaExceededError');
			}
		} as Storage;
		const run = new RunState('run-4', questions, settings, false, T0);
		expect(saveSnapshot(refusing, 'k', run.toSnapshot(T0, 1))).toBe(false);
		expect(saveSnapshot(undefined, 'k', run.toSnapshot(T0, 1))).toBe(false);
	});
});
