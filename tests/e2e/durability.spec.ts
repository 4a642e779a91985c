// Answers survive the tab being closed at once: a student who answers and shuts the phone loses
// nothing, though the storage code has not even loaded when the first answer is given.
import { expect, test, type Page } from '@playwright/test';
import { sharedQuizPath } from './support/links.ts';

/** Reviews stored in the built-in deck's database, read straight from IndexedDB. */
function reviewsInDatabase(page: Page): Promise<number> {
	return page.evaluate(
		() =>
			new Promise<number>((resolve, reject) => {
				const open = indexedDB.open('summit-quiz');
				open.onerror = () => reject(open.error);
				open.onsuccess = () => {
					const request = open.result
						.transaction('progress')
						.objectStore('progress')
						.count(IDBKeyRange.bound('log:', 'log:\uffff'));
					request.onsuccess = () => {
						resolve(request.result);
						open.result.close();
					};
				};
			})
	);
}

test('20 tabs closed right after an answer lose none of the 20 answers', async ({ context }) => {
	const path = sharedQuizPath({ title: 'Closed at once', count: 10 });
	for (let n = 0; n < 20; n++) {
		const page = await context.newPage();
		await page.goto(path);
		await page.getByRole('button', { name: 'Start the quiz' }).click();
		await expect(page.getByText('Question 1 of 10')).toBeVisible();
		await page.keyboard.press('1');
		await page.close();
	}
	// The next page of the app that opens storage takes in whatever was not written yet.
	const page = await context.newPage();
	await page.goto('./progress/');
	await expect(page.getByText(/Cards studied/)).toBeVisible();
	await expect.poll(() => reviewsInDatabase(page)).toBe(20);
});
