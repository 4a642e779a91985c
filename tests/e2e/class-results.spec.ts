// The teacher's class table when storage fails: a result is never reported as saved when it was
// not, the failure stays in view, and the result is saved once storage works again.
import { expect, test } from '@playwright/test';
import { encodeResult, RESULT_LIMITS } from '../../src/lib/share/index.ts';
import { scoreBounds } from '../../src/lib/quiz/score.ts';
import { fillDisk, holdAppScript, makeRoom } from './support/storage.ts';

const result = (name: string) =>
	encodeResult({
		quizKey: 'quizA1',
		name,
		score: 2200,
		answers: [true, false, true],
		timeMs: 42_000
	});

test('a result storage refuses stays in the table, is named as not saved, and is saved later', async ({
	page
}) => {
	// The class database refuses writes (a full disk) until the test lets it write again.
	await fillDisk(page, { store: 'results' });
	await page.goto('./results/');
	const box = page.getByLabel('Result codes or links');
	await box.fill(result('Ana'));
	await page.getByRole('button', { name: 'Add result' }).click();
	await expect(page.locator('.message')).toHaveText(
		'Ana’s result (2,200 points) is in the table but not saved on this device yet.'
	);
	await expect(page.getByRole('rowheader', { name: 'Ana' })).toBeVisible();
	const alert = page.getByRole('alert');
	await expect(alert).toContainText('One result is not saved on this device yet');

	// A second result while storage still refuses: both wait, and the warning stays.
	await box.fill(result('Ben'));
	await page.getByRole('button', { name: 'Add result' }).click();
	await expect(alert).toContainText('2 results are not saved on this device yet');

	// Space comes back; the page tries again when the device is back online.
	await makeRoom(page);
	await expect(alert).toBeEmpty();
	await page.reload();
	await expect(page.getByRole('rowheader', { name: 'Ana' })).toBeVisible();
	await expect(page.getByRole('rowheader', { name: 'Ben' })).toBeVisible();
});

test('the longest result a code can carry is saved', async ({ page }) => {
	const name = '\u{1D538}'.repeat(RESULT_LIMITS.maxName);
	const code = encodeResult({
		quizKey: 'k'.repeat(RESULT_LIMITS.maxQuizKey),
		name,
		score: scoreBounds(Array<boolean>(RESULT_LIMITS.maxAnswers).fill(true)).max,
		answers: Array<boolean>(RESULT_LIMITS.maxAnswers).fill(true),
		timeMs: RESULT_LIMITS.maxTimeMs
	});
	await page.goto('./results/');
	await page.getByLabel('Result codes or links').fill(code);
	await page.getByRole('button', { name: 'Add result' }).click();
	await expect(page.locator('.message')).toHaveText(/^Added .+’s result \([\d,]+ points\)\.$/);
	await page.reload();
	await expect(page.getByRole('rowheader', { name })).toBeVisible();
});

test('a code pasted before the page is ready is added once it is', async ({ page }) => {
	const releaseScript = await holdAppScript(page);
	await page.goto('./results/', { waitUntil: 'commit' });
	const add = page.getByRole('button', { name: 'Add result' });
	// Until then Add does nothing (a tap would reload the page and lose the code).
	await expect(add).toBeDisabled();
	await page.getByLabel('Result codes or links').fill(result('Cleo'));
	releaseScript();
	await add.click();
	await expect(page.locator('.message')).toHaveText('Added Cleo’s result (2,200 points).');
});

