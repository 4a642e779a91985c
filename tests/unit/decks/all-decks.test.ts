import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import {
	backUpAllDecks,
	deleteAllDecks,
	restoreAllDecks,
	type DeviceStorage
} from '../../../src/lib/decks/all-decks.ts';
import { importDeck } from '../../../src/lib/decks/import.ts';
import { createDeckLibrary } from '../../../src/lib/decks/library.ts';
import { deckIdOfDatabase } from '../../../src/lib/decks/library-backup.ts';
import { checkDraft, draftOf, emptyDraft } from '../../../src/lib/decks/draft.ts';
import { openDeckBackend } from '../../../src/lib/decks/open.ts';
import { progressDbName } from '../../../src/lib/decks/progress-db.ts';
import { createScheduler } from '../../../src/lib/srs/index.ts';
import {
	createStore,
	openProgressStore,
	type ProgressStore
} from '../../../src/lib/storage/index.ts';
import { classResultsStore } from '../../../src/lib/storage/class-results.ts';
import { sharedQuizzesStore } from '../../../src/lib/storage/shared-quizzes.ts';
import { encodeResult, readResultCode } from '../../../src/lib/share/index.ts';

const NOW = new Date('2026-12-01T09:00:00Z');
const BUILT_IN = { id: 'summit-2025', title: 'The summit' };
const apollo = () =>
	importDeck(readFileSync('questions/apollo-11.csv', 'utf8'), { fileName: 'apollo-11.csv' })
		.factSet!;

/** A device: the deck library and each deck's progress database, in one IndexedDB factory. */
async function device(
	factory = new IDBFactory()
): Promise<DeviceStorage & { factory: IDBFactory }> {
	const { backend, persistent } = await openDeckBackend({ factory });
	const stores = new Map<string | null, Promise<ProgressStore>>();
	return {
		factory,
		library: createDeckLibrary(backend, persistent),
		progress(deck) {
			if (!stores.has(deck))
				stores.set(deck, openProgressStore({ now: NOW, dbName: progressDbName(deck), factory }));
			return stores.get(deck)!;
		},
		databaseNames: async () => (await factory.databases()).map((db) => db.name ?? ''),
		builtIn: BUILT_IN,
		classResults: classResultsStore(createStore(factory, 'summit-quiz-class', 'results')),
		sharedQuizzes: sharedQuizzesStore(createStore(factory, 'summit-quiz-shared', 'quizzes'))
	};
}

async function answer(storage: DeviceStorage, deck: string | null, factId: string) {
	const scheduler = createScheduler();
	await (
		await storage.progress(deck)
	).recordReview(factId, (current) => scheduler.review(current, factId, 'good', NOW));
}

const cardIds = async (storage: DeviceStorage, deck: string | null) =>
	[...(await (await storage.progress(deck)).loadCards()).cards.keys()].sort();

