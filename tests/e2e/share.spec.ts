import { expect, test, type Page } from '@playwright/test';
import { sharedQuizPath } from './support/links.ts';

/** Plays a started run to the end with key 1 and Enter; returns each question's text. */
async function playThrough(page: Page, count: number): Promise<string[]> {
	const seen: string[] = [];
	for (let n = 1; n <= count; n++) {
		await expect(page.getByText(`Question ${n} of ${count}`)).toBeVisible();
		seen.push(
			`${await page.locator('#prompt').innerText()} | ${(await page.locator('.choices button .text').allInnerTexts()).join(' / ')}`
		);
		await page.keyboard.press('1');
		await page.keyboard.press('Enter');
	}
	await expect(page.getByRole('heading', { name: /^Your score/ })).toBeVisible();
	return seen;
}

test('a shared link gives the same quiz in two separate browsers', async ({ browser }) => {
	const path = sharedQuizPath({ title: 'Class 7B — summit', count: 6 });
	const runs = [];
	for (let i = 0; i < 2; i++) {
		const context = await browser.newContext();
		const page = await context.newPage();
		await page.goto(path);
		await expect(page.getByRole('heading', { name: 'Class 7B — summit' })).toBeVisible();
		await expect(page.getByText('6 questions')).toBeVisible();
		await page.getByRole('button', { name: 'Start the quiz' }).click();
		runs.push(await playThrough(page, 6));
		await context.close();
	}
	expect(runs[0]).toHaveLength(6);
	expect(runs[1]).toEqual(runs[0]);
});

test('a link made with other questions says so, and still plays', async ({ page }) => {
	await page.goto(sharedQuizPath({ count: 3 }, 'old001'));
	await expect(page.getByText(/made with an earlier version of the questions/)).toBeVisible();
	await page.getByRole('button', { name: 'Start the quiz' }).click();
	await playThrough(page, 3);
});

