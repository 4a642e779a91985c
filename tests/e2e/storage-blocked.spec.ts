// A browser that refuses storage (private modes, disabled site data): the game still plays and
// says plainly that progress will not be kept.
import { expect, test } from '@playwright/test';

test('with IndexedDB refused, a full run plays and a notice says progress is not kept', async ({
	page
}) => {
	const errors: string[] = [];
	page.on('pageerror', (error) => errors.push(error.message));
	await page.addInitScript(() => {
		const refuse = () => {
			throw new DOMException('The user denied permission to access the database.', 'SecurityError');
		};
		Object.defineProperty(IDBFactory.prototype, 'open', { value: refuse });
	});
	await page.goto('./play/');
	for (let n = 1; n <= 10; n++) {
		await expect(page.getByText(`Question ${n} of 10`)).toBeVisible();
		await page.keyboard.press('1');
		await page.keyboard.press('Enter');
	}
	await expect(page.getByRole('heading', { name: /^Your score/ })).toBeVisible();
	await expect(
		page.getByRole('status').filter({ hasText: /progress will not be kept/ })
	).toBeVisible();
	// The results never claim a save that the notice says will not last.
	await expect(page.getByText('Kept in this tab only')).toBeVisible();
	await expect(page.getByText('Saved on this device.')).toHaveCount(0);
	expect(errors).toEqual([]);
});
