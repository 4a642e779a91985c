// Answers survive the tab being closed at once: a student who answers and shuts the phone loses
// nothing, though the storage code has not even loaded when the first answer is given.
import { expect, test } from '@playwright/test';
import { sharedQuizPath } from './support/links.ts';
import { fillDisk, makeRoom, reviewsInDatabase } from './support/storage.ts';

test('20 tabs closed right after an answer lose none of the 20 answers', async ({ context }) => {
	// Twenty page loads, on a 2-core machine running two browsers.
	test.setTimeout(150_000);
	for (let n = 0; n < 20; n++) {
		// Same questions, another title each time: a link already begun would resume, not start.
		const path = sharedQuizPath({ title: `Closed at once ${n + 1}`, count: 10 });
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

test('answers a full disk refuses are kept, said to be unsaved, and saved once there is room', async ({
	page
}) => {
	// The disk is full for answers (cards and reviews) until the test makes room.
	await fillDisk(page, { keys: '^(log|cards?):' });
	await page.goto(sharedQuizPath({ title: 'Full disk', count: 10 }));
	await page.getByRole('button', { name: 'Start the quiz' }).click();
	for (let n = 1; n <= 10; n++) {
		await expect(page.getByText(`Question ${n} of 10`)).toBeVisible();
		await page.keyboard.press('1');
		await page.keyboard.press('Enter');
	}
	await expect(page.locator('.notice').filter({ hasText: 'of your answers' })).toHaveText(
		'10 of your answers are not saved yet: this device refused to store them. They are kept here and saved as soon as storage works again.'
	);
	await expect(page.getByText(/^Saved on this device\./)).toHaveCount(0);
	expect(await reviewsInDatabase(page)).toBe(0);

	// Room again: back online, the kept answers go in, and the warning goes away.
	await makeRoom(page);
	await expect.poll(() => reviewsInDatabase(page)).toBe(10);
	await expect(page.getByText(/no storage space/i)).toHaveCount(0);
	await page.goto('./progress/');
	await expect(page.getByText(/Cards studied\s*10\s*of/)).toBeVisible();
});
