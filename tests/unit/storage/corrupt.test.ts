import { describe, expect, test } from 'vitest';
import { DEFAULT_STUDY_SETTINGS } from '../../../src/lib/storage/index.ts';
import { answer, freshFactory, openPersistent, rawSet, sampleRun } from './helpers.ts';

describe('records that fail validation on read', () => {
	test('garbage and foreign records are skipped and reported; valid ones are kept', async () => {
		const factory = freshFactory();
		const store = await openPersistent(factory);
		await answer(store, 'fact-a', 'good');
		await answer(store, 'fact-b', 'easy');
		const valid = (await store.loadCards()).cards;

		await rawSet(factory, 'card:x', 'garbage');
		await rawSet(factory, 'card:anki', { front: 'Capital of France?', back: 'Paris' });
		await rawSet(factory, 'card:y', { ...valid.get('fact-a')!, due: 'tomorrow-ish' });
		await rawSet(factory, 'card:z', { ...valid.get('fact-a')! });
		await rawSet(factory, 'some-other-app', { hello: 'world' });

		const { cards, skipped } = await store.loadCards();
		expect(cards).toEqual(valid);
		expect(skipped).toEqual([
			{ key: 'card:anki', reason: 'id is missing' },
			{ key: 'card:x', reason: 'the value has the wrong type' },
			{ key: 'card:y', reason: 'due must be an ISO time' },
			{ key: 'card:z', reason: 'id does not match its key' }
		]);
	});

	test('audit reports every unusable record, including keys of unknown kinds', async () => {
		const factory = freshFactory();
		const store = await openPersistent(factory);
		await answer(store, 'fact-a', 'good');
		await store.saveRun(sampleRun());
		await rawSet(factory, 'card:x', 42);
		await rawSet(factory, 'log:not-a-log-id', {});
		await rawSet(factory, 'run:r1', { id: 'r1' });
		await rawSet(factory, 'zzz', [1, 2, 3]);
		await rawSet(factory, 'settings', { desiredRetention: 'high' });

		const reported = await store.audit();
		expect(reported.map((record) => record.key)).toEqual([
			'card:x',
			'log:not-a-log-id',
			'run:r1',
			'settings',
			'zzz'
		]);
		expect(reported.find((record) => record.key === 'zzz')?.reason).toBe(
			'not a Summit Quiz record'
		);
	});

	test('corrupt log entries and runs are skipped by loadLog and loadRuns', async () => {
		const factory = freshFactory();
		const store = await openPersistent(factory);
		await answer(store, 'fact-a', 'good');
		await store.saveRun(sampleRun());
		await rawSet(factory, 'log:2025-03-10T09:00:00.000Z:bad', { cardId: 'fact-a' });
		await rawSet(factory, 'run:broken', { ...sampleRun({ id: 'broken' }), answers: 'none' });

		const { log, skipped: badLog } = await store.loadLog();
		expect(log).toHaveLength(1);
		expect(badLog).toEqual([
			{ key: 'log:2025-03-10T09:00:00.000Z:bad', reason: 'rating is missing' }
		]);
		const { runs, skipped: badRuns } = await store.loadRuns();
		expect(runs.map((run) => run.id)).toEqual(['run_AbC-123']);
		expect(badRuns).toEqual([{ key: 'run:broken', reason: 'answers has the wrong type' }]);
	});

	test('a corrupt card is started afresh by the next answer instead of blocking it', async () => {
		const factory = freshFactory();
		const store = await openPersistent(factory);
		await rawSet(factory, 'card:fact-a', { nonsense: true });
		const { card } = await answer(store, 'fact-a', 'good');
		expect(card.reps).toBe(1);
		expect((await store.loadCards()).skipped).toEqual([]);
	});

	test('unreadable settings fields fall back to defaults, keeping the readable ones', async () => {
		const factory = freshFactory();
		const store = await openPersistent(factory);
		await rawSet(factory, 'settings', { desiredRetention: 7, newPerDay: 30, studyMode: 'lol' });
		expect(await store.loadSettings()).toEqual({ ...DEFAULT_STUDY_SETTINGS, newPerDay: 30 });
		await rawSet(factory, 'settings', 'not even an object');
		expect(await store.loadSettings()).toEqual(DEFAULT_STUDY_SETTINGS);
	});

	test('a huge hostile key is reported shortened', async () => {
		const factory = freshFactory();
		const store = await openPersistent(factory);
		await rawSet(factory, `card:${'x'.repeat(10_000)}`, null);
		const [report] = (await store.loadCards()).skipped;
		expect(report.key.length).toBeLessThanOrEqual(120);
		expect(report.key.startsWith('card:xxx')).toBe(true);
	});
});
