// A teacher's own deck, end to end in a fresh profile: a spreadsheet in the template's columns
// imported at /decks/, checked and previewed, saved, then played, studied and shared, with its
// own title on every page; broken and hostile files refused with nothing stored.
import { readFileSync } from 'node:fs';
import { encodeResult } from '../../src/lib/share/index.ts';
import { expect, test, type Page } from '@playwright/test';
import { parseTable } from '../../src/lib/decks/csv.ts';
import { FACT_COUNT } from './support/links.ts';
import { visitThenGoOffline } from './support/pwa.ts';
import { holdAppScript } from './support/storage.ts';
import { chooseDeckFile, saveCheckedDeck, storedDeckKeys } from './support/decks.ts';

const APOLLO = 'questions/apollo-11.csv';
const TITLE = 'Apollo 11';

test('a 20-fact spreadsheet deck: imported, previewed, saved, played, studied, its title on every page', async ({
	page
}) => {
	const errors: string[] = [];
	page.on('pageerror', (error) => errors.push(error.message));
	await chooseDeckFile(page, 'apollo-11.csv', readFileSync(APOLLO, 'utf8'));

	// The preview: the deck, its questions and the checker's verdict, before anything is saved.
	const check = page.getByRole('region', { name: TITLE });
	await expect(
		check.getByText(/^20 facts, \d+ questions in all · topics: Launch, Crew/)
	).toBeVisible();
	await expect(check.getByText('The question checker found nothing to fix.')).toBeVisible();
	await expect(check.locator('.preview > li')).toHaveCount(20);
	await check.locator('summary', { hasText: 'Who was the commander of Apollo 11?' }).click();
	await expect(check.getByText('Neil Armstrong ✔ right answer').first()).toBeVisible();
	expect(await storedDeckKeys(page)).toEqual([]);

	await check.getByRole('button', { name: 'Save the deck' }).click();
	await expect(check.getByText(`Saved “${TITLE}” on this device.`)).toBeVisible();
	expect((await storedDeckKeys(page)).sort()).toEqual(['deck:apollo-11', 'summary:apollo-11']);
	await expect(
		page.getByRole('region', { name: 'On this device' }).getByRole('heading', { name: TITLE })
	).toBeVisible();

	// Play: the deck's questions, under its title; the nav keeps to the deck.
	await check.getByRole('link', { name: 'Play' }).click();
	await expect(page).toHaveURL(/\/play\/\?deck=apollo-11$/);
	await expect(page).toHaveTitle(`Play · ${TITLE}`);
	await expect(page.locator('.quiz-title')).toHaveText(TITLE);
	const prompts: string[] = [];
	for (let n = 1; n <= 10; n++) {
		await expect(page.getByText(`Question ${n} of 10`)).toBeVisible();
		prompts.push(await page.locator('#prompt').innerText());
		await page.keyboard.press('1');
		await page.keyboard.press('Enter');
	}
	await expect(page.getByRole('heading', { name: /^Your score/ })).toBeVisible();
	expect(prompts.join(' ')).toMatch(/Apollo|Moon|astronaut|lunar|rocket/);
	expect(prompts.join(' ')).not.toMatch(/Putin|Xi Jinping|Kim Jong/);

	// Every page of the deck says which deck it is.
	for (const [label, heading] of [
		['Study', 'Study'],
		['Progress', 'Your progress'],
		['Teach', 'Make a class quiz']
	]) {
		await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: label }).click();
		await expect(page.getByRole('heading', { name: heading, level: 1 })).toBeVisible();
		await expect(page.getByTestId('deck-title')).toHaveText(TITLE);
		await expect(page).toHaveTitle(new RegExp(`· ${TITLE}$`));
	}

	// The run's ten answers were scheduled for this deck's cards, and only for them: its study
	// page waits for those cards (the new-card limit of 10 a day is used up), the built-in deck's
	// offers a new card, and each progress page counts its own.
	await page.goto('./study/?deck=apollo-11');
	await expect(page.getByRole('heading', { name: /^Next card due in/ })).toBeVisible();
	await page.goto('./progress/?deck=apollo-11');
	await expect(page.getByText(/Cards studied\s*10\s*of 20/)).toBeVisible();
	await page.goto('./study/');
	await expect(page.getByText('New card', { exact: true })).toBeVisible();
	await page.goto('./progress/');
	await expect(page.getByText(new RegExp(`Cards studied\\s*0\\s*of ${FACT_COUNT}`))).toBeVisible();
	expect(errors).toEqual([]);
});

