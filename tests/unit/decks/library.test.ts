import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { listSummaries } from '../../../src/lib/decks/catalog.ts';
import { importDeck } from '../../../src/lib/decks/import.ts';
import { createDeckLibrary } from '../../../src/lib/decks/library.ts';
import { openDeckBackend } from '../../../src/lib/decks/open.ts';
import { progressDbName } from '../../../src/lib/decks/progress-db.ts';
import { deckIdFromUrl, deckRoute } from '../../../src/lib/decks/location.ts';
import { DEFAULT_DB_NAME } from '../../../src/lib/storage/index.ts';

const NOW = new Date('2026-12-01T09:00:00Z');
const apollo = () =>
	importDeck(readFileSync('questions/apollo-11.csv', 'utf8'), { fileName: 'apollo-11.csv' })
		.factSet!;

async function library(factory = new IDBFactory()) {
	const { backend, persistent } = await openDeckBackend({ factory });
	return { library: createDeckLibrary(backend, persistent), backend, factory };
}

describe('the deck library', () => {
	it('saves a deck, lists it by its summary and gives it back whole', async () => {
		const { library: decks, factory } = await library();
		expect(decks.persistent).toBe(true);
		const summary = await decks.save(apollo(), NOW);
		expect(summary).toMatchObject({ id: 'apollo-11', title: 'Apollo 11', factCount: 20 });
		expect(summary.topics[0]).toEqual({ topic: 'Launch', count: 3 });
		// Another tab (a new connection) sees it too.
		const again = (await library(factory)).library;
		expect((await again.list()).map((deck) => deck.id)).toEqual(['apollo-11']);
		const stored = await again.get('apollo-11');
		expect(stored?.factSet.facts).toHaveLength(20);
		expect(stored?.summary.contentVersion).toBe(summary.contentVersion);
	});

	it('replaces a deck saved under the same id, and removes one', async () => {
		const { library: decks } = await library();
		await decks.save(apollo(), NOW);
		const changed = { ...apollo(), title: 'Apollo 11, revised' };
		await decks.save(changed, NOW);
		expect((await decks.list()).map((deck) => deck.title)).toEqual(['Apollo 11, revised']);
		await decks.remove('apollo-11');
		expect(await decks.list()).toEqual([]);
		expect(await decks.get('apollo-11')).toBeUndefined();
	});

	it('keeps a draft beside the saved deck, lists it, and drops it when that deck is saved again (by the editor or an import)', async () => {
		const { library: decks, factory } = await library();
		await decks.save(apollo(), NOW);
		const draft = { title: 'Apollo 11', facts: ['half-written'] };
		await decks.saveDraft('apollo-11', draft, {
			title: 'Apollo 11',
			problemCount: 2,
			savedAt: NOW.toISOString()
		});
		const again = (await library(factory)).library;
		expect(await again.getDraft('apollo-11')).toEqual(draft);
		expect(await again.drafts()).toEqual([
			{ id: 'apollo-11', title: 'Apollo 11', problemCount: 2, savedAt: NOW.toISOString() }
		]);
		// The deck that plays is still the one saved before the draft.
		expect((await again.get('apollo-11'))?.factSet.title).toBe('Apollo 11');
		await again.save({ ...apollo(), title: 'Apollo 11, edited' }, NOW);
		expect(await again.drafts()).toEqual([]);
		expect(await again.getDraft('apollo-11')).toBeUndefined();
		expect((await again.list()).map((deck) => deck.title)).toEqual(['Apollo 11, edited']);
		await again.saveDraft('apollo-11', draft, { title: 'x', problemCount: 1, savedAt: '' });
		await again.remove('apollo-11');
		expect(await again.drafts()).toEqual([]);
	});

	it('refuses a stored deck whose facts no longer match their hash, and skips junk summaries', async () => {
		const { library: decks, backend } = await library();
		await decks.save(apollo(), NOW);
		const tampered = apollo();
		tampered.facts[0].answer.value = 'Baikonur Cosmodrome';
		await backend.write({ put: [['deck:apollo-11', tampered]] });
		expect(await decks.get('apollo-11')).toBeUndefined();
		await backend.write({
			put: [
				['summary:junk', { id: 1 }],
				['deck:junk', 'text']
			]
		});
		expect((await listSummaries(backend)).map((deck) => deck.id)).toEqual(['apollo-11']);
		expect(await decks.get('junk')).toBeUndefined();
	});

	it('works in memory, and says so, where IndexedDB is missing', async () => {
		const { backend, persistent } = await openDeckBackend({ factory: null });
		expect(persistent).toBe(false);
		const decks = createDeckLibrary(backend, persistent);
		await decks.save(apollo(), NOW);
		expect((await decks.list()).map((deck) => deck.id)).toEqual(['apollo-11']);
	});
});

describe('deck addresses and progress databases', () => {
	it('reads the deck from ?deck=, the built-in deck from none or its own id', () => {
		const url = (query: string) => new URL(`https://x.test/play/${query}#1.seed`);
		expect(deckIdFromUrl(url('?deck=apollo-11'), 'summit-2025')).toBe('apollo-11');
		expect(deckIdFromUrl(url(''), 'summit-2025')).toBeNull();
		expect(deckIdFromUrl(url('?deck='), 'summit-2025')).toBeNull();
		expect(deckIdFromUrl(url('?deck=summit-2025'), 'summit-2025')).toBeNull();
		expect(deckRoute('/play/', null)).toBe('/play/');
		expect(deckRoute('/study/', 'a b&c')).toBe('/study/?deck=a%20b%26c');
	});

	it('keeps each deck’s progress in its own database, the built-in deck in the original one', () => {
		expect(progressDbName(null)).toBe(DEFAULT_DB_NAME);
		expect(progressDbName('apollo-11')).not.toBe(DEFAULT_DB_NAME);
		expect(progressDbName('apollo-11')).not.toBe(progressDbName('apollo-12'));
	});
});
