// Runs inside Chromium: times the real storage module on the browser's own IndexedDB.
import { createScheduler, type CardState } from '../../../src/lib/srs/index.ts';
import { BACKUP_APP, openProgressStore, SCHEMA_VERSION } from '../../../src/lib/storage/index.ts';
import { listSummaries } from '../../../src/lib/decks/catalog.ts';
import { createDeckLibrary } from '../../../src/lib/decks/library.ts';
import { openDeckBackend } from '../../../src/lib/decks/open.ts';
import type { FactSet } from '../../../src/lib/facts/types.ts';

const START = new Date('2026-01-05T09:00:00Z');

function card(i: number): CardState {
	const due = new Date(START.getTime() + (i % 30) * 86_400_000).toISOString();
	return {
		id: `fact-${i}`,
		state: 'review',
		due,
		stability: 5 + (i % 20),
		difficulty: 4 + (i % 5),
		scheduled_days: 3,
		learning_steps: 0,
		reps: 3,
		lapses: 0,
		last_review: START.toISOString()
	};
}

/** Milliseconds per recorded answer (card read, FSRS update, card and log written in one transaction). */
async function timeAnswers(count: number): Promise<number[]> {
	const store = await openProgressStore({ now: START, dbName: `bench-answers-${Date.now()}` });
	const scheduler = createScheduler();
	const times: number[] = [];
	for (let i = 0; i < count; i++) {
		const id = `fact-${i % 60}`;
		const now = new Date(START.getTime() + i * 60_000);
		const t0 = performance.now();
		await store.recordReview(id, (current) =>
			scheduler.review(current, id, i % 4 ? 'good' : 'again', now)
		);
		times.push(performance.now() - t0);
	}
	return times;
}

/**
 * Milliseconds to load all cards, after filling the store with `cards` of them; `raw` is the bare
 * IndexedDB read of the same records (the card buckets), to show what checking and mapping add.
 */
async function timeLoads(
	cards: number,
	rounds: number
): Promise<{ times: number[]; raw: number[]; loaded: number }> {
	const dbName = `bench-load-${Date.now()}`;
	const store = await openProgressStore({ now: START, dbName });
	await store.importBackup({
		app: BACKUP_APP,
		schemaVersion: SCHEMA_VERSION,
		exportedAt: START.toISOString(),
		cards: Array.from({ length: cards }, (_, i) => card(i)),
		log: [],
		runs: [],
		settings: { desiredRetention: 0.9, newPerDay: 10, studyMode: 'choice' }
	});
	const times: number[] = [];
	let loaded = 0;
	const raw: number[] = [];
	for (let round = 0; round < rounds; round++) {
		const t0 = performance.now();
		await new Promise<void>((resolve) => {
			const open = indexedDB.open(dbName);
			open.onsuccess = () => {
				const store = open.result.transaction('progress').objectStore('progress');
				const range = IDBKeyRange.bound('cards:', 'cards:\uffff');
				store.getAllKeys(range);
				const values = store.getAll(range);
				values.onsuccess = () => {
					open.result.close();
					resolve();
				};
			};
		});
		raw.push(performance.now() - t0);
	}
	for (let round = 0; round < rounds; round++) {
		const t0 = performance.now();
		loaded = (await store.loadCards()).cards.size;
		times.push(performance.now() - t0);
	}
	return { times, raw, loaded };
}

/** A made-up deck of `facts` facts, shaped like a real one (for storage, not for questions). */
function syntheticDeck(n: number, facts: number): FactSet {
	const topics = ['one', 'two', 'three', 'four', 'five'];
	return {
		version: 2,
		id: `deck-${n}`,
		title: `Deck ${n}`,
		description: 'A deck made up for the benchmark, about as long as a real one.',
		topics,
		article: {
			title: `Text ${n}`,
			paragraphs: Array.from(
				{ length: Math.ceil(facts / 3) },
				(_, i) => `Paragraph ${i} of text ${n}, a sentence or two of a teacher's chosen text.`
			)
		},
		entities: Array.from({ length: 40 }, (_, i) => ({
			name: `Name ${i}`,
			type: 'person',
			aliases: [],
			tags: [],
			titles: []
		})),
		facts: Array.from({ length: facts }, (_, i) => ({
			id: `fact-${i}`,
			topic: topics[i % topics.length],
			about: [],
			question: `Which value does question ${i} of deck ${n} ask for?`,
			statement: `Question ${i} of deck ${n} asks for {answer}.`,
			answer: { type: 'term', value: `answer ${i}`, kind: [] },
			distractors: [`wrong ${i} a`, `wrong ${i} b`, `wrong ${i} c`],
			alsoTrue: [],
			never: [],
			explanation: `The text says question ${i} asks for answer ${i}.`,
			source: { paragraph: Math.floor(i / 3) + 1, quote: `Paragraph ${Math.floor(i / 3)}` },
			allow: []
		}))
	};
}

/**
 * With `decks` decks of `facts` facts saved: milliseconds to list them as the home page and the
 * Decks page do (a fresh connection each time, as on opening a page), and to read one whole deck.
 */
async function timeDecks(
	decks: number,
	facts: number,
	rounds: number
): Promise<{ list: number[]; open: number[]; listed: number }> {
	const dbName = `bench-decks-${Date.now()}`;
	const { backend } = await openDeckBackend({ dbName });
	const library = createDeckLibrary(backend, true);
	for (let n = 0; n < decks; n++) await library.save(syntheticDeck(n, facts), START);
	const list: number[] = [];
	const open: number[] = [];
	let listed = 0;
	for (let round = 0; round < rounds; round++) {
		const t0 = performance.now();
		const fresh = await openDeckBackend({ dbName });
		listed = (await listSummaries(fresh.backend)).length;
		list.push(performance.now() - t0);
		const t1 = performance.now();
		await createDeckLibrary(fresh.backend, true).get(`deck-${round % decks}`);
		open.push(performance.now() - t1);
	}
	return { list, open, listed };
}

Object.assign(window, { timeAnswers, timeLoads, timeDecks });
