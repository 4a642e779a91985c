// No lost run: a shared quiz survives a reload at the same question with the time already used,
// its result code can be shown again after the end, leaving mid-run asks first, and a second try
// says it is one.
import { expect, test } from '@playwright/test';
import { decodeResult } from '../../src/lib/share/index.ts';
import { sharedQuizPath } from './support/links.ts';

test('a timed shared quiz resumes after a reload with the time already used, and its code comes back after the end', async ({
	page
}) => {
	await page.clock.install();
	await page.goto(sharedQuizPath({ count: 3, timeLimit: 30, title: 'Resume check' }));
	await page.getByRole('button', { name: 'Start the quiz' }).click();
	await expect(page.getByText('Question 1 of 3')).toBeVisible();
	await page.keyboard.press('1');
	await page.keyboard.press('Enter');
	await expect(page.getByText('Question 2 of 3')).toBeVisible();
	const second = await page.locator('#prompt').innerText();
	await page.clock.runFor(12_000);
	await expect(page.getByRole('timer')).toContainText('18 s');
	await page.reload();
	// Not the intro again, and not a fresh timer.
	await expect(page.getByText('Question 2 of 3')).toBeVisible();
	await expect(page.locator('#prompt')).toHaveText(second);
	await expect(page.getByRole('timer')).toContainText(/1[78] s/);
	await page.keyboard.press('1');
	await page.keyboard.press('Enter');
	await page.keyboard.press('1');
	await page.keyboard.press('Enter');
	await expect(page.getByRole('heading', { name: /^Your score/ })).toBeVisible();
	const score = await page.getByRole('heading', { name: /^Your score/ }).innerText();
	await page.getByLabel('Your name or nickname').fill('Ana');
	await page.getByRole('button', { name: 'Make my result code' }).click();
	const code = await page.locator('code.code').innerText();
	expect(decodeResult(code).attempt).toBeUndefined();

	// A reload after the end shows the same result, and the same code can be made again.
	await page.reload();
	await expect(page.getByRole('heading', { name: /^Your score/ })).toHaveText(score);
	await page.getByLabel('Your name or nickname').fill('Ana');
	await page.getByRole('button', { name: 'Make my result code' }).click();
	await expect(page.locator('code.code')).toHaveText(code);

	// Taking it again is a second try, and its code says so.
	await page.getByRole('button', { name: 'Take this quiz again (try 2)' }).click();
	for (let n = 1; n <= 3; n++) {
		await expect(page.getByText(`Question ${n} of 3`)).toBeVisible();
		await page.keyboard.press('2');
		await page.keyboard.press('Enter');
	}
	await page.getByLabel('Your name or nickname').fill('Ana');
	await page.getByRole('button', { name: 'Make my result code' }).click();
	const again = decodeResult(await page.locator('code.code').innerText());
	expect(again.attempt).toBe(2);
});

test('leaving mid-run by a link or Back asks first, and staying keeps the run', async ({
	page
}) => {
	await page.goto('./');
	await page.goto('./play/');
	await expect(page.getByText('Question 1 of 10')).toBeVisible();
	await page.keyboard.press('1');
	await page.keyboard.press('Enter');
	await expect(page.getByText('Question 2 of 10')).toBeVisible();
	const asked: string[] = [];
	page.once('dialog', (dialog) => {
		asked.push(dialog.message());
		void dialog.dismiss();
	});
	await page.getByRole('link', { name: 'Study' }).click();
	await expect.poll(() => asked.length).toBe(1);
	expect(asked[0]).toMatch(/^Leave this quiz\? Your answers so far are kept/);
	await expect(page.getByText('Question 2 of 10')).toBeVisible();
	page.once('dialog', (dialog) => void dialog.accept());
	await page.goBack();
	await expect(page).not.toHaveURL(/\/play\/$/);
	// Coming back goes on where the run was.
	await page.goto('./play/');
	await expect(page.getByText('Question 2 of 10')).toBeVisible();
});
