// The classroom story end to end: two students, each in a browser of their own and offline after
// a first visit, open the teacher's link and get the same quiz.
import { expect } from '@playwright/test';
import { test, visitThenGoOffline } from './support/pwa.ts';
import { sharedQuizPath } from './support/links.ts';

test('two students offline get the same questions from one shared link', async ({ browser }) => {
	const link = sharedQuizPath({ title: 'Offline check', count: 5, timeLimit: 60 });
	const seen: string[][] = [];
	for (let student = 0; student < 2; student++) {
		const context = await browser.newContext();
		const page = await context.newPage();
		await visitThenGoOffline(context, page);
		await page.goto(link);
		await page.getByRole('button', { name: 'Start the quiz' }).click();
		const questions: string[] = [];
		for (let n = 1; n <= 5; n++) {
			await expect(page.getByText(`Question ${n} of 5`)).toBeVisible();
			const options = await page.locator('.choices button .text').allInnerTexts();
			questions.push(`${await page.locator('#prompt').innerText()} | ${options.join(' / ')}`);
			await page.keyboard.press(String(n % 4 || 4));
			await page.keyboard.press('Enter');
		}
		await expect(page.getByRole('heading', { name: /^Your score/ })).toBeVisible();
		await expect(page.getByRole('button', { name: 'Make my result code' })).toBeVisible();
		seen.push(questions);
		await context.close();
	}
	expect(seen[0]).toHaveLength(5);
	expect(seen[1]).toEqual(seen[0]);
});