/** The example deck grown to `rows` facts, with text that compresses badly: too big for a link. */
function bigDeck(rows: number): string {
	const [header, ...facts] = readFileSync(APOLLO, 'utf8').trimEnd().split('\n');
	const columns = header.split(',');
	let seed = 1;
	const noise = () =>
		Array.from({ length: 120 }, () => {
			seed = (seed * 48271) % 2147483647;
			return 'abcdefghijklmnopqrstuvwxyz'[seed % 26];
		}).join('');
	const lines = Array.from({ length: rows }, (_, n) => {
		const [cells] = parseTable(facts[n % facts.length]).rows;
		cells[columns.indexOf('question')] += ` (part ${n})`;
		cells[columns.indexOf('explanation')] += ` Note ${noise()}.`;
		return cells.map((cell) => `"${cell.replace(/"/g, '""')}"`).join(',');
	});
	return [header, ...lines].join('\n');
}

test('a deck too large for a link: the link names it, the deck file goes first', async ({
	page,
	browser
}) => {
	await chooseDeckFile(page, 'apollo-11.csv', bigDeck(150));
	await saveCheckedDeck(page);
	await page.goto('./compose/?deck=apollo-11');
	await expect(page.getByRole('group', { name: 'Topics' }).getByText('Launch')).toBeVisible();
	await page.getByLabel('Title (optional)').fill('Moon landing check');
	const field = page.getByRole('textbox', { name: 'Quiz link', exact: true });
	await expect(field).toHaveValue(/\/play\/\?deck=apollo-11#1\.[^~]+$/);
	const link = await field.inputValue();
	await expect(page.getByText(/too large to travel inside a link/)).toBeVisible();
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Download the deck file' }).click();
	const file = await (await download).path();
	expect(JSON.parse(readFileSync(file, 'utf8')).facts).toHaveLength(150);

	await page.goto(link);
	await expect(page.getByRole('heading', { name: 'Moon landing check' })).toBeVisible();
	await expect(page.getByText(`Deck: ${TITLE}`)).toBeVisible();
	await page.getByRole('button', { name: 'Start the quiz' }).click();
	await expect(page.getByText('Question 1 of 10')).toBeVisible();

	// A device without the deck is told so plainly; with the file added, the link plays.
	const other = await browser.newContext();
	const student = await other.newPage();
	await student.goto(link);
	await expect(student.getByRole('heading', { name: 'This quiz link doesn’t work' })).toBeVisible();
	await expect(student.getByText(/There is no deck “apollo-11” on this device/)).toBeVisible();
	await chooseDeckFile(student, 'apollo-11.json', readFileSync(file, 'utf8'));
	await saveCheckedDeck(student);
	await student.goto(link);
	await expect(student.getByRole('button', { name: 'Start the quiz' })).toBeVisible();
	await other.close();
});

test('a broken spreadsheet lists every problem by row and column, and nothing is stored', async ({
	page
}) => {
	const broken = readFileSync(APOLLO, 'utf8')
		.replace('Baikonur Cosmodrome', 'Kennedy Space Center')
		.replace('Who was the commander of Apollo 11?', '');
	await chooseDeckFile(page, 'apollo-broken.csv', broken);
	const alert = page.getByRole('alert');
	await expect(alert).toHaveText(/2 problems:\s+nothing was saved/);
	const problems = page.locator('.problems li');
	await expect(problems).toHaveCount(2);
	await expect(problems.nth(0)).toHaveText('Row 2, column “wrong 1”: is the same as the answer');
	await expect(problems.nth(1)).toHaveText('Row 5, column “question”: must not be empty');
	await expect(page.getByRole('button', { name: 'Save the deck' })).toHaveCount(0);
	expect(await storedDeckKeys(page)).toEqual([]);
});

test('files chosen before the page has finished loading are still read', async ({ page }) => {
	// Hold back the app's script, as a slow phone would, so the files are chosen first.
	const releaseScript = await holdAppScript(page);
	await page.goto('./decks/', { waitUntil: 'commit' });
	await page.getByLabel('Choose a file').setInputFiles({
		name: 'apollo-11.csv',
		mimeType: 'text/csv',
		buffer: readFileSync(APOLLO)
	});
	await page.getByLabel('Restore a backup of every deck…').setInputFiles({
		name: 'one-deck.json',
		mimeType: 'application/json',
		buffer: Buffer.from(JSON.stringify({ app: 'summit-quiz', schemaVersion: 2, cards: [] }))
	});
	releaseScript();
	await expect(
		page.getByRole('region', { name: TITLE }).getByRole('button', { name: 'Save the deck' })
	).toBeVisible();
	await expect(
		page.getByText(
			/Nothing was restored from one-deck\.json: it is a backup of one deck’s progress/
		)
	).toBeVisible();
});

test('hostile deck files: refused or shown as text, never run, nothing stored', async ({
	page
}) => {
	await page.addInitScript(() => ((window as unknown as { pwned: number }).pwned = 0));
	const hostile: [string, string][] = [
		['deep.json', '['.repeat(200_000) + ']'.repeat(200_000)],
		['proto.json', '{"__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":1}}}'],
		['not-a-deck.json', '{"version":2,"id":"x","title":"<img src=x onerror=pwned=1>"}'],
		['binary.csv', '\u0000\u0001PK\u0003\u0004'],
		['script.csv', 'topic,question\n<script>pwned=1</script>,<img src=x onerror=pwned=1>']
	];
	for (const [name, text] of hostile) {
		await chooseDeckFile(page, name, text);
		await expect(page.getByRole('alert'), name).toHaveText(/nothing\s+was\s+saved/);
	}
	// A valid deck whose text is markup: saved, and shown as the words it is.
	const apollo = readFileSync(APOLLO, 'utf8').replace(
		'Who was the commander of Apollo 11?',
		'Who was the <img src=x onerror=pwned=1> commander of Apollo 11?'
	);
	await chooseDeckFile(page, 'markup.csv', apollo);
	await saveCheckedDeck(page, 'Markup');
	await page.goto('./decks/');
	await expect(page.getByRole('heading', { name: 'Markup' })).toBeVisible();
	expect(await page.evaluate(() => (window as unknown as { pwned: number }).pwned)).toBe(0);
	expect(await page.evaluate(() => (({}) as Record<string, unknown>).polluted)).toBeUndefined();
	expect((await storedDeckKeys(page)).sort()).toEqual(['deck:markup', 'summary:markup']);
});

test('delete a deck, then undo', async ({ page }) => {
	await chooseDeckFile(page, 'apollo-11.csv', readFileSync(APOLLO, 'utf8'));
	await saveCheckedDeck(page);
	await page.goto('./decks/');
	await page.getByRole('button', { name: `Delete ${TITLE}` }).click();
	await expect(page.getByText(`Deleted “${TITLE}”.`)).toBeVisible();
	expect(await storedDeckKeys(page)).toEqual([]);
	await page.getByRole('button', { name: 'Undo' }).click();
	await expect(page.getByRole('heading', { name: TITLE })).toBeVisible();
	expect((await storedDeckKeys(page)).sort()).toEqual(['deck:apollo-11', 'summary:apollo-11']);
});

test('the deck lists in other tabs follow what is saved and deleted in one', async ({
	page,
	context
}) => {
	const home = await context.newPage();
	await home.goto('./');
	const decks = await context.newPage();
	await decks.goto('./decks/');
	await expect(decks.getByRole('heading', { name: TITLE })).toHaveCount(0);

	await chooseDeckFile(page, 'apollo-11.csv', readFileSync(APOLLO, 'utf8'));
	await saveCheckedDeck(page);
	await expect(decks.getByRole('heading', { name: TITLE })).toBeVisible();
	await expect(home.getByRole('link', { name: new RegExp(TITLE) }).first()).toBeVisible();

	await page.getByRole('button', { name: 'Write a new deck' }).click();
	await expect(page.getByRole('heading', { name: 'Edit “My deck”' })).toBeVisible();
	await expect(decks.getByRole('heading', { name: 'My deck' })).toBeVisible();

	await page.goto('./decks/');
	await page.getByRole('button', { name: `Delete ${TITLE}` }).click();
	await expect(decks.getByRole('heading', { name: TITLE })).toHaveCount(0);
	await expect(home.getByRole('link', { name: new RegExp(TITLE) })).toHaveCount(0);
});

/** Plays `count` questions of the quiz on `page`, answering 1, 2, 3…; returns prompt and options. */
async function playQuiz(page: Page, count: number): Promise<string[]> {
	await page.getByRole('button', { name: 'Start the quiz' }).click();
	const seen: string[] = [];
	for (let n = 1; n <= count; n++) {
		await expect(page.getByText(`Question ${n} of ${count}`)).toBeVisible();
		const options = await page.locator('.choices button .text').allInnerTexts();
		seen.push(`${await page.locator('#prompt').innerText()} | ${options.join(' / ')}`);
		await page.keyboard.press(String(((n - 1) % 4) + 1));
		await page.keyboard.press('Enter');
	}
	await expect(page.getByRole('heading', { name: /^Your score/ })).toBeVisible();
	return seen;
}

test('a deck travels inside its quiz link: a fresh profile, offline, plays the same questions and keeps the deck', async ({
	page,
	browser
}) => {
	await chooseDeckFile(page, 'apollo-11.csv', readFileSync(APOLLO, 'utf8'));
	await saveCheckedDeck(page);
	await page.goto('./compose/?deck=apollo-11');
	await page.getByLabel('Title (optional)').fill('Moon check');
	await page.getByLabel('Number of questions').fill('5');
	const field = page.getByRole('textbox', { name: 'Quiz link', exact: true });
	await expect(field).toHaveValue(/\/play\/#1\.[^~]+~d1\./);
	const link = await field.inputValue();
	expect(link).not.toContain('?deck=');
	expect(link.length).toBeLessThanOrEqual(8_192);
	// Coming back to the Teach page gives the same link, the deck still inside it.
	await page.reload();
	await expect(field).toHaveValue(link);
	await expect(
		page.getByText(/The link carries the deck itself \([\d,]+ characters\)/)
	).toBeVisible();
	await expect(page.getByText(/No QR code: this link is too long/)).toBeVisible();
	const teacher = await (async () => {
		await page.goto(link);
		return playQuiz(page, 5);
	})();

	const context = await browser.newContext();
	const student = await context.newPage();
	await visitThenGoOffline(context, student);
	await student.goto(link);
	await expect(student.getByRole('heading', { name: 'Moon check' })).toBeVisible();
	await expect(student.getByText(`Deck: ${TITLE}`)).toBeVisible();
	expect(await storedDeckKeys(student)).toEqual([]);
	expect(await playQuiz(student, 5)).toEqual(teacher);

	await student.getByRole('button', { name: 'Keep this deck to study' }).click();
	await expect(student.getByText(`“${TITLE}” is kept on this device.`)).toBeVisible();
	expect((await storedDeckKeys(student)).sort()).toEqual(['deck:apollo-11', 'summary:apollo-11']);
	await student.getByRole('link', { name: 'Study it' }).click();
	await expect(student.getByTestId('deck-title')).toHaveText(TITLE);
	// Still offline: the kept deck opens from this device, a reload included.
	await student.reload();
	await expect(student.getByTestId('deck-title')).toHaveText(TITLE);
	await expect(
		student.getByRole('heading', { name: /^Next card due in|^Study$/ }).first()
	).toBeVisible();
	await context.close();
});

test('a damaged or cut deck link says so, and stores nothing', async ({ page }) => {
	await chooseDeckFile(page, 'apollo-11.csv', readFileSync(APOLLO, 'utf8'));
	await saveCheckedDeck(page);
	await page.goto('./compose/?deck=apollo-11');
	const field = page.getByRole('textbox', { name: 'Quiz link', exact: true });
	await expect(field).toHaveValue(/~d1\./);
	const link = await field.inputValue();
	const at = link.indexOf('~d1.') + 300;
	const flipped = link.slice(0, at) + (link[at] === 'A' ? 'B' : 'A') + link.slice(at + 1);
	const cut = link.slice(0, link.length - 700);

	const context = await page.context().browser()!.newContext();
	const student = await context.newPage();
	for (const [broken, words] of [
		[flipped, /changed or damaged/],
		[cut, /incomplete/]
	] as const) {
		await student.goto(broken);
		await expect(
			student.getByRole('heading', { name: 'This quiz link doesn’t work' })
		).toBeVisible();
		await expect(student.getByText(words)).toBeVisible();
	}
	expect(await storedDeckKeys(student)).toEqual([]);
	await context.close();
});

test('every deck and all progress move to another device in one file; then everything is deleted', async ({
	page,
	browser
}) => {
	await chooseDeckFile(page, 'apollo-11.csv', readFileSync(APOLLO, 'utf8'));
	await saveCheckedDeck(page);
	// A run of ten in the Apollo deck and one in the built-in deck.
	for (const [deck, of] of [
		['?deck=apollo-11', 20],
		['', FACT_COUNT]
	] as const) {
		await page.goto(`./play/${deck}`);
		for (let n = 1; n <= 10; n++) {
			await expect(page.getByText(`Question ${n} of 10`)).toBeVisible();
			await page.keyboard.press('1');
			await page.keyboard.press('Enter');
		}
		// Leaving the page before the run is stored would lose answers still being written.
		await expect(page.getByText(/^Saved on this device\./)).toBeVisible();
		await page.goto(`./progress/${deck}`);
		await expect(page.getByText(new RegExp(`Cards studied\\s*10\\s*of ${of}`))).toBeVisible();
	}
	// A class result goes along too.
	await page.goto('./results/');
	await page
		.getByLabel('Result codes or links')
		.fill(
			encodeResult({ quizKey: 'quizA1', name: 'Ana', score: 1000, answers: [true], timeMs: 5_000 })
		);
	await page.getByRole('button', { name: 'Add results' }).click();
	await expect(page.getByText('Added Ana’s result (1,000 points).')).toBeVisible();
	// A deck only begun in the editor goes along too.
	await page.goto('./decks/');
	await page.getByRole('button', { name: 'Write a new deck' }).click();
	await expect(page.getByRole('heading', { name: 'Edit “My deck”' })).toBeVisible();
	await page.goto('./decks/');
	const downloading = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Back up every deck' }).click();
	const download = await downloading;
	expect(download.suggestedFilename()).toMatch(
		/^summit-quiz-backup-all-decks-\d{4}-\d{2}-\d{2}\.json$/
	);
	await expect(
		page.getByText(
			/: 3 decks, 20 cards, 20 reviews and 2 runs; unfinished changes to 1 deck; 1 class result and 0 shared quizzes\.$/
		)
	).toBeVisible();
	const file = await download.path();

	const other = await browser.newContext();
	const laptop = await other.newPage();
	await laptop.goto('./decks/');
	await laptop.getByLabel('Restore a backup of every deck…').setInputFiles(file);
	const report = laptop.getByRole('status').filter({ hasText: 'Restored' });
	await expect(report).toContainText('Nothing on this device was deleted.');
	await expect(report).toContainText(
		'Apollo 11: deck added; progress added: 10 cards, 10 reviews, 1 run.'
	);
	await expect(report).toContainText(
		/September 2025: progress added: 10 cards, 10 reviews, 1 run\./
	);
	await expect(report).toContainText('My deck: unfinished changes added.');
	await expect(report).toContainText('Class results: 1 added.');
	await expect(laptop.getByRole('heading', { name: 'My deck' })).toBeVisible();
	await expect(laptop.getByRole('heading', { name: TITLE })).toBeVisible();
	await laptop.goto('./progress/?deck=apollo-11');
	await expect(laptop.getByText(/Cards studied\s*10\s*of 20/)).toBeVisible();

	// A one-deck backup is not taken for everything, and says where it goes.
	await laptop.goto('./decks/');
	await laptop.getByLabel('Restore a backup of every deck…').setInputFiles({
		name: 'one-deck.json',
		mimeType: 'application/json',
		buffer: Buffer.from(JSON.stringify({ app: 'summit-quiz', schemaVersion: 2, cards: [] }))
	});
	await expect(
		laptop.getByText(
			/Nothing was restored from one-deck\.json: it is a backup of one deck’s progress/
		)
	).toBeVisible();

	await laptop.getByRole('button', { name: 'Delete every deck and all progress…' }).click();
	await laptop.getByRole('button', { name: 'Delete everything' }).click();
	await expect(
		laptop.getByText(
			'Deleted 2 decks, all progress, the class results and the list of quizzes shared on this device.'
		)
	).toBeVisible();
	await laptop.goto('./results/');
	await expect(laptop.getByText(/^No results yet/)).toBeVisible();
	await expect(laptop.getByRole('heading', { name: TITLE })).toHaveCount(0);
	expect(await storedDeckKeys(laptop)).toEqual([]);
	await laptop.goto('./progress/');
	await expect(
		laptop.getByText(new RegExp(`Cards studied\\s*0\\s*of ${FACT_COUNT}`))
	).toBeVisible();
	await other.close();
});
