// Study mode in the browser: both ways of showing cards, progress kept across reloads, and the
// FSRS schedule as a learner meets it when time passes (Playwright's fake clock).
import { expect, test, type Page } from '@playwright/test';
import { lexiconOf } from '../../src/lib/facts/index.ts';
import { builtFactSet } from '../../scripts/lib/shared-link.ts';
import { FACT_COUNT, sharedQuizPath } from './support/links.ts';
import { dueInDatabase, reviewsInDatabase } from './support/storage.ts';

// What a learner who knows the article knows: each question's answer and every true statement.
const factSet = builtFactSet()!;
const lexicon = lexiconOf(factSet);
const shown = (fact: (typeof factSet.facts)[number]) =>
	lexicon.show(fact.answer, fact.answer.value);
const answerTo = new Map(factSet.facts.map((f) => [f.question, shown(f)]));
const trueStatements = new Set(factSet.facts.map((f) => f.statement.replace('{answer}', shown(f))));

const T0 = new Date('2025-09-10T08:00:00+02:00');
const MINUTE = 60_000;
const DAY = 86_400_000;

test.use({ timezoneId: 'Europe/Berlin' });

const prompt = (page: Page) => page.locator('#study-prompt');
/** The number in one of the boxes above the card ("Due now", "New left today", ...). */
const count = (page: Page, label: string) =>
	page
		.locator('.counts div')
		.filter({ has: page.getByText(label, { exact: true }) })
		.locator('dd');

/** Index of the right option of the question on screen. */
async function rightOption(page: Page): Promise<number> {
	const question = await prompt(page).innerText();
	const options = await page.locator('.choices .text').allInnerTexts();
	const index = options.findIndex((text) =>
		answerTo.has(question) ? text === answerTo.get(question) : trueStatements.has(text)
	);
	expect(index, `a right option for "${question}"`).toBeGreaterThanOrEqual(0);
	return index;
}

/** Answers the multiple-choice card on screen by its key, right or wrong, then moves on with Enter. */
async function answerChoice(page: Page, right = true) {
	// The hint shows only while the card on screen is unanswered.
	await expect(page.getByText('Choose with a tap, a click, or the keys 1–4.')).toBeVisible();
	const correct = await rightOption(page);
	const index = right ? correct : (correct + 1) % 4;
	await page.keyboard.press(String(index + 1));
	await expect(page.getByText(right ? 'Correct!' : /^✗ Not quite/)).toBeVisible();
	await expect(page.getByRole('button', { name: /Next card/ })).toBeFocused();
	await page.keyboard.press('Enter');
}

test('cards studied in both modes stay studied after a reload', async ({ page }) => {
	await page.clock.install({ time: T0 });
	await page.clock.pauseAt(T0.getTime() + MINUTE);
	await page.goto('./study/');
	await expect(count(page, 'New left today')).toHaveText('10');
	await expect(page.getByText('New card', { exact: true })).toBeVisible();
	await expect(prompt(page)).toBeFocused();

	await answerChoice(page);
	await answerChoice(page, false);

	await page.getByRole('radio', { name: 'Flashcards' }).check();
	await expect(page.getByRole('button', { name: /Show answer/ })).toBeVisible();
	await page.getByRole('button', { name: /Show answer/ }).click();
	await expect(page.getByText('How well did you remember it?')).toBeVisible();
	await page.getByRole('button', { name: /^Easy/ }).click();
	// The next flashcard by keyboard alone: Space shows the answer, 3 grades it Good.
	await expect(prompt(page)).toBeFocused();
	await page.keyboard.press('Space');
	await expect(page.getByText('How well did you remember it?')).toBeVisible();
	await page.keyboard.press('3');
	await expect(page.getByText('Good. Back in 10 min.')).toBeAttached();

	await expect(count(page, 'New left today')).toHaveText('6');
	await page.reload();
	await expect(count(page, 'New left today')).toHaveText('6');
	await expect(page.getByRole('radio', { name: 'Flashcards' })).toBeChecked();
	// The missed card, the one picked right (Good) and the one graded Good come back within
	// minutes; the one graded Easy in days.
	await expect(count(page, 'Due later today')).toHaveText('3');

	await page.goto('./progress/');
	const studied = page.locator('.stats div').filter({ hasText: 'Cards studied' });
	await expect(studied.locator('dd')).toHaveText(`4 of ${FACT_COUNT}`);
	await expect(page.locator('.stats div').filter({ hasText: /^New/ }).locator('dd')).toHaveText(
		String(FACT_COUNT - 4)
	);
});

