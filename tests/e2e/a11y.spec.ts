// axe-core on every page and on the states a player meets: zero violations, light and dark.
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { sharedQuizPath } from './support/links.ts';
import { PAGE_READY } from './support/pages.ts';

async function expectNoViolations(page: Page, state: string) {
	const { violations } = await new AxeBuilder({ page }).analyze();
	const summary = violations.map(
		(v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`
	);
	expect(summary, state).toEqual([]);
}

for (const colorScheme of ['light', 'dark'] as const) {
	test.describe(colorScheme, () => {
		test.use({ colorScheme });

		test('every page', async ({ page }) => {
			const pages = [
				'./',
				'./play/',
				'./study/',
				'./progress/',
				'./compose/',
				'./results/',
				'./decks/'
			];
			for (const path of pages) {
				await page.goto(path);
				await page.waitForLoadState('networkidle');
				await PAGE_READY[path]?.(page);
				await expectNoViolations(page, path);
			}
		});

		test('a run: question, answer revealed, results', async ({ page }) => {
			await page.goto('./play/');
			await expect(page.getByText('Question 1 of 10')).toBeVisible();
			await expectNoViolations(page, 'question shown');
			await page.keyboard.press('2');
			await expect(page.locator('.feedback .card')).toBeVisible();
			await expectNoViolations(page, 'answer revealed');
			for (let n = 1; n <= 10; n++) {
				if (n > 1) await page.keyboard.press('3');
				await page.keyboard.press('Enter');
			}
			await expect(page.getByRole('heading', { name: /^Your score/ })).toBeVisible();
			await expectNoViolations(page, 'results');
		});

		test('a shared quiz: intro, timer, broken link', async ({ page }) => {
			await page.goto(sharedQuizPath({ title: 'Class 7B', timeLimit: 30 }));
			await expect(page.getByRole('button', { name: 'Start the quiz' })).toBeVisible();
			await expectNoViolations(page, 'shared intro');
			await page.getByRole('button', { name: 'Start the quiz' }).click();
			await expect(page.getByRole('timer')).toBeVisible();
			await expectNoViolations(page, 'timed question');
			await page.goto('./play/#1.broken');
			await expect(page.getByText('This quiz link doesn’t work')).toBeVisible();
			await expectNoViolations(page, 'error page');
		});

		test('a deck being added: its preview, and a file with problems', async ({ page }) => {
			const apollo = readFileSync('questions/apollo-11.csv', 'utf8');
			await page.goto('./decks/');
			const file = (name: string, text: string) =>
				page.getByLabel('Choose a file').setInputFiles({
					name,
					mimeType: 'text/csv',
					buffer: Buffer.from(text)
				});
			await file('apollo-11.csv', apollo);
			await page.locator('summary', { hasText: 'Who was the commander' }).click();
			await expectNoViolations(page, 'deck preview');
			await file('broken.csv', apollo.replace('Baikonur Cosmodrome', 'Kennedy Space Center'));
			await expect(page.getByRole('alert')).toBeVisible();
			await expectNoViolations(page, 'deck problems');
		});

		test('the deck editor: a saved deck with a problem, and a new deck', async ({ page }) => {
			await page.goto('./decks/');
			await page.getByLabel('Choose a file').setInputFiles({
				name: 'apollo-11.csv',
				mimeType: 'text/csv',
				buffer: readFileSync('questions/apollo-11.csv')
			});
			await page.getByRole('button', { name: 'Save the deck' }).click();
			await expect(page.getByText('Saved “Apollo 11” on this device.')).toBeVisible();
			await page.goto('./decks/edit/?deck=apollo-11');
			await page.getByRole('button', { name: /^1\. / }).click();
			await page.getByRole('textbox', { name: 'Question', exact: true }).fill('');
			await expect(page.getByRole('heading', { name: 'One problem to fix' })).toBeVisible();
			await expectNoViolations(page, 'editor, a problem');
			await page.goto('./decks/');
			await page.getByRole('button', { name: 'Write a new deck' }).click();
			await page.getByRole('button', { name: /^1\. New fact/ }).click();
			await expect(
				page.getByRole('heading', { name: 'One problem to fix, one fact to finish' })
			).toBeVisible();
			await expectNoViolations(page, 'editor, a new deck');
		});

		test('a flashcard, flipped', async ({ page }) => {
			await page.goto('./study/');
			await page.getByRole('radio', { name: /Flashcard/ }).check();
			await page.getByRole('button', { name: /Show answer/ }).click();
			await expect(page.getByRole('button', { name: /^Good/ })).toBeVisible();
			await expectNoViolations(page, 'flashcard flipped');
		});
	});
}
