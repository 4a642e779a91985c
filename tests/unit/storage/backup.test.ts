import { describe, expect, test } from 'vitest';
import type { CardState } from '../../../src/lib/srs/index.ts';
import {
	SCHEMA_VERSION,
	StorageError,
	type Backup,
	type ProgressStore
} from '../../../src/lib/storage/index.ts';
import { answer, freshFactory, NOW, openPersistent, rawSet, sampleRun } from './helpers.ts';

const DAY = 86_400_000;
const at = (days: number) => new Date(NOW.getTime() + days * DAY);

/** A store with some history: three cards, five answers, two runs and custom settings. */
async function studiedStore(): Promise<ProgressStore> {
	const store = await openPersistent(freshFactory());
	await answer(store, 'fact-a', 'good');
	await answer(store, 'fact-a', 'good', at(1));
	await answer(store, 'fact-b', 'again');
	await answer(store, 'fact-b', 'good', at(0.01));
	await answer(store, 'fact-c', 'easy');
	await store.saveRun(
		sampleRun({ id: 'run-1', status: 'finished', finishedAt: at(0.1).toISOString() })
	);
	await store.saveRun(sampleRun({ id: 'run-2' }));
	await store.saveSettings({ desiredRetention: 0.85, newPerDay: 20, studyMode: 'flashcard' });
	return store;
}

async function expectInvalid(store: ProgressStore, raw: unknown, detail: RegExp): Promise<void> {
	const attempt = store.importBackup(raw);
	await expect(attempt).rejects.toBeInstanceOf(StorageError);
	await expect(attempt).rejects.toMatchObject({ reason: 'invalid-backup' });
	await expect(attempt).rejects.toThrow(detail);
}

