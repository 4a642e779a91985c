import { describe, expect, test } from 'vitest';
import { createScheduler } from '../../../src/lib/srs/index.ts';
import {
	DEFAULT_STUDY_SETTINGS,
	openProgressStore,
	SCHEMA_VERSION
} from '../../../src/lib/storage/index.ts';
import { planMigration } from '../../../src/lib/storage/migrations.ts';
import { BUCKET_COUNT } from '../../../src/lib/storage/buckets.ts';
import { DB, freshFactory, NOW, openPersistent, rawGet, rawSet, sampleCard } from './helpers.ts';

const CREATED = new Date('2024-11-02T10:00:00.000Z');

/** How the prototype (schema 0) stored a card: ts-fsrs fields, epoch-ms dates, numeric state. */
const v0Card = {
	due: Date.parse('2025-03-12T08:00:00.000Z'),
	stability: 8.3,
	difficulty: 4.9,
	elapsed_days: 3,
	scheduled_days: 8,
	reps: 4,
	lapses: 1,
	state: 2,
	last_review: Date.parse('2025-03-04T08:00:00.000Z')
};

async function writeV0Layout(factory: IDBFactory): Promise<void> {
	await rawSet(factory, 'srs:fact-a', v0Card);
	await rawSet(factory, 'srs:fact-b', { ...v0Card, state: 1, reps: 1, last_review: null });
	await rawSet(factory, 'srs:fact-c', { due: 'whenever' });
	await rawSet(factory, 'prefs', { retention: 0.85, dailyNew: 15 });
}