test('names a teacher could mistake are marked, and each Remove says whose result it is', async ({
	page
}) => {
	await page.goto('./results/');
	const box = page.getByLabel('Result codes or links');
	// "Ana" twice, once with a Cyrillic А.
	for (const [name, answers, score] of [
		['Ana', [true, false, true], 2200],
		['\u0410na', [true, true, true], 3300]
	] as const) {
		await box.fill(
			encodeResult({ quizKey: 'quizA1', name, score, answers: [...answers], timeMs: 9_000 })
		);
		await page.getByRole('button', { name: 'Add result' }).click();
		await expect(page.locator('.message')).toHaveText(/^Added /);
	}
	const rows = page.getByRole('rowheader');
	await expect(rows.nth(0)).toHaveText(
		/^\u0410na\s*⚠ looks like another name; mixes Latin and Cyrillic\s*$/
	);
	await expect(rows.nth(1)).toHaveText(/^Ana\s*⚠ looks like another name\s*$/);
	await expect(page.getByRole('button', { name: 'Remove Ana (2,200 points)' })).toHaveCount(1);
	await expect(page.getByRole('button', { name: 'Remove \u0410na (3,300 points)' })).toHaveCount(1);
});

test('thirty codes pasted as one chat message land in the table in one action, with a report per code', async ({
	page
}) => {
	await page.goto('./results/');
	const names = Array.from({ length: 30 }, (_, i) => `Student ${String(i + 1).padStart(2, '0')}`);
	// As a class chat exports it: a time, a name, and the code somewhere in the sentence, some
	// typed in lower case or with spaces instead of dashes, one as a result link.
	const lines = names.map((name, i) => {
		const code = result(name);
		const written =
			i % 3 === 0 ? code.toLowerCase() : i % 3 === 1 ? code.replaceAll('-', ' ') : code;
		return i === 29
			? `[10:${i + 10}] ${name}: http://127.0.0.1/results/#${code}`
			: `[10:${i + 10}] ${name}: my code is ${written} thanks`;
	});
	const typo = result('Zed').replace(/.$/, (last) => (last === '0' ? '1' : '0'));
	await page
		.getByLabel('Result codes or links')
		.fill([...lines, `[11:00] Zed: ${typo}`].join('\n'));
	await page.getByRole('button', { name: 'Add results' }).click();
	await expect(page.locator('.message')).toHaveText(
		'Added 30 results; 1 could not be read (see below).'
	);
	await expect(page.getByRole('rowheader')).toHaveCount(30);
	const report = page.locator('.report');
	await expect(report.locator('li.added')).toHaveCount(30);
	await expect(report.locator('li.damaged')).toHaveText(/could not be read: .*typing mistake/);
	// The same chat again adds nothing twice.
	await page.getByLabel('Result codes or links').fill(lines.slice(0, 5).join('\n'));
	await page.getByRole('button', { name: 'Add results' }).click();
	await expect(page.locator('.message')).toHaveText('Added 0 results; 5 already in the table.');
	await page.reload();
	await expect(page.getByRole('rowheader')).toHaveCount(30);
});

test('a chat export chosen as a file is read; Remove can be undone; another open tab follows', async ({
	page,
	context
}) => {
	await page.goto('./results/');
	const other = await context.newPage();
	await other.goto('./results/');
	await expect(other.getByText('No results yet.')).toBeVisible();
	await page.getByLabel('Read a text file').setInputFiles({
		name: 'chat.txt',
		mimeType: 'text/plain',
		buffer: Buffer.from(`Ana: ${result('Ana')}\nBen: ${result('Ben')}\n`)
	});
	await expect(page.locator('.message')).toHaveText('Added 2 results.');
	// The other tab shows them without a reload.
	await expect(other.getByRole('rowheader')).toHaveCount(2);
	await page.getByRole('button', { name: 'Remove Ana' }).click();
	await expect(page.getByRole('rowheader')).toHaveCount(1);
	await expect(other.getByRole('rowheader')).toHaveCount(1);
	await page.getByRole('button', { name: 'Undo' }).click();
	await expect(page.getByRole('rowheader')).toHaveCount(2);
	await expect(other.getByRole('rowheader')).toHaveCount(2);
	await page.reload();
	await expect(page.getByRole('rowheader', { name: 'Ana' })).toBeVisible();
});
