// The progress page: what it counts, backup out and back in (in a fresh browser), bad files, reset.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { FACT_COUNT } from './support/links.ts';

/** The number in one of the overview boxes ("Cards studied", "Learned", "New", ...). */
const stat = (page: Page, label: string) =>
	page
		.locator('.stats div')
		.filter({ has: page.getByText(label, { exact: true }) })
		.locator('dd');

const OVERVIEW = ['Cards studied', 'Learned', 'Due now', 'Learning', 'New', 'Day streak'];

async function overview(page: Page): Promise<string[]> {
	await expect(stat(page, 'Cards studied')).toBeVisible();
	return Promise.all(OVERVIEW.map((label) => stat(page, label).innerText()));
}

/** Studies `n` new cards as flashcards, grading them Easy, Good, Hard in turn (none due for minutes). */
async function studyFlashcards(page: Page, n: number) {
	await page.goto('./study/');
	await page.getByRole('radio', { name: 'Flashcards' }).check();
	for (let i = 0; i < n; i++) {
		await expect(page.getByText('New card', { exact: true })).toBeVisible();
		await page.getByRole('button', { name: /Show answer/ }).click();
		await page.keyboard.press(['4', '3', '2'][i % 3]);
		await expect(page.locator('.counts dd').nth(1)).toHaveText(String(10 - i - 1));
	}
}

/** Plays one run of ten questions, always taking the first option. */
async function playRun(page: Page) {
	await page.goto('./play/');
	for (let n = 1; n <= 10; n++) {
		await expect(page.getByText(`Question ${n} of 10`)).toBeVisible();
		await page.locator('.choices button').first().click();
		await page.getByRole('button', { name: /Next question|See your score/ }).click();
	}
	await expect(page.getByRole('heading', { name: /^Your score/ })).toBeVisible();
	// Leaving by a full page load before the run is saved would lose it.
	await expect(page.getByText('Saved on this device.')).toBeVisible();
}

test('a backup exported here and imported in a fresh browser shows the same progress', async ({
	page,
	browser,
	baseURL
}) => {
	await studyFlashcards(page, 5);
	await playRun(page);
	const score = (await page.getByRole('heading', { name: /^Your score/ }).innerText()).replace(
		'Your score: ',
		''
	);

	// The run's answers schedule cards too, so more than the five studied ones count.
	await page.goto('./progress/');
	const before = await overview(page);
	expect(before[0]).not.toBe(`0 of ${FACT_COUNT}`);
	await expect(stat(page, 'Day streak')).toHaveText('1 day');
	const bestScores = page.locator('table.best tbody tr');
	await expect(bestScores).toHaveCount(1);
	await expect(bestScores.first()).toContainText(score);

	const downloading = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Export a backup file' }).click();
	const download = await downloading;
	expect(download.suggestedFilename()).toMatch(/^summit-quiz-backup-\d{4}-\d{2}-\d{2}\.json$/);
	const file = await download.path();
	const backup = JSON.parse(readFileSync(file, 'utf8'));
	expect(backup).toMatchObject({ app: 'summit-quiz', settings: { studyMode: 'flashcard' } });
	const { length: cards } = backup.cards;
	const { length: reviews } = backup.log;
	expect(`${cards} of ${FACT_COUNT}`).toBe(before[0]);
	await expect(page.getByText(/^Downloaded summit-quiz-backup-.*\.json: /)).toContainText(
		`${cards} cards, ${reviews} reviews and 1 run`
	);

	const fresh = await browser.newContext({ baseURL });
	const other = await fresh.newPage();
	await other.goto('./progress/');
	expect((await overview(other)).slice(0, 2)).toEqual([`0 of ${FACT_COUNT}`, '0']);
	await other.getByLabel('Choose a backup file…').setInputFiles(file);
	await expect(
		other.getByText(`Added ${cards} cards, ${reviews} reviews and 1 run.`)
	).toBeVisible();
	await expect(other.getByText('Study settings were taken from the backup.')).toBeVisible();
	await expect.poll(() => overview(other)).toEqual(before);
	await expect(other.locator('table.best tbody tr').first()).toContainText(score);

	// Importing the same file again changes nothing.
	await other.getByLabel('Choose a backup file…').setInputFiles(file);
	await expect(other.getByText('Nothing new was added.')).toBeVisible();
	await expect(
		other.getByText(
			`Kept ${cards} cards, ${reviews} reviews and 1 run that were already up to date here.`
		)
	).toBeVisible();
	await expect(other.getByText('Your study settings here were kept.')).toBeVisible();
	await other.reload();
	await expect.poll(() => overview(other)).toEqual(before);
	await fresh.close();
});

