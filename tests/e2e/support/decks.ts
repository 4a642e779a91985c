// Helpers for the deck tests: adding a deck from a file, and what the deck database holds.
import { expect, type Page } from '@playwright/test';

/** Chooses a file at /decks/ with the file chooser; the page then checks it. */
export async function chooseDeckFile(page: Page, name: string, text: string) {
	await page.goto('./decks/');
	await page.getByLabel('Choose a file').setInputFiles({
		name,
		mimeType: name.endsWith('.json') ? 'application/json' : 'text/csv',
		buffer: Buffer.from(text)
	});
}

/** Saved decks' records, read straight from IndexedDB (none when the database was never made). */
export async function storedDeckKeys(page: Page): Promise<string[]> {
	return page.evaluate(async () => {
		const names = (await indexedDB.databases()).map((db) => db.name);
		if (!names.includes('summit-quiz-decks')) return [];
		return new Promise<string[]>((resolve, reject) => {
			const open = indexedDB.open('summit-quiz-decks');
			open.onerror = () => reject(open.error);
			open.onsuccess = () => {
				const db = open.result;
				if (!db.objectStoreNames.contains('decks')) return resolve([]);
				const request = db.transaction('decks').objectStore('decks').getAllKeys();
				request.onsuccess = () => resolve(request.result.map(String));
			};
		});
	});
}

/** Saves the deck the page has checked, and waits until it is stored (leaving sooner loses it). */
export async function saveCheckedDeck(page: Page, title = 'Apollo 11') {
	await page.getByRole('button', { name: 'Save the deck' }).click();
	await expect(page.getByText(`Saved “${title}” on this device.`)).toBeVisible();
}