describe('everything on a device, in one file', () => {
	it('moves every deck and all progress to another device, and restoring twice adds nothing', async () => {
		const phone = await device();
		await phone.library.save(apollo(), NOW);
		await answer(phone, null, 'talks-city');
		await answer(phone, 'apollo-11', apollo().facts[0].id);
		const file = JSON.parse(JSON.stringify(await backUpAllDecks(phone, NOW)));
		expect(file.decks.map((deck: { id: string }) => deck.id)).toEqual(['summit-2025', 'apollo-11']);

		const laptop = await device();
		const restored = await restoreAllDecks(laptop, file, NOW);
		expect(restored.skipped).toEqual([]);
		expect(
			restored.decks.map(({ title, deck, report }) => [title, deck, report?.cards.added])
		).toEqual([
			['The summit', 'built-in', 1],
			['Apollo 11', 'added', 1]
		]);
		expect((await laptop.library.list()).map((deck) => deck.id)).toEqual(['apollo-11']);
		expect(await cardIds(laptop, null)).toEqual(['talks-city']);
		expect(await cardIds(laptop, 'apollo-11')).toEqual([apollo().facts[0].id]);

		const again = await restoreAllDecks(laptop, file, NOW);
		expect(again.decks.map(({ deck, report }) => [deck, report?.cards.added])).toEqual([
			['built-in', 0],
			['already here', 0]
		]);
	});

	it('keeps a deck edited on this device, and skips decks that fail the checks', async () => {
		const source = await device();
		await source.library.save(apollo(), NOW);
		const file = JSON.parse(JSON.stringify(await backUpAllDecks(source, NOW)));
		const target = await device();
		await target.library.save({ ...apollo(), title: 'Apollo 11, edited' }, NOW);
		file.decks.push(
			{
				...file.decks[1],
				id: 'broken',
				title: 'Broken',
				factSet: { ...file.decks[1].factSet, id: 'broken', facts: [] }
			},
			{ ...file.decks[0], id: 'other-built-in', title: 'Another app' }
		);
		const restored = await restoreAllDecks(target, file, NOW);
		expect(restored.decks.map(({ title, deck }) => [title, deck])).toEqual([
			['The summit', 'built-in'],
			['Apollo 11', 'kept this device’s version']
		]);
		expect((await target.library.get('apollo-11'))?.factSet.title).toBe('Apollo 11, edited');
		expect(restored.skipped).toEqual([
			{ title: 'Broken', reason: expect.stringMatching(/^its facts do not pass the checks/) },
			{ title: 'Another app', reason: 'it is the built-in deck of another edition of the app' }
		]);
		await expect(restoreAllDecks(target, { app: 'summit-quiz', cards: [] }, NOW)).rejects.toThrow(
			/not a backup of every deck/
		);
	});

	it('takes the changes still being written along: a saved deck’s draft, and a deck only written so far', async () => {
		const phone = await device();
		await phone.library.save(apollo(), NOW);
		let n = 0;
		const key = () => `k${++n}`;
		const edited = { ...draftOf(apollo(), key), title: '' };
		const fresh = emptyDraft('my-deck', 'My deck', key);
		for (const draft of [edited, fresh])
			await phone.library.saveDraft(draft.id, draft, {
				title: draft.title || 'Untitled deck',
				problemCount: checkDraft(draft).problems.length,
				savedAt: NOW.toISOString()
			});
		const file = JSON.parse(JSON.stringify(await backUpAllDecks(phone, NOW)));
		expect(file.decks.map((deck: { id: string }) => deck.id)).toEqual([
			'summit-2025',
			'apollo-11',
			'my-deck'
		]);

		const laptop = await device();
		const mine = { ...emptyDraft('my-deck', 'Written here', key) };
		await laptop.library.saveDraft('my-deck', mine, {
			title: 'Written here',
			problemCount: 5,
			savedAt: NOW.toISOString()
		});
		const restored = await restoreAllDecks(laptop, file, NOW);
		expect(restored.skipped).toEqual([]);
		expect(restored.decks.map(({ title, deck, draft }) => [title, deck, draft])).toEqual([
			['The summit', 'built-in', undefined],
			['Apollo 11', 'added', 'added'],
			['My deck', 'none', 'kept this device’s']
		]);
		// The saved deck plays as it was; its draft waits in the editor beside it.
		expect((await laptop.library.get('apollo-11'))?.factSet).toEqual(apollo());
		expect(await laptop.library.getDraft('apollo-11')).toEqual(edited);
		expect((await laptop.library.drafts()).map(({ id, title }) => [id, title])).toEqual([
			['apollo-11', 'Untitled deck'],
			['my-deck', 'Written here']
		]);
		// Nothing written on this device is replaced.
		expect(await laptop.library.getDraft('my-deck')).toEqual(mine);

		// A draft that is not one of its deck is named and left out; the deck itself still comes.
		file.decks[1].draft.draft = { ...edited, id: 'another-deck' };
		const other = await device();
		const again = await restoreAllDecks(other, file, NOW);
		expect(again.skipped).toEqual([
			{
				title: 'Apollo 11 (unfinished changes)',
				reason: 'they could not be read as a draft of this deck'
			}
		]);
		expect(again.decks.map(({ title, deck, draft }) => [title, deck, draft])).toEqual([
			['The summit', 'built-in', undefined],
			['Apollo 11', 'added', undefined],
			['My deck', 'none', 'added']
		]);
		expect(await other.library.getDraft('apollo-11')).toBeUndefined();
	});

	it('deletes every deck and all progress, that of decks deleted before included', async () => {
		const storage = await device();
		await storage.library.save(apollo(), NOW);
		await answer(storage, null, 'talks-city');
		await answer(storage, 'apollo-11', apollo().facts[0].id);
		await answer(storage, 'gone', 'old-fact');
		await storage.library.saveDraft(
			'half-done',
			{ title: 'x' },
			{ title: 'Half done', problemCount: 3, savedAt: NOW.toISOString() }
		);
		expect(await deleteAllDecks(storage, NOW)).toEqual({ decks: 2, progress: 4 });
		expect(await storage.library.list()).toEqual([]);
		expect(await storage.library.drafts()).toEqual([]);
		for (const deck of [null, 'apollo-11', 'gone'])
			expect(await cardIds(storage, deck)).toEqual([]);
	});

	it('takes the class results and the quizzes shared along, and restores each once', async () => {
		const desk = await device();
		const { code, result } = readResultCode(
			encodeResult({ quizKey: 'quizA1', name: 'Ana', score: 1000, answers: [true], timeMs: 5_000 })
		);
		await desk.classResults.add({ ...result, code, receivedAt: NOW.toISOString() });
		const quiz = {
			key: 'quizA1',
			link: 'https://quiz.example.org/play/#1.x',
			title: 'Week 3',
			deckTitle: '',
			sharedAt: NOW.toISOString(),
			timeLimit: null,
			questions: [{ prompt: 'Where?', answer: 'Tianjin' }]
		};
		await desk.sharedQuizzes.add(quiz);
		const file = JSON.parse(JSON.stringify(await backUpAllDecks(desk, NOW)));
		expect(file.classResults).toHaveLength(1);
		expect(file.sharedQuizzes).toEqual([quiz]);
		// One forged result in the file is skipped, not stored.
		file.classResults.push({ ...file.classResults[0], code: 'x', score: 99_999 });

		const laptop = await device();
		const first = await restoreAllDecks(laptop, file, NOW);
		expect(first.classResults).toEqual({ added: 1, already: 0, skipped: 1 });
		expect(first.sharedQuizzes).toEqual({ added: 1, already: 0, skipped: 0 });
		const again = await restoreAllDecks(laptop, file, NOW);
		expect(again.classResults).toEqual({ added: 0, already: 1, skipped: 1 });
		expect(again.sharedQuizzes).toEqual({ added: 0, already: 1, skipped: 0 });
		expect((await laptop.classResults.load()).results.map((r) => r.name)).toEqual(['Ana']);
		expect((await laptop.sharedQuizzes.load()).quizzes).toEqual([quiz]);

		// Deleting everything clears them too.
		await deleteAllDecks(laptop, NOW);
		expect((await laptop.classResults.load()).results).toEqual([]);
		expect((await laptop.sharedQuizzes.load()).quizzes).toEqual([]);
	});

	it('reads a backup made before class results were backed up', async () => {
		const old = JSON.parse(JSON.stringify(await backUpAllDecks(await device(), NOW)));
		delete old.classResults;
		delete old.sharedQuizzes;
		const restored = await restoreAllDecks(await device(), old, NOW);
		expect(restored.classResults).toEqual({ added: 0, already: 0, skipped: 0 });
	});

	it('tells a deck progress database by its name', () => {
		expect(deckIdOfDatabase('summit-quiz')).toBeNull();
		expect(deckIdOfDatabase(progressDbName('apollo-11'))).toBe('apollo-11');
		expect(deckIdOfDatabase('summit-quiz-decks')).toBeUndefined();
		expect(deckIdOfDatabase('summit-quiz-class-results')).toBeUndefined();
	});
});
