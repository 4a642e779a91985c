// Issue 11's failures that had only unit tests, acted out in the browser: a forged result, data
// from a newer version of the app, and a title of invisible characters.
import { expect, test } from '@playwright/test';
import {
	bitsToBase64url,
	textToBase64url,
	uintToShortBase64url
} from '../../src/lib/share/base64url.ts';
import { writeCode } from '../../src/lib/share/code.ts';
import { RESULT_CODE_FORMAT } from '../../src/lib/share/result-code.ts';

test('a forged result (100,000 points from 0 right answers) is refused with the reason', async ({
	page
}) => {
	const wrong = Array<boolean>(10).fill(false);
	// A version 1 code with a valid check around made-up fields: the check proves no more.
	const forged = writeCode(RESULT_CODE_FORMAT, [
		'quizA1',
		textToBase64url('Max'),
		'K' + bitsToBase64url(wrong),
		uintToShortBase64url(100_000),
		uintToShortBase64url(1_000)
	]);
	await page.goto('./results/');
	await page.getByLabel('Result codes or links').fill(forged);
	await page.getByRole('button', { name: 'Add results' }).click();
	await expect(page.locator('.message')).toContainText(
		'a score of 100000 cannot come from 0 right answers out of 10'
	);
	await expect(page.getByRole('rowheader')).toHaveCount(0);
});

test('progress saved by a newer version opens read-only, still exports, and Delete all deletes it', async ({
	page
}) => {
	await page.goto('./progress/');
	await expect(page.getByRole('heading', { name: 'Backup' })).toBeVisible();
	// As a newer app (after a rollback) would have left it.
	await page.evaluate(
		() =>
			new Promise<void>((resolve, reject) => {
				const open = indexedDB.open('summit-quiz');
				open.onerror = () => reject(open.error);
				open.onsuccess = () => {
					const tx = open.result.transaction('progress', 'readwrite');
					tx.objectStore('progress').put(
						{ schemaVersion: 99, createdAt: new Date().toISOString() },
						'meta'
					);
					tx.oncomplete = () => {
						open.result.close();
						resolve();
					};
					tx.onerror = () => reject(tx.error);
				};
			})
	);
	await page.reload();
	await expect(page.getByText(/saved by a newer version of Summit Quiz/).first()).toBeVisible();
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Export a backup file' }).click();
	expect((await download).suggestedFilename()).toMatch(/\.json$/);
	await page.getByRole('button', { name: 'Delete all progress…' }).click();
	await page.getByRole('button', { name: 'Delete everything' }).click();
	await expect(page.getByText('All progress on this device was deleted.')).toBeVisible();
	await page.reload();
	await expect(page.getByRole('heading', { name: 'Backup' })).toBeVisible();
	await expect(page.getByText(/saved by a newer version/)).toHaveCount(0);
});

test('a quiz title of invisible characters only is no title: the intro names the deck', async ({
	page
}) => {
	await page.goto('./compose/');
	await page.getByLabel(/^Title/).fill('\uFEFF\u200B');
	const field = page.getByRole('textbox', { name: 'Quiz link', exact: true });
	await expect(field).toHaveValue(/\/play\/#1\./);
	await page.goto(await field.inputValue());
	const heading = page.getByRole('heading', { level: 1 });
	await expect(heading).toContainText(/\p{L}/u);
	await expect(page.getByRole('button', { name: 'Start the quiz' })).toBeVisible();
});