test('ten new cards answered right come back in 10 minutes, then days later exactly when scheduled', async ({
	page
}) => {
	await page.clock.install({ time: T0 });
	const start = T0.getTime() + MINUTE;
	await page.clock.pauseAt(start);
	await page.goto('./study/');
	await expect(count(page, 'New left today')).toHaveText('10');

	// Each answered right, some at once and some after 10 seconds: all rated Good, however fast,
	// so all come back in 10 minutes (a quick pick among four options is not "no effort").
	for (let n = 1; n <= 10; n++) {
		await expect(page.getByText('Choose with a tap, a click, or the keys 1–4.')).toBeVisible();
		await expect(page.getByText('New card', { exact: true })).toBeVisible();
		if (n <= 3) await page.clock.runFor(10_000);
		await answerChoice(page);
	}
	await expect(page.getByRole('heading', { name: 'Next card due in 10 min' })).toBeFocused();
	await expect(count(page, 'Due now')).toHaveText('0');
	await expect(count(page, 'Due later today')).toHaveText('10');

	// Ten minutes later all ten come back by themselves, before the session ends.
	await page.clock.fastForward(10 * MINUTE);
	for (let n = 1; n <= 10; n++) {
		await expect(page.getByText('Back again', { exact: true })).toBeVisible();
		await answerChoice(page);
	}
	await expect(page.getByRole('heading', { name: 'You’re done for now' })).toBeFocused();
	await expect(
		page.getByText('You studied 10 cards (10 new) with 20 answers: 20 right')
	).toBeVisible();
	await expect(count(page, 'Due now')).toHaveText('0');
	await expect(count(page, 'Due later today')).toHaveText('0');
	await expect(count(page, 'New left today')).toHaveText('0');

	// The forecast's first day with reviews shows what will be due then, and nothing is due before.
	const forecast = page.getByRole('table', { name: 'Reviews due per day' });
	const perDay = (await forecast.getByRole('row').allInnerTexts())
		.slice(1)
		.map((row) => Number(row.trim().split(/\s+/).at(-1)));
	const day = perDay.findIndex((due) => due > 0);
	expect(day).toBeGreaterThan(0);
	const expected = perDay[day];
	expect(expected).toBe(10);
	// Midnight of T0's day where the page runs (Berlin, summer time throughout).
	const dayStart = Date.parse('2025-09-10T00:00:00+02:00');
	const later = dayStart + day * DAY + 23 * 60 * MINUTE;
	expect(await dueInDatabase(page, later)).toBe(expected);
	expect(await dueInDatabase(page, dayStart + day * DAY - MINUTE)).toBe(0);

	await page.clock.pauseAt(later);
	await page.reload();
	await expect(count(page, 'Due now')).toHaveText(String(expected));
	await expect(count(page, 'New left today')).toHaveText('10');
	for (let n = 1; n <= expected; n++) {
		await expect(page.getByText('Review', { exact: true })).toBeVisible();
		await answerChoice(page);
	}
	await expect(page.getByText('New card', { exact: true })).toBeVisible();
	await expect(count(page, 'Due now')).toHaveText('0');
});

test('a card answered wrong comes back in the same session', async ({ page }) => {
	await page.clock.install({ time: T0 });
	await page.clock.pauseAt(T0.getTime() + MINUTE);
	await page.goto('./study/');

	await answerChoice(page, false);
	for (let n = 2; n <= 10; n++) await answerChoice(page);
	// The missed card comes back in a minute, the nine picked right in ten.
	await expect(page.getByRole('heading', { name: 'Next card due in 1 min' })).toBeVisible();
	await expect(count(page, 'Due later today')).toHaveText('10');

	await page.clock.fastForward(MINUTE);
	await expect(page.getByText('Back again')).toBeVisible();
	await expect(prompt(page)).toBeFocused();
	await answerChoice(page);
	await expect(page.getByRole('heading', { name: 'Next card due in 9 min' })).toBeVisible();
	await expect(count(page, 'Due later today')).toHaveText('10');
});

