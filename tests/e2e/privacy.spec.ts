// Nothing leaves the device: a whole session talks to no origin but the site's own.
import { expect, test } from '@playwright/test';
import { existsSync } from 'node:fs';
import { sharedQuizPath } from './support/links.ts';

test('a full session makes no request to any other origin', async ({ page, baseURL }) => {
	const origin = new URL(baseURL!).origin;
	const elsewhere: string[] = [];
	page.context().on('request', (request) => {
		const url = request.url();
		if (!url.startsWith('data:') && !url.startsWith('blob:') && new URL(url).origin !== origin)
			elsewhere.push(url);
	});
	await page.goto('./');
	await page.getByRole('link', { name: 'Start a 10-question run' }).click();
	for (let n = 1; n <= 10; n++) {
		await expect(page.getByText(`Question ${n} of 10`)).toBeVisible();
		await page.keyboard.press('3');
		await page.keyboard.press('Enter');
	}
	await expect(page.getByRole('heading', { name: /^Your score/ })).toBeVisible();
	await page.goto(sharedQuizPath({ count: 2 }));
	await page.getByRole('button', { name: 'Start the quiz' }).click();
	await expect(page.getByText('Question 1 of 2')).toBeVisible();
	for (const route of ['study', 'progress', 'compose', 'results']) {
		if (!existsSync(`build/${route}/index.html`)) continue;
		await page.goto(`./${route}/`);
		await page.waitForLoadState('networkidle');
	}
	expect(elsewhere).toEqual([]);
});