describe('export and import', () => {
	test('export then import into a fresh database restores the same progress', async () => {
		const source = await studiedStore();
		const backup = await source.exportBackup(at(2));
		expect(backup).toMatchObject({
			app: 'summit-quiz',
			schemaVersion: SCHEMA_VERSION,
			exportedAt: at(2).toISOString()
		});
		expect(backup.cards).toHaveLength(3);
		expect(backup.log).toHaveLength(5);

		const target = await openPersistent(freshFactory());
		const report = await target.importBackup(JSON.stringify(backup));
		expect(report).toMatchObject({
			added: 10,
			updated: 0,
			kept: 0,
			cards: { added: 3, updated: 0, kept: 0 },
			log: { added: 5, updated: 0, kept: 0 },
			runs: { added: 2, updated: 0, kept: 0 },
			settings: 'imported',
			skipped: []
		});
		expect((await target.loadCards()).cards).toEqual((await source.loadCards()).cards);
		expect((await target.loadLog()).log).toEqual((await source.loadLog()).log);
		expect((await target.loadRuns()).runs).toEqual((await source.loadRuns()).runs);
		expect(await target.loadSettings()).toEqual(await source.loadSettings());
		expect(await target.exportBackup(at(2))).toEqual(backup);
	});

	test('importing the same backup twice changes nothing the second time', async () => {
		const backup = await (await studiedStore()).exportBackup(NOW);
		const target = await openPersistent(freshFactory());
		await target.importBackup(backup);
		const once = await target.exportBackup(NOW);
		const report = await target.importBackup(backup);
		expect(report).toMatchObject({ added: 0, updated: 0, kept: 10, settings: 'kept' });
		expect(await target.exportBackup(NOW)).toEqual(once);
	});

	test('merge keeps the newer state of each card and deletes nothing', async () => {
		const backupStore = await studiedStore();
		const backup = await backupStore.exportBackup(NOW);

		const local = await openPersistent(freshFactory());
		await answer(local, 'fact-a', 'good');
		await answer(local, 'fact-a', 'good', at(1));
		await answer(local, 'fact-a', 'good', at(5)); // newer here than in the backup
		await answer(local, 'fact-b', 'good', at(-3)); // older here than in the backup
		await answer(local, 'fact-z', 'good'); // only here
		await local.saveRun(
			sampleRun({ id: 'run-2', status: 'finished', finishedAt: at(0.1).toISOString() })
		);
		await local.saveRun(sampleRun({ id: 'run-local' }));
		await local.saveSettings({ desiredRetention: 0.95, newPerDay: 1, studyMode: 'choice' });
		const localCards = (await local.loadCards()).cards;
		const localLog = (await local.loadLog()).log;

		const report = await local.importBackup(backup);
		const { cards } = await local.loadCards();
		const byId = new Map(backup.cards.map((card: CardState) => [card.id, card]));
		expect(cards.get('fact-a')).toEqual(localCards.get('fact-a'));
		expect(cards.get('fact-b')).toEqual(byId.get('fact-b'));
		expect(cards.get('fact-c')).toEqual(byId.get('fact-c'));
		expect(cards.get('fact-z')).toEqual(localCards.get('fact-z'));
		expect(report.cards).toEqual({ added: 1, updated: 1, kept: 1 });

		const { log } = await local.loadLog();
		expect(log).toHaveLength(localLog.length + backup.log.length);
		expect(log.map((entry) => entry.id)).toEqual(expect.arrayContaining(localLog.map((e) => e.id)));

		const { runs } = await local.loadRuns();
		expect(runs.map((run) => [run.id, run.status]).sort()).toEqual([
			['run-1', 'finished'],
			['run-2', 'finished'],
			['run-local', 'in-progress']
		]);
		expect(report.runs).toEqual({ added: 1, updated: 0, kept: 1 });
		expect(report.settings).toBe('kept');
		expect((await local.loadSettings()).desiredRetention).toBe(0.95);
	});

	test('a backup from a device whose clock ran a week ahead is moved to now, and study goes on', async () => {
		const ahead = await openPersistent(freshFactory());
		await answer(ahead, 'fact-a', 'good', at(7));
		const backup = await ahead.exportBackup(at(7));
		const dated = backup.cards[0];

		const here = await openPersistent(freshFactory());
		const report = await here.importBackup(backup, NOW);
		expect(report.redated).toBe(1);
		const card = (await here.loadCards()).cards.get('fact-a')!;
		expect(card.last_review).toBe(NOW.toISOString());
		// The same interval, counted from now.
		expect(Date.parse(card.due) - NOW.getTime()).toBe(
			Date.parse(dated.due) - Date.parse(dated.last_review!)
		);
		// The next answer here, at this device's time, is recorded.
		await answer(here, 'fact-a', 'good', at(0.5));
		expect((await here.loadLog()).log).toHaveLength(2);

		// A clock a few minutes off is only drift: nothing is moved.
		expect(
			(await (await openPersistent(freshFactory())).importBackup(backup, at(7 - 0.01))).redated
		).toBe(0);
	});

	test('with equal review times, the state with more reps wins', async () => {
		const local = await openPersistent(freshFactory());
		const { card } = await answer(local, 'fact-a', 'good');
		const backup = await local.exportBackup(NOW);
		const more: Backup = { ...backup, cards: [{ ...card, reps: card.reps + 3 }] };
		expect((await local.importBackup(more)).cards).toEqual({ added: 0, updated: 1, kept: 0 });
		expect((await local.loadCards()).cards.get('fact-a')?.reps).toBe(card.reps + 3);
		const fewer: Backup = { ...backup, cards: [{ ...card, reps: 0 }] };
		expect((await local.importBackup(fewer)).cards).toEqual({ added: 0, updated: 0, kept: 1 });
		expect((await local.loadCards()).cards.get('fact-a')?.reps).toBe(card.reps + 3);
	});

	test('invalid entries are skipped and reported; the valid ones are imported', async () => {
		const backup = await (await studiedStore()).exportBackup(NOW);
		const damaged = {
			...backup,
			cards: [...backup.cards, { id: 'fact-x', state: 'mastered' }, 'nope'],
			log: [{ ...backup.log[0], id: 'not an id' }, ...backup.log.slice(1)],
			settings: { desiredRetention: 3 }
		};
		const target = await openPersistent(freshFactory());
		const report = await target.importBackup(damaged);
		expect(report.skipped).toEqual([
			{ key: 'cards[3]', reason: 'state must be new, learning, review or relearning' },
			{ key: 'cards[4]', reason: 'the value has the wrong type' },
			{ key: 'log[0]', reason: 'id must be an ISO time and an id' },
			{ key: 'settings', reason: 'desiredRetention must be at most 0.99' }
		]);
		expect(report.cards.added).toBe(3);
		expect(report.log.added).toBe(4);
		expect(report.settings).toBe('kept');
		expect((await target.loadCards()).cards.size).toBe(3);
	});

	test('export leaves out corrupt records', async () => {
		const factory = freshFactory();
		const store = await openPersistent(factory);
		await answer(store, 'fact-a', 'good');
		await rawSet(factory, 'card:x', { broken: true });
		await rawSet(factory, 'elsewhere', 1);
		const backup = await store.exportBackup(NOW);
		expect(backup.cards.map((card) => card.id)).toEqual(['fact-a']);
	});
});