test('a flashcard missed by its grade comes back; the live region says when', async ({ page }) => {
	await page.clock.install({ time: T0 });
	await page.clock.pauseAt(T0.getTime() + MINUTE);
	await page.goto('./study/');
	await page.getByRole('radio', { name: 'Flashcards' }).check();
	await page.getByRole('button', { name: /Show answer/ }).click();
	const first = await page.locator('#study-answer').innerText();
	await page.keyboard.press('1');
	await expect(page.getByText('Again. Back in 1 min.')).toBeAttached();
	for (let n = 2; n <= 10; n++) {
		await expect(prompt(page)).toBeFocused();
		await page.keyboard.press('Space');
		await page.keyboard.press('4');
	}
	await expect(page.getByRole('heading', { name: 'Next card due in 1 min' })).toBeVisible();
	await page.clock.fastForward(MINUTE);
	await expect(page.getByText('Back again')).toBeVisible();
	await page.keyboard.press('Space');
	await expect(page.locator('#study-answer')).toHaveText(first);
	await page.keyboard.press('3');
	await expect(page.getByRole('heading', { name: 'Next card due in 10 min' })).toBeVisible();
	await page.getByRole('button', { name: 'Stop for now' }).click();
	await expect(page.getByRole('heading', { name: 'You’re done for now' })).toBeFocused();
	await expect(page.getByText('Again 1 · Hard 0 · Good 1 · Easy 9')).toBeVisible();
});

test('the first finished session asks the browser, once, to keep progress', async ({ page }) => {
	// Counts the calls; `persisted` is the first, synchronous step of asking (see durability.ts).
	await page.addInitScript(() => {
		const calls = { persisted: 0, persist: 0 };
		Object.assign(window, { storageCalls: calls });
		navigator.storage.persisted = () => {
			calls.persisted += 1;
			return Promise.resolve(false);
		};
		navigator.storage.persist = () => {
			calls.persist += 1;
			return Promise.resolve(true);
		};
	});
	const calls = () =>
		page.evaluate(() => (window as unknown as { storageCalls: object }).storageCalls);
	await page.clock.install({ time: T0 });
	await page.clock.pauseAt(T0.getTime() + MINUTE);
	await page.goto('./study/');
	await page.getByRole('radio', { name: 'Flashcards' }).check();
	await page.getByRole('button', { name: /Show answer/ }).click();
	for (let n = 1; n <= 10; n++) {
		await expect(page.getByText('How well did you remember it?')).toBeVisible();
		expect(await calls()).toEqual({ persisted: 0, persist: 0 });
		await page.keyboard.press('4');
		if (n < 10) {
			await expect(prompt(page)).toBeFocused();
			await page.keyboard.press('Space');
		}
	}
	await expect(page.getByRole('heading', { name: 'You’re done for now' })).toBeVisible();
	await expect.poll(calls).toEqual({ persisted: 1, persist: 1 });

	// Days later, a second finished session does not ask again.
	await page.clock.pauseAt(T0.getTime() + 10 * DAY);
	await page.reload();
	await expect(count(page, 'Due now')).toHaveText('10');
	for (let n = 1; n <= 20; n++) {
		await expect(prompt(page)).toBeFocused();
		await page.keyboard.press('Space');
		await page.keyboard.press('4');
	}
	await expect(page.getByRole('heading', { name: 'You’re done for now' })).toBeVisible();
	await expect(page.getByText('You studied 20 cards (10 new) with 20 answers.')).toBeVisible();
	expect(await calls()).toEqual({ persisted: 0, persist: 0 });
});

test('a clock put back a day, then forward a week, loses no answer', async ({ page }) => {
	const errors: string[] = [];
	page.on('pageerror', (error) => errors.push(error.message));
	// The same shared quiz three times: the same ten cards, reviewed at each clock's time.
	const path = sharedQuizPath({ title: 'Clock test', count: 10 });
	let expected = 0;
	for (const [index, time] of [
		T0.getTime(),
		T0.getTime() - DAY,
		T0.getTime() + 7 * DAY
	].entries()) {
		await page.clock.setSystemTime(time);
		// A page of its own each time (the same address twice would only move within the page).
		await page.goto('./');
		await page.goto(path);
		// A shared quiz once finished shows its result again; taking it again is the next try.
		await page
			.getByRole('button', {
				name: index === 0 ? 'Start the quiz' : `Take this quiz again (try ${index + 1})`
			})
			.click();
		for (let n = 1; n <= 10; n++) {
			await expect(page.getByText(`Question ${n} of 10`)).toBeVisible();
			await page.keyboard.press('1');
			await page.keyboard.press('Enter');
		}
		await expect(page.getByText(/^Saved on this device\./)).toBeVisible();
		expected += 10;
		expect(await reviewsInDatabase(page)).toBe(expected);
	}
	// Study opens on cards reviewed "in the future" and goes on answering them.
	await page.clock.setSystemTime(T0.getTime() - 2 * DAY);
	await page.goto('./study/');
	await answerChoice(page);
	expect(await reviewsInDatabase(page)).toBe(expected + 1);
	expect(errors).toEqual([]);
});
