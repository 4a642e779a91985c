import { describe, expect, test } from 'vitest';
import { DEFAULT_STUDY_SETTINGS, SCHEMA_VERSION } from '../../../src/lib/storage/index.ts';
import { answer, freshFactory, NOW, openPersistent, rawGet, sampleRun } from './helpers.ts';

const SOON = new Date(NOW.getTime() + 60_000);
const LATER = new Date(NOW.getTime() + 3 * 86_400_000);

describe('ProgressStore on IndexedDB', () => {
	test('opens persistent with no problem and starts empty with default settings', async () => {
		const store = await openPersistent(freshFactory());
		expect(store.persistent).toBe(true);
		expect(store.problem).toBeNull();
		expect(await store.loadCards()).toEqual({ cards: new Map(), skipped: [] });
		expect(await store.loadLog()).toEqual({ log: [], skipped: [] });
		expect(await store.loadRuns()).toEqual({ runs: [], skipped: [] });
		expect(await store.loadSettings()).toEqual(DEFAULT_STUDY_SETTINGS);
	});

	test('writes the schema record on first open', async () => {
		const factory = freshFactory();
		await openPersistent(factory);
		expect(await rawGet(factory, 'meta')).toEqual({
			schemaVersion: SCHEMA_VERSION,
			createdAt: NOW.toISOString()
		});
	});

	test('recordReview keeps card and log, and a second connection reads them back', async () => {
		const factory = freshFactory();
		const store = await openPersistent(factory);
		const first = await answer(store, 'fact-a', 'good');
		await answer(store, 'fact-a', 'good', LATER);
		await answer(store, 'fact-b', 'again', SOON);

		const reopened = await openPersistent(factory, LATER);
		const { cards, skipped } = await reopened.loadCards();
		expect(skipped).toEqual([]);
		expect([...cards.keys()].sort()).toEqual(['fact-a', 'fact-b']);
		expect(cards.get('fact-a')?.reps).toBe(2);
		expect(cards.get('fact-a')?.last_review).toBe(LATER.toISOString());
		expect(first.card.reps).toBe(1);

		const { log } = await reopened.loadLog();
		expect(log.map((entry) => [entry.cardId, entry.rating, entry.review])).toEqual([
			['fact-a', 'good', NOW.toISOString()],
			['fact-b', 'again', SOON.toISOString()],
			['fact-a', 'good', LATER.toISOString()]
		]);
		expect(new Set(log.map((entry) => entry.id)).size).toBe(3);
	});

	test('recordReview hands compute the stored card and returns what it wrote', async () => {
		const store = await openPersistent(freshFactory());
		await answer(store, 'fact-a', 'good');
		const seen: unknown[] = [];
		const result = await store.recordReview('fact-a', (current) => {
			seen.push(current);
			return {
				card: { ...current!, reps: current!.reps + 1 },
				log: {
					cardId: 'fact-a',
					rating: 'easy',
					review: LATER.toISOString(),
					state: current!.state,
					due: current!.due,
					elapsed_days: 3,
					scheduled_days: 0,
					stability: 1,
					difficulty: 5
				}
			};
		});
		expect(seen).toHaveLength(1);
		expect(seen[0]).toMatchObject({ id: 'fact-a', reps: 1 });
		expect(result.card.reps).toBe(2);
		expect(result.log.id.startsWith(`${LATER.toISOString()}:`)).toBe(true);
		expect((await store.loadCards()).cards.get('fact-a')).toEqual(result.card);
	});

	test('saveRun upserts: the in-progress run is replaced by its finished version', async () => {
		const factory = freshFactory();
		const store = await openPersistent(factory);
		const partial = sampleRun();
		await store.saveRun(partial);
		expect((await (await openPersistent(factory)).loadRuns()).runs).toEqual([partial]);

		const finished = sampleRun({
			status: 'finished',
			finishedAt: LATER.toISOString(),
			answers: [
				...partial.answers,
				{ questionId: 'q2', factId: 'f2', choice: null, correct: false, elapsedMs: 20_000 }
			],
			correct: 1,
			total: 3
		});
		await store.saveRun(finished);
		await store.saveRun(sampleRun({ id: 'older', startedAt: '2025-01-01T00:00:00.000Z' }));
		const { runs } = await store.loadRuns();
		expect(runs.map((run) => [run.id, run.status])).toEqual([
			['older', 'in-progress'],
			['run_AbC-123', 'finished']
		]);
		expect(runs[1]).toEqual(finished);
	});

	test('saves and loads settings', async () => {
		const factory = freshFactory();
		const store = await openPersistent(factory);
		const settings = { desiredRetention: 0.85, newPerDay: 25, studyMode: 'flashcard' as const };
		await store.saveSettings(settings);
		expect(await (await openPersistent(factory)).loadSettings()).toEqual(settings);
	});

	test('refuses to save records of the wrong shape, with invalid-record', async () => {
		const store = await openPersistent(freshFactory());
		await expect(
			store.saveSettings({ desiredRetention: 2, newPerDay: 10, studyMode: 'choice' })
		).rejects.toMatchObject({ name: 'StorageError', reason: 'invalid-record' });
		await expect(store.saveRun({ ...sampleRun(), id: 'has spaces' })).rejects.toMatchObject({
			reason: 'invalid-record'
		});
		expect((await store.loadRuns()).runs).toEqual([]);
	});

	test('saves plain copies of proxied values (as Svelte $state gives)', async () => {
		const store = await openPersistent(freshFactory());
		const run = sampleRun();
		const proxied = new Proxy(run, {});
		await store.saveRun(proxied);
		expect((await store.loadRuns()).runs).toEqual([run]);
	});

	test('reset removes everything and leaves a working, current store', async () => {
		const factory = freshFactory();
		const store = await openPersistent(factory);
		await answer(store, 'fact-a', 'good');
		await store.saveRun(sampleRun());
		await store.saveSettings({ desiredRetention: 0.8, newPerDay: 5, studyMode: 'choice' });
		await store.reset(LATER);

		expect((await store.loadCards()).cards.size).toBe(0);
		expect((await store.loadLog()).log).toEqual([]);
		expect((await store.loadRuns()).runs).toEqual([]);
		expect(await store.loadSettings()).toEqual(DEFAULT_STUDY_SETTINGS);
		expect(await store.audit()).toEqual([]);
		expect(await rawGet(factory, 'meta')).toEqual({
			schemaVersion: SCHEMA_VERSION,
			createdAt: LATER.toISOString()
		});
		await answer(store, 'fact-a', 'good', LATER);
		expect((await store.loadCards()).cards.get('fact-a')?.reps).toBe(1);
	});
});