describe('importing something that is not a backup', () => {
	test('rejects invalid or hostile input with invalid-backup, naming the problem', async () => {
		const store = await openPersistent(freshFactory());
		const good = await (await studiedStore()).exportBackup(NOW);
		await expectInvalid(store, 'this is { not json', /not JSON/);
		await expectInvalid(store, '', /not JSON/);
		await expectInvalid(store, null, /does not hold a backup/);
		await expectInvalid(store, 42, /does not hold a backup/);
		await expectInvalid(store, [good], /does not hold a backup/);
		await expectInvalid(store, '"just a string"', /does not hold a backup/);
		await expectInvalid(store, { ...good, app: 'anki' }, /app must be "summit-quiz"/);
		await expectInvalid(store, { ...good, schemaVersion: 99 }, /schemaVersion is newer/);
		await expectInvalid(store, { ...good, cards: 'all of them' }, /cards must be a list/);
		await expectInvalid(store, { ...good, log: undefined }, /log must be a list of reviews/);
		const withoutRuns = Object.fromEntries(Object.entries(good).filter(([key]) => key !== 'runs'));
		await expectInvalid(store, withoutRuns, /runs is missing/);
		await expectInvalid(store, { ...good, exportedAt: 'yesterday' }, /exportedAt must be an ISO/);
	});

	test('never echoes hostile content into the message', async () => {
		const store = await openPersistent(freshFactory());
		const good = await store.exportBackup(NOW);
		const hostile = '<img src=x onerror=alert(1)>'.repeat(100);
		const attempt = store.importBackup({ ...good, app: hostile });
		await expect(attempt).rejects.toMatchObject({ reason: 'invalid-backup' });
		const error = (await attempt.catch((e: unknown) => e)) as StorageError;
		expect(error.message).not.toContain('<img');
		expect(error.message.length).toBeLessThan(300);
	});

	test('does not let __proto__ keys pollute objects', async () => {
		const store = await openPersistent(freshFactory());
		const good = await (await studiedStore()).exportBackup(NOW);
		const json = JSON.stringify(good).replace(
			'"app":',
			'"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},"app":'
		);
		const report = await store.importBackup(json);
		expect(report.cards.added).toBe(3);
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
		const { cards } = await store.loadCards();
		expect(Object.keys(cards.get('fact-a')!)).not.toContain('__proto__');
	});

	test('a rejected import leaves the store unchanged', async () => {
		const store = await studiedStore();
		const before = await store.exportBackup(NOW);
		await expect(store.importBackup('{"app":"summit-quiz"}')).rejects.toMatchObject({
			reason: 'invalid-backup'
		});
		expect(await store.exportBackup(NOW)).toEqual(before);
	});
});
