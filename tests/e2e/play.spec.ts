import { expect, test, type Page } from '@playwright/test';

async function answerAll(
	page: Page,
	answer: (n: number) => Promise<void>,
	next: () => Promise<void>
) {
	for (let n = 1; n <= 10; n++) {
		await expect(page.getByText(`Question ${n} of 10`)).toBeVisible();
		await answer(n);
		await expect(page.getByText(/^(✓ Correct!|✗ Not quite\. The answer:)/)).toBeVisible();
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		await next();
	}
}

test('a full run by keyboard alone: start, answer with 1–4, move on with Enter, see the score', async ({
	page
}) => {
	await page.goto('./');
	// From the home page to the run without a mouse.
	const start = page.getByRole('link', { name: 'Start a 10-question run' });
	for (let i = 0; i < 15 && !(await start.evaluate((el) => el === document.activeElement)); i++)
		await page.keyboard.press('Tab');
	await expect(start).toBeFocused();
	await page.keyboard.press('Enter');
	await answerAll(
		page,
		async (n) => page.keyboard.press(String(((n - 1) % 4) + 1)),
		async () => {
			await expect(
				page.getByRole('button', { name: /Next question|See your score/ })
			).toBeFocused();
			await page.keyboard.press('Enter');
		}
	);
	await expect(page.getByRole('heading', { name: /^Your score: [\d,]+$/ })).toBeVisible();
	await expect(page.getByText(/\d+ of 10 correct/)).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Review' })).toBeVisible();
	await expect(page.locator('.review > li')).toHaveCount(10);
});

test('a full run with clicks; the score matches the answers and the review shows sources', async ({
	page
}) => {
	await page.goto('./play/');
	let right = 0;
	await answerAll(
		page,
		async () => {
			await page.locator('.choices button').first().click();
			if (await page.getByText('✓ Correct!').isVisible()) right++;
		},
		async () => page.getByRole('button', { name: /Next question|See your score/ }).click()
	);
	await expect(page.getByText(`${right} of 10 correct`)).toBeVisible();
	const total = Number(
		(await page.getByRole('heading', { level: 1 }).innerText()).replace(/\D/g, '')
	);
	expect(total).toBeGreaterThanOrEqual(right * 1000);
	expect(total).toBeLessThan(right * 1000 + 1000);
	await expect(page.locator('.review figcaption').first()).toContainText('paragraph');
});

test('feedback says what the right answer is, in words as well as colour', async ({ page }) => {
	await page.goto('./play/');
	await expect(page.getByText('Question 1 of 10')).toBeVisible();
	const options = page.locator('.choices button');
	await options.nth(0).click();
	const correct = page.locator('.choices button.right');
	await expect(correct).toContainText('Correct answer');
	await expect(page.locator('.feedback')).toContainText(/Correct!|The answer:/);
	await expect(page.locator('.feedback blockquote mark')).not.toBeEmpty();
	// Pressing a number after answering changes nothing.
	await page.keyboard.press('4');
	await expect(page.locator('.choices button.right')).toHaveCount(1);
});
