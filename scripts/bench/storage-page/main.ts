// Runs inside Chromium: times the real storage module on the browser's own IndexedDB.
import { createScheduler, type CardState } from '../../../src/lib/srs/index.ts';
import { BACKUP_APP, openProgressStore, SCHEMA_VERSION } from '../../../src/lib/storage/index.ts';

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
 * IndexedDB read of the same records, to show what validation and mapping add.
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
				const range = IDBKeyRange.bound('card:', 'card:\uffff');
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

Object.assign(window, { timeAnswers, timeLoads });