test('a file that is not a backup gets a plain message, shown as text', async ({ page }) => {
	await page.goto('./progress/');
	const input = page.getByLabel('Choose a backup file…');

	await input.setInputFiles({
		name: 'notes.json',
		mimeType: 'application/json',
		buffer: Buffer.from(JSON.stringify({ app: '<img src=x onerror=alert(1)>', cards: [] }))
	});
	const message = page.locator('.notice.warning').filter({ hasText: 'backup' });
	await expect(message).toContainText('This file is not a usable Summit Quiz backup');
	await expect(page.locator('main img')).toHaveCount(0);

	await input.setInputFiles({
		name: '<b>photo</b>.png',
		mimeType: 'image/png',
		buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
	});
	await expect(message).toHaveText('This file is not a usable Summit Quiz backup: it is not JSON.');
	await expect(page.locator('main b')).toHaveCount(0);
	await expect(stat(page, 'Cards studied')).toHaveText(`0 of ${FACT_COUNT}`);
});

test('a 50 MB backup nested "[[[[…" deep is refused with a reason, and the page keeps working', async ({
	page
}) => {
	// Such a file used to take the tab down; it is now read in a worker, depth measured first.
	const file = join(mkdtempSync(join(tmpdir(), 'summit-deep-')), 'deep.json');
	writeFileSync(file, '['.repeat(50_000_000));
	await page.goto('./progress/');
	await page.getByLabel('Choose a backup file…').setInputFiles(file);
	await expect(page.locator('.notice.warning').filter({ hasText: 'backup' })).toHaveText(
		'This file is not a usable Summit Quiz backup: it is nested more than 64 levels deep.'
	);
	await page.getByRole('link', { name: 'Play' }).first().click();
	await expect(page.getByText('Question 1 of 10')).toBeVisible();
});

test('reset asks first, and only then deletes all progress', async ({ page }) => {
	await studyFlashcards(page, 2);
	await page.goto('./progress/');
	await expect(stat(page, 'Cards studied')).toHaveText(`2 of ${FACT_COUNT}`);

	await page.getByRole('button', { name: 'Delete all progress…' }).click();
	const dialog = page.getByRole('dialog', { name: 'Delete all progress?' });
	await expect(dialog).toBeVisible();
	await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
	await dialog.getByRole('button', { name: 'Cancel' }).click();
	await expect(dialog).toBeHidden();
	await expect(stat(page, 'Cards studied')).toHaveText(`2 of ${FACT_COUNT}`);

	await page.getByRole('button', { name: 'Delete all progress…' }).click();
	await page.keyboard.press('Escape');
	await expect(dialog).toBeHidden();
	await expect(stat(page, 'Cards studied')).toHaveText(`2 of ${FACT_COUNT}`);

	await page.getByRole('button', { name: 'Delete all progress…' }).click();
	await dialog.getByRole('button', { name: 'Delete everything' }).click();
	await expect(dialog).toBeHidden();
	await expect(page.getByText('All progress on this device was deleted.')).toBeVisible();
	await expect(stat(page, 'Cards studied')).toHaveText(`0 of ${FACT_COUNT}`);
	await expect(stat(page, 'New')).toHaveText(String(FACT_COUNT));

	await page.reload();
	await expect(stat(page, 'Cards studied')).toHaveText(`0 of ${FACT_COUNT}`);
	await page.goto('./study/');
	await expect(page.locator('.counts dd').nth(1)).toHaveText('10');
});

test('study settings are saved and used by the study page', async ({ page }) => {
	await page.goto('./progress/');
	const perDay = page.getByLabel('New cards per day');
	await expect(perDay).toHaveValue('10');
	await perDay.fill('4');
	await perDay.press('Tab');
	await expect(page.getByText('Saved.')).toBeVisible();
	await page.getByRole('radio', { name: 'Flashcards' }).check();
	await page.getByLabel(/Desired retention/).focus();
	for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
	await expect(page.getByText('Desired retention: 95%')).toBeVisible();
	// Each key step saves; leaving before the last save lands would lose it.
	await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();

	await page.goto('./study/');
	await expect(page.locator('.counts dd').nth(1)).toHaveText('4');
	await expect(page.getByRole('button', { name: /Show answer/ })).toBeVisible();
	await page.goto('./progress/');
	await expect(page.getByLabel('New cards per day')).toHaveValue('4');
	await expect(page.getByText('Desired retention: 95%')).toBeVisible();
});
