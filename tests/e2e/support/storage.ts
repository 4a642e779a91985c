// Looking into and breaking the browser's storage from a test: what a page stored, a disk that
// fills up, and the app's script held back as on a slow phone.
import type { Page } from '@playwright/test';

/**
 * Counts, straight from the built-in deck's IndexedDB database, its reviews, or (with `dueBy`, a
 * time) its studied cards due by then.
 */
function countInDatabase(page: Page, dueBy: number | null): Promise<number> {
	return page.evaluate(
		(dueBy) =>
			new Promise<number>((resolve, reject) => {
				const open = indexedDB.open('summit-quiz');
				open.onerror = () => reject(open.error);
				open.onsuccess = () => {
					const store = open.result.transaction('progress').objectStore('progress');
					const done = (count: number) => {
						resolve(count);
						open.result.close();
					};
					if (dueBy === null) {
						const request = store.count(IDBKeyRange.bound('log:', 'log:\uffff'));
						request.onsuccess = () => done(request.result);
						return;
					}
					const request = store.getAll(IDBKeyRange.bound('cards:', 'cards:\uffff'));
					request.onsuccess = () => {
						// Cards are kept in buckets, arrays of cards (src/lib/storage/buckets.ts).
						const cards = (request.result as { state: string; due: string }[][]).flat();
						done(cards.filter((c) => c.state !== 'new' && Date.parse(c.due) <= dueBy).length);
					};
				};
			}),
		dueBy
	);
}

/** Reviews stored in the built-in deck's database. */
export const reviewsInDatabase = (page: Page) => countInDatabase(page, null);

/** Studied cards of the built-in deck due by `time`. */
export const dueInDatabase = (page: Page, time: number) => countInDatabase(page, time);

/**
 * Makes the disk full, from the page's first script on, for writes to the object store `store`
 * or to keys matching `keys` (a RegExp source): they throw QuotaExceededError until makeRoom.
 */
export async function fillDisk(
	page: Page,
	refused: { store?: string; keys?: string }
): Promise<void> {
	await page.addInitScript((refused) => {
		const state = window as unknown as { diskFull: boolean };
		state.diskFull = true;
		const keys = refused.keys === undefined ? undefined : new RegExp(refused.keys);
		const put = IDBObjectStore.prototype.put;
		IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args) {
			const hit =
				this.name === refused.store || (keys !== undefined && keys.test(String(args[1] ?? '')));
			if (state.diskFull && hit)
				throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
			return put.apply(this, args);
		} as typeof put;
	}, refused);
}

/** Frees the disk fillDisk filled, and tells the page it is back online. */
export function makeRoom(page: Page): Promise<void> {
	return page.evaluate(() => {
		(window as unknown as { diskFull: boolean }).diskFull = false;
		dispatchEvent(new Event('online'));
	});
}

/** Holds the app's script back, as a slow phone would; returns what lets it load. */
export async function holdAppScript(page: Page): Promise<() => void> {
	let release = () => {};
	const held = new Promise<void>((resolve) => (release = resolve));
	await page.route('**/_app/immutable/entry/**', async (route) => {
		await held;
		await route.continue();
	});
	return release;
}
