import { afterEach, describe, expect, test, vi } from 'vitest';
import { openProgressStore, type ProgressStore } from '../../../src/lib/storage/index.ts';
import { answer, DB, NOW, sampleRun } from './helpers.ts';

type Handler = ((event: Event) => void) | null;

/** An IDBFactory whose open request only ever fires `event` (or, with no event, nothing). */
function factoryFiring(event: 'blocked' | 'error' | null): IDBFactory {
	return {
		open() {
			const request = {
				onblocked: null as Handler,
				onerror: null as Handler,
				onsuccess: null as Handler,
				onupgradeneeded: null as Handler,
				error: new DOMException('denied', 'InvalidStateError')
			};
			if (event) queueMicrotask(() => request[`on${event}`]?.(new Event(event)));
			return request as unknown as IDBOpenDBRequest;
		}
	} as unknown as IDBFactory;
}

const throwingFactory = {
	open() {
		throw new DOMException('The operation is insecure.', 'SecurityError');
	}
} as unknown as IDBFactory;

/** The in-memory store must behave like the real one. */
async function expectWorkingMemoryStore(store: ProgressStore): Promise<void> {
	expect(store.persistent).toBe(false);
	expect(store.problem).toBe('unavailable');
	await answer(store, 'fact-a', 'good');
	await answer(store, 'fact-a', 'good', new Date(NOW.getTime() + 86_400_000));
	await store.saveRun(sampleRun());
	await store.saveSettings({ desiredRetention: 0.8, newPerDay: 3, studyMode: 'flashcard' });
	expect((await store.loadCards()).cards.get('fact-a')?.reps).toBe(2);
	expect((await store.loadLog()).log).toHaveLength(2);
	expect((await store.loadRuns()).runs).toEqual([sampleRun()]);
	expect((await store.loadSettings()).newPerDay).toBe(3);
}

afterEach(() => {
	vi.unstubAllGlobals();
});

describe('when IndexedDB cannot be used, open falls back to memory', () => {
	test('no factory at all', async () => {
		await expectWorkingMemoryStore(await openProgressStore({ factory: null, now: NOW }));
	});

	test('no global indexedDB (e.g. prerendering on Node)', async () => {
		vi.stubGlobal('indexedDB', undefined);
		await expectWorkingMemoryStore(await openProgressStore({ now: NOW }));
	});

	test('open throws', async () => {
		const store = await openProgressStore({ factory: throwingFactory, dbName: DB, now: NOW });
		await expectWorkingMemoryStore(store);
	});

	test('open is blocked', async () => {
		const store = await openProgressStore({ factory: factoryFiring('blocked'), now: NOW });
		await expectWorkingMemoryStore(store);
	});

	test('open fails (private browsing in some browsers)', async () => {
		const store = await openProgressStore({ factory: factoryFiring('error'), now: NOW });
		await expectWorkingMemoryStore(store);
	});

	test('open never answers: gives up after the timeout', async () => {
		const store = await openProgressStore({
			factory: factoryFiring(null),
			now: NOW,
			openTimeoutMs: 1
		});
		await expectWorkingMemoryStore(store);
	});

	test('memory stores are independent and do not share data', async () => {
		const a = await openProgressStore({ factory: null, now: NOW });
		const b = await openProgressStore({ factory: null, now: NOW });
		await answer(a, 'fact-a', 'good');
		expect((await b.loadCards()).cards.size).toBe(0);
	});

	test('values read from memory are copies, so callers cannot change what is stored', async () => {
		const store = await openProgressStore({ factory: null, now: NOW });
		await answer(store, 'fact-a', 'good');
		const first = (await store.loadCards()).cards.get('fact-a')!;
		first.reps = 999;
		expect((await store.loadCards()).cards.get('fact-a')?.reps).toBe(1);
	});
});
