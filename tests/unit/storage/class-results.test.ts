import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { createStore } from '../../../src/lib/storage/index.ts';
import { classResultsStore } from '../../../src/lib/storage/class-results.ts';
import { set } from 'idb-keyval';
import { decodeResult, encodeResult, RESULT_LIMITS } from '../../../src/lib/share/index.ts';
import { scoreBounds } from '../../../src/lib/quiz/score.ts';

const received = {
	code: 'r1.abc',
	quizKey: 'quizA1',
	name: 'Ana',
	score: 2200,
	answers: [true, false, true],
	timeMs: 42_000,
	receivedAt: '2026-01-01T10:00:00.000Z'
};

describe('classResultsStore', () => {
	it('keeps results across connections and adds each code once', async () => {
		const factory = new IDBFactory();
		const first = classResultsStore(createStore(factory, 'class', 'results'));
		expect(await first.add(received)).toBe(true);
		expect(await first.add(received)).toBe(false);
		const second = classResultsStore(createStore(factory, 'class', 'results'));
		expect((await second.load()).results).toEqual([received]);
		await second.remove('r1.abc');
		expect((await first.load()).results).toEqual([]);
	});

	it('skips and reports a corrupt record, keeping the valid ones', async () => {
		const useStore = createStore(new IDBFactory(), 'class', 'results');
		const store = classResultsStore(useStore);
		await store.add(received);
		await set('junk', { name: '<img src=x onerror=alert(1)>', score: 'lots' }, useStore);
		const { results, skipped } = await store.load();
		expect(results).toEqual([received]);
		expect(skipped).toEqual([{ key: 'junk', reason: 'not a valid class result' }]);
	});

	it('keeps any result a code can carry, the longest included', async () => {
		const store = classResultsStore(createStore(new IDBFactory(), 'class', 'results'));
		const longest = {
			quizKey: 'k'.repeat(RESULT_LIMITS.maxQuizKey),
			// Forty letters outside the Basic Multilingual Plane: four bytes each in the code.
			name: '\u{1D538}'.repeat(RESULT_LIMITS.maxName),
			score: scoreBounds(Array<boolean>(RESULT_LIMITS.maxAnswers).fill(true)).max,
			answers: Array<boolean>(RESULT_LIMITS.maxAnswers).fill(true),
			timeMs: RESULT_LIMITS.maxTimeMs
		};
		const code = encodeResult(longest);
		expect(code.length).toBeGreaterThan(200);
		const result = { ...decodeResult(code), code, receivedAt: '2026-01-01T10:00:00.000Z' };
		expect(await store.add(result)).toBe(true);
		expect((await store.load()).results).toEqual([result]);
		// What no code can carry is refused, as the decoder refuses it.
		await expect(
			store.add({ ...result, code: 'r1.x', score: RESULT_LIMITS.maxScore + 1 })
		).rejects.toThrow();
	});
});