test('broken links get a friendly explanation and a way to a normal quiz', async ({ page }) => {
	const errors: string[] = [];
	page.on('pageerror', (error) => errors.push(error.message));
	const good = sharedQuizPath();
	const broken = [
		good.slice(0, -7), // truncated
		good.replace(/#1\./, '#9.'), // unknown version
		good.replace('classSeed42', 'classSeed43'), // tampered
		'./play/#<script>alert(1)</script>',
		'./play/#%E0%A4%A'
	];
	for (const path of broken) {
		await page.goto('about:blank');
		await page.goto(path);
		await expect(page.getByRole('heading', { name: 'This quiz link doesn’t work' })).toBeVisible();
		await expect(page.locator('script:not([src])').filter({ hasText: 'alert' })).toHaveCount(0);
	}
	await page.getByRole('button', { name: 'Play a normal quiz' }).click();
	await expect(page.getByText('Question 1 of 10')).toBeVisible();
	expect(page.url()).not.toContain('#');
	expect(errors).toEqual([]);
});

test.describe('with no connection at first', () => {
	// No service worker: it would answer from its cache and hide the failure.
	test.use({ serviceWorkers: 'block' });

	test('when the questions cannot be fetched, Start says so, and works once they can', async ({
		page
	}) => {
		await page.context().route('**/*.json', (route) => route.abort('internetdisconnected'));
		await page.goto(sharedQuizPath({ title: 'Poor signal' }));
		await page.getByRole('button', { name: 'Start the quiz' }).click();
		await expect(page.getByRole('alert')).toContainText('The questions could not be loaded');
		await expect(page.getByRole('heading', { name: 'Poor signal' })).toBeVisible();

		await page.context().unrouteAll();
		await page.getByRole('button', { name: 'Start the quiz' }).click();
		await expect(page.getByText('Question 1 of 10')).toBeVisible();
	});
});

test('a timed quiz counts down, and an unanswered question counts as wrong', async ({ page }) => {
	await page.clock.install();
	await page.goto(sharedQuizPath({ count: 2, timeLimit: 10 }));
	await expect(page.getByText('10 seconds per question')).toBeVisible();
	await page.getByRole('button', { name: 'Start the quiz' }).click();
	const timer = page.getByRole('timer');
	await expect(timer).toContainText('10 s');
	await page.clock.runFor(4_000);
	// The installed clock also runs in real time: on a busy machine a second may pass meanwhile.
	await expect(timer).toContainText(/\b[56] s/);
	await page.clock.runFor(7_000);
	await expect(page.getByText(/Time is up. The answer:/)).toBeVisible();
	await page.keyboard.press('Enter');
	await page.keyboard.press('1');
	await page.keyboard.press('Enter');
	await expect(page.getByRole('heading', { name: /^Your score/ })).toBeVisible();
	await expect(page.getByText(/no answer \(time ran out\)/)).toBeVisible();
});

test('a student sends a result and it appears in the teacher’s class table', async ({
	browser
}) => {
	const student = await browser.newContext();
	await student.grantPermissions(['clipboard-read', 'clipboard-write']);
	const page = await student.newPage();
	await page.goto(sharedQuizPath({ count: 4, title: 'Summit check' }));
	await page.getByRole('button', { name: 'Start the quiz' }).click();
	await playThrough(page, 4);
	const right = Number(
		(await page.getByText(/\d+ of 4 correct/).innerText()).match(/(\d+) of 4/)![1]
	);
	await expect(page.getByText(/Results are self-reported/)).toBeVisible();
	await page.getByLabel('Your name or nickname').fill('Sam <b>K</b>');
	await page.getByRole('button', { name: 'Make my result code' }).click();
	const code = await page.locator('code.code').innerText();
	expect(code.length).toBeLessThan(60);
	await page.getByRole('button', { name: 'Copy link' }).click();
	const link = await page.evaluate(() => navigator.clipboard.readText());
	expect(link).toMatch(/\/results\/#SQR-/);
	// The teacher can scan it, too.
	await expect(page.getByRole('img', { name: /QR code of your result/ })).toBeVisible();
	await student.close();

	const teacher = await browser.newContext();
	const desk = await teacher.newPage();
	await desk.goto(link);
	await expect(desk.getByText('Added Sam <b>K</b>’s result')).toBeVisible();
	const row = desk.getByRole('row', { name: /Sam <b>K<\/b>/ });
	await expect(row).toContainText(`${right}/4`);
	await expect(desk.getByText(/self-reported/)).toBeVisible();
	// The same code again, read out and typed in lower case without dashes, is not counted twice;
	// the table survives a reload.
	await desk.getByLabel('Result codes or links').fill(code.toLowerCase().replaceAll('-', ''));
	await desk.getByRole('button', { name: 'Add result' }).click();
	await expect(desk.getByText('Sam <b>K</b>’s result was already in the table.')).toBeVisible();
	await desk.reload();
	await expect(desk.getByRole('row', { name: /Sam/ })).toHaveCount(1);
	await expect(desk.locator('.difficulty').getByText('Question 4')).toBeVisible();
	// A mistyped code gets a message, not a crash.
	await desk.getByLabel('Result codes or links').fill(code.slice(0, -2) + 'zz');
	await desk.getByRole('button', { name: 'Add result' }).click();
	await expect(desk.locator('.message.bad')).not.toBeEmpty();
	await teacher.close();
});

test('a reload mid-run comes back to the same question, with the answers given kept', async ({
	page
}) => {
	await page.goto('./play/');
	for (let n = 1; n <= 3; n++) {
		await expect(page.getByText(`Question ${n} of 10`)).toBeVisible();
		await page.keyboard.press('2');
		await page.keyboard.press('Enter');
	}
	await expect(page.getByText('Question 4 of 10')).toBeVisible();
	const fourth = await page.locator('#prompt').innerText();
	const stored = () =>
		page.evaluate(
			() =>
				new Promise<{ cards: number; logs: number; answers: number }>((resolve, reject) => {
					const none = { cards: 0, logs: 0, answers: 0 };
					const open = indexedDB.open('summit-quiz');
					// Never create the database here: the app must be the one to set it up.
					open.onupgradeneeded = () => open.transaction?.abort();
					open.onerror = () =>
						open.error?.name === 'AbortError' ? resolve(none) : reject(open.error);
					open.onsuccess = () => {
						const store = open.result.transaction('progress').objectStore('progress');
						const all = store.getAllKeys();
						const values = store.getAll();
						values.onsuccess = () => {
							open.result.close();
							const keys = all.result.map(String);
							const run = values.result.find(
								(v: { status?: string }) => v && v.status === 'in-progress'
							) as { answers: unknown[] } | undefined;
							resolve({
								// Cards are kept in buckets, arrays of cards (src/lib/storage/buckets.ts).
								cards: values.result
									.filter((_: unknown, i: number) => keys[i].startsWith('cards:'))
									.flat().length,
								logs: keys.filter((k) => k.startsWith('log:')).length,
								answers: run?.answers.length ?? 0
							});
						};
					};
				})
		);
	await expect.poll(stored).toEqual({ cards: 3, logs: 3, answers: 3 });
	await page.reload();
	await expect(page.getByText('Question 4 of 10')).toBeVisible();
	await expect(page.locator('#prompt')).toHaveText(fourth);
	await expect(page.getByText(/^Welcome back: the quiz goes on at question 4/)).toBeVisible();
	await expect.poll(stored).toMatchObject({ cards: 3, logs: 3 });
	// The same run goes on: its record now holds four answers, not a new run's one.
	await page.keyboard.press('2');
	await expect.poll(stored).toEqual({ cards: 4, logs: 4, answers: 4 });
});
