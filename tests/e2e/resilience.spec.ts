// Hundreds of damaged share links and result codes, opened in the real app: each must end in a
// normal page or a friendly message, with no uncaught exception.
import { expect, test, type Page } from '@playwright/test';
import { createRng } from '../../src/lib/quiz/index.ts';
import { sharedQuizPath } from './support/links.ts';

const PIECES = [
	'.',
	'-',
	'_',
	'%',
	'%2',
	'%E2%80',
	'#',
	'<',
	'>',
	'"',
	"'",
	'\u0000',
	'é',
	'😀',
	' ',
	'A',
	'z',
	'9'
];

/** A seeded mutation of `text`: flip, drop, insert, truncate or duplicate characters. */
function mutate(text: string, rng: ReturnType<typeof createRng>): string {
	let out = text;
	for (let n = 1 + rng.int(3); n > 0; n--) {
		const at = rng.int(out.length + 1);
		switch (rng.int(5)) {
			case 0:
				out = out.slice(0, at) + rng.pick(PIECES) + out.slice(at + 1);
				break;
			case 1:
				out = out.slice(0, at) + out.slice(at + 1);
				break;
			case 2:
				out = out.slice(0, at) + rng.pick(PIECES) + out.slice(at);
				break;
			case 3:
				out = out.slice(0, at);
				break;
			default:
				out = out + out.slice(at);
		}
	}
	return out;
}

function watchErrors(page: Page): string[] {
	const errors: string[] = [];
	page.on('pageerror', (error) => errors.push(error.message));
	page.on('console', (message) => {
		if (message.type() === 'error') errors.push(message.text());
	});
	return errors;
}

test('300 mutated and random quiz links end in a quiz or a friendly message', async ({ page }) => {
	const errors = watchErrors(page);
	const rng = createRng('link-resilience');
	const valid = sharedQuizPath({
		title: 'Résumé 😀 <b>bold</b>',
		timeLimit: 30,
		count: 12
	}).replace('./play/#', '');
	await page.goto('./play/');
	await expect(page.getByText('Question 1 of 10')).toBeVisible();
	const outcome = page.getByRole('button', { name: /Start the quiz|Play a normal quiz/ });
	for (let i = 0; i < 300; i++) {
		const fragment =
			i % 3 === 0
				? Array.from({ length: rng.int(80) }, () => rng.pick(PIECES)).join('')
				: mutate(valid, rng);
		await page.evaluate((hash) => (location.hash = hash), fragment || 'x');
		await expect(outcome).toBeVisible();
		// Whatever the link held is shown as text, never as markup.
		await expect(page.locator('main b')).toHaveCount(0);
	}
	expect(errors).toEqual([]);
});

test('200 mutated result codes end in the class table or a friendly message', async ({ page }) => {
	const errors = watchErrors(page);
	const rng = createRng('result-resilience');
	await page.goto('./results/');
	const box = page.getByLabel('Result codes or links');
	const message = page.locator('.message');
	for (let i = 0; i < 200; i++) {
		const code = mutate('r1.Ab3_x-.U2Ft.K3c.CDk.UUy.bTTvZ', rng);
		await box.fill(code.trim() || 'x');
		await page.getByRole('button', { name: 'Add result' }).click();
		await expect(message).not.toBeEmpty();
	}
	expect(errors).toEqual([]);
});

/** A plausible backup, to be damaged. */
function backup(rng: ReturnType<typeof createRng>): Record<string, unknown> {
	const card = (i: number) => ({
		id: `fact-${i}`,
		state: 'review',
		due: '2026-01-08T09:00:00.000Z',
		stability: 3.2,
		difficulty: 5.1,
		scheduled_days: 3,
		learning_steps: 0,
		reps: 2,
		lapses: 0,
		last_review: '2026-01-05T09:00:00.000Z'
	});
	return {
		app: 'summit-quiz',
		schemaVersion: 1,
		exportedAt: '2026-01-05T10:00:00.000Z',
		cards: Array.from({ length: 1 + rng.int(4) }, (_, i) => card(i)),
		log: [],
		runs: [],
		settings: { desiredRetention: 0.9, newPerDay: 10, studyMode: 'choice' }
	};
}

const HOSTILE: unknown[] = [
	null,
	-1,
	1e308,
	'',
	'<img src=x onerror=alert(1)>',
	[],
	{},
	true,
	'x'.repeat(5000)
];

/** Replaces one value somewhere in the document with something hostile or wrong. */
function damage(value: unknown, rng: ReturnType<typeof createRng>): unknown {
	if (Array.isArray(value) && value.length > 0 && rng.int(3) > 0) {
		const copy = [...value];
		const at = rng.int(copy.length);
		copy[at] = damage(copy[at], rng);
		return copy;
	}
	if (value && typeof value === 'object' && !Array.isArray(value) && rng.int(4) > 0) {
		const copy: Record<string, unknown> = { ...value };
		const keys = Object.keys(copy);
		const key = keys[rng.int(keys.length)];
		if (rng.int(5) === 0) delete copy[key];
		else copy[key] = damage(copy[key], rng);
		return copy;
	}
	return rng.pick(HOSTILE);
}

test('120 damaged backup files end in an import report or a friendly message', async ({ page }) => {
	const errors = watchErrors(page);
	const rng = createRng('backup-resilience');
	await page.goto('./progress/');
	const input = page.getByLabel('Choose a backup file…');
	const result = page.getByRole('region', { name: 'Import' }).getByRole('status');
	for (let i = 0; i < 120; i++) {
		const text = JSON.stringify(damage(backup(rng), rng));
		const body = i % 5 === 0 ? text.slice(0, rng.int(text.length)) : text;
		await input.setInputFiles({
			name: `backup-${i}.json`,
			mimeType: 'application/json',
			buffer: Buffer.from(body)
		});
		// Each file gets its own answer: the report or the message names it.
		await expect(result).toContainText(`backup-${i}.json`);
		await expect(result.locator('.notice')).toHaveText(/\S/);
		await expect(page.locator('main img')).toHaveCount(0);
	}
	expect(errors).toEqual([]);
});