describe('schema migrations', () => {
	test('the current schema version is 2', () => {
		expect(SCHEMA_VERSION).toBe(2);
	});

	test('opening a version-0 database converts its cards and settings to the current layout', async () => {
		const factory = freshFactory();
		await writeV0Layout(factory);

		const store = await openPersistent(factory, NOW);
		const { cards, skipped } = await store.loadCards();
		expect(skipped).toEqual([]);
		expect(cards.get('fact-a')).toEqual(sampleCard());
		expect(cards.get('fact-b')).toMatchObject({ state: 'learning', last_review: null });
		expect(await store.loadSettings()).toEqual({
			desiredRetention: 0.85,
			newPerDay: 15,
			studyMode: 'choice'
		});
		expect(await rawGet(factory, 'meta')).toEqual({
			schemaVersion: SCHEMA_VERSION,
			createdAt: NOW.toISOString()
		});
		expect(await rawGet(factory, 'srs:fact-a')).toBeUndefined();
		expect(await rawGet(factory, 'prefs')).toBeUndefined();
	});

	test('an unconvertible old record is kept where it was and reported, not lost', async () => {
		const factory = freshFactory();
		await writeV0Layout(factory);
		const store = await openPersistent(factory);
		expect(await rawGet(factory, 'srs:fact-c')).toEqual({ due: 'whenever' });
		expect(await store.audit()).toEqual([
			{ key: 'srs:fact-c', reason: 'not a Summit Quiz record' }
		]);
	});

	test('migrated cards keep being scheduled from where they were', async () => {
		const factory = freshFactory();
		await writeV0Layout(factory);
		const store = await openPersistent(factory);
		const scheduler = createScheduler();
		const at = new Date('2025-03-12T08:00:00.000Z');
		const { card } = await store.recordReview('fact-a', (current) =>
			scheduler.review(current, 'fact-a', 'good', at)
		);
		expect(card.reps).toBe(5);
		expect(card.lapses).toBe(1);
		expect(Date.parse(card.due) - at.getTime()).toBeGreaterThan(8 * 86_400_000);
	});

	test('opening again does not migrate twice or change createdAt', async () => {
		const factory = freshFactory();
		await writeV0Layout(factory);
		await openPersistent(factory, CREATED);
		const before = await (await openPersistent(factory)).loadCards();
		const store = await openPersistent(factory, NOW);
		expect(await store.loadCards()).toEqual(before);
		expect(await rawGet(factory, 'meta')).toEqual({
			schemaVersion: SCHEMA_VERSION,
			createdAt: CREATED.toISOString()
		});
	});

	test('a version-1 database: every card moves into its bucket, nothing is lost, junk stays', async () => {
		// The layout the app wrote before buckets: one record per card, schema record at 1.
		const factory = freshFactory();
		const cards = Array.from({ length: 300 }, (_, i) =>
			sampleCard({ id: `fact-${i}`, stability: 8.3 + i })
		);
		await rawSet(factory, 'meta', { schemaVersion: 1, createdAt: CREATED.toISOString() });
		for (const card of cards) await rawSet(factory, `card:${card.id}`, card);
		await rawSet(factory, 'card:broken', { id: 'broken', state: 'lost' });
		await rawSet(factory, 'log:2025-03-04T08:00:00.000Z:abc', {
			cardId: 'fact-1',
			rating: 'good',
			review: '2025-03-04T08:00:00.000Z',
			state: 'review',
			due: '2025-03-12T08:00:00.000Z',
			elapsed_days: 3,
			scheduled_days: 8,
			stability: 8.3,
			difficulty: 4.9
		});

		const store = await openPersistent(factory, NOW);
		const loaded = await store.loadCards();
		expect(loaded.cards.size).toBe(300);
		for (const card of cards) expect(loaded.cards.get(card.id)).toEqual(card);
		expect(await rawGet(factory, 'card:fact-7')).toBeUndefined();
		const buckets = await Promise.all(
			Array.from({ length: BUCKET_COUNT }, (_, i) =>
				rawGet(factory, `cards:${String(i).padStart(2, '0')}`)
			)
		);
		expect(buckets.flat().filter(Boolean)).toHaveLength(300);
		expect(await rawGet(factory, 'card:broken')).toEqual({ id: 'broken', state: 'lost' });
		expect((await store.audit()).map((r) => r.key)).toEqual(['card:broken']);
		expect((await store.loadLog()).log).toHaveLength(1);
		expect(await rawGet(factory, 'meta')).toEqual({
			schemaVersion: 2,
			createdAt: CREATED.toISOString()
		});
		// Answers go on being recorded into the buckets, next to the cards already there.
		const scheduler = createScheduler();
		await store.recordReview('fact-7', (current) =>
			scheduler.review(current, 'fact-7', 'good', NOW)
		);
		const again = await (await openPersistent(factory, NOW)).loadCards();
		expect(again.cards.size).toBe(300);
		expect(again.cards.get('fact-7')?.reps).toBe(5);
		expect(again.cards.get('fact-8')).toEqual(cards[8]);
	});

	test('data from a newer schema is opened read-only: read, exported, never written, until all is deleted', async () => {
		const factory = freshFactory();
		const future = { schemaVersion: SCHEMA_VERSION + 1, createdAt: CREATED.toISOString() };
		await rawSet(factory, 'meta', future);
		await rawSet(factory, 'card:fact-a', { shape: 'from the future' });
		await rawSet(factory, 'card:fact-b', sampleCard({ id: 'fact-b' }));

		const store = await openProgressStore({ factory, dbName: DB, now: NOW });
		expect(store.persistent).toBe(true);
		expect(store.problem).toBe('newer-version');
		// What this version can read shows; what it cannot is skipped, not lost.
		expect([...(await store.loadCards()).cards.keys()]).toEqual(['fact-b']);
		expect((await store.exportBackup(NOW)).cards.map((card) => card.id)).toEqual(['fact-b']);
		const scheduler = createScheduler();
		const answer = () =>
			store.recordReview('fact-b', (card) => scheduler.review(card, 'fact-b', 'good', NOW));
		await expect(answer()).rejects.toMatchObject({ reason: 'newer-version' });
		await expect(store.saveSettings({ ...DEFAULT_STUDY_SETTINGS })).rejects.toMatchObject({
			reason: 'newer-version'
		});
		expect(await rawGet(factory, 'meta')).toEqual(future);
		expect(await rawGet(factory, 'card:fact-a')).toEqual({ shape: 'from the future' });

		// "Delete all progress" deletes all of it, and the store is this version's from then on.
		await store.reset(NOW);
		expect(await rawGet(factory, 'card:fact-a')).toBeUndefined();
		expect(await rawGet(factory, 'meta')).toEqual({
			schemaVersion: SCHEMA_VERSION,
			createdAt: NOW.toISOString()
		});
		await answer();
		expect((await store.loadCards()).cards.get('fact-b')?.reps).toBe(1);
	});

	test('planMigration is a no-op for a current store and only writes meta for an empty one', () => {
		const meta = { schemaVersion: SCHEMA_VERSION, createdAt: CREATED.toISOString() };
		expect(planMigration(new Map([['meta', meta]]), NOW)).toEqual({});
		expect(planMigration(new Map(), NOW)).toEqual({
			delete: [],
			put: [['meta', { schemaVersion: SCHEMA_VERSION, createdAt: NOW.toISOString() }]]
		});
	});
});
