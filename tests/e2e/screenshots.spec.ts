// Screenshots of every page and key state, phone and desktop, light and dark, into screenshots/
// (not committed) for a person to look at. Each also checks the page never scrolls sideways, also
// at 200% zoom (a 1280 × 800 screen zoomed to 200% lays pages out 640 CSS pixels wide).
import { expect, test, type Page } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { sharedQuizPath } from './support/links.ts';
import { encodeResult } from '../../src/lib/share/index.ts';
import { scoreBounds } from '../../src/lib/quiz/score.ts';
import { PAGE_READY } from './support/pages.ts';

const VIEWPORTS = [
	{ name: 'phone', width: 360, height: 740, deviceScaleFactor: 1 },
	{ name: 'desktop', width: 1280, height: 800, deviceScaleFactor: 1 },
	{ name: 'zoom200', width: 640, height: 400, deviceScaleFactor: 2 }
] as const;
/**
 * In CI the sweep is light only: the sideways-scroll check is the same in both schemes, and dark
 * pages are checked by axe (a11y.spec.ts); a person's sweep (`npx playwright test
 * tests/e2e/screenshots.spec.ts` outside CI) takes both, to look at.
 */
const SCHEMES = process.env.CI ? (['light'] as const) : (['light', 'dark'] as const);

interface Shot {
	name: string;
	path: string;
	/** Brings the page into the state to capture. */
	prepare?: (page: Page) => Promise<void>;
}

const routeBuilt = (route: string) => existsSync(`build/${route}/index.html`);

const SHOTS: Shot[] = [
	{ name: 'home', path: './' },
	{
		name: 'question',
		path: './play/',
		prepare: (page) => expect(page.getByText('Question 1 of 10')).toBeVisible()
	},
	{
		name: 'answered',
		path: './play/',
		prepare: async (page) => {
			await expect(page.getByText('Question 1 of 10')).toBeVisible();
			await page.keyboard.press('2');
		}
	},
	{
		name: 'run-results',
		path: './play/',
		prepare: async (page) => {
			for (let n = 1; n <= 10; n++) {
				await expect(page.getByText(`Question ${n} of 10`)).toBeVisible();
				await page.keyboard.press(String((n % 4) + 1));
				await page.keyboard.press('Enter');
			}
			await expect(page.getByRole('heading', { name: /^Your score/ })).toBeVisible();
		}
	},
	{
		name: 'shared-intro',
		path: sharedQuizPath({ title: 'Class 7B: the Beijing summit', timeLimit: 20 }),
		prepare: (page) => expect(page.getByRole('button', { name: 'Start the quiz' })).toBeVisible()
	},
	{
		name: 'shared-timed',
		path: sharedQuizPath({ title: 'Class 7B: the Beijing summit', timeLimit: 20 }),
		prepare: async (page) => {
			await page.getByRole('button', { name: 'Start the quiz' }).click();
			await expect(page.getByRole('timer')).toBeVisible();
		}
	},
	{
		name: 'shared-result',
		path: sharedQuizPath({ count: 3, title: 'Class 7B: the Beijing summit' }),
		prepare: async (page) => {
			await page.getByRole('button', { name: 'Start the quiz' }).click();
			for (let n = 1; n <= 3; n++) {
				await expect(page.getByText(`Question ${n} of 3`)).toBeVisible();
				await page.keyboard.press(String(n));
				await page.keyboard.press('Enter');
			}
			await page.getByLabel('Your name or nickname').fill('Ana');
			await page.getByRole('button', { name: 'Make my result code' }).click();
			await expect(page.getByRole('img', { name: /QR code of your result/ })).toBeVisible();
		}
	},
	{
		name: 'class-table',
		path: './compose/',
		prepare: async (page) => {
			await page.getByLabel(/^Title/).fill('Class 7B: the Beijing summit');
			await page.getByLabel('Number of questions').fill('6');
			await page.getByRole('button', { name: 'Show full screen' }).first().click();
			await page.getByRole('button', { name: 'Close' }).click();
			const results = page.getByRole('link', { name: 'Results (0)' });
			const key = new URL((await results.getAttribute('href'))!, page.url()).searchParams.get(
				'quiz'
			)!;
			const students: [string, boolean[], boolean[]?][] = [
				['Ana', [true, true, false, true, true, true]],
				['Ben', [true, false, false, true, false, true], [false, false, true, false, false, false]],
				['Chiara Rossi-Bianchi', [false, true, true, true, true, false]]
			];
			const codes = students.map(([name, answers, timedOut]) =>
				encodeResult({
					quizKey: key,
					name,
					answers,
					timedOut,
					score: scoreBounds(answers).min,
					timeMs: 61_000
				})
			);
			await results.click();
			await page.getByLabel('Result codes or links').fill(codes.join('\n') + '\nSQR-2BAD0-CODE1');
			await page.getByRole('button', { name: 'Add results' }).click();
			await expect(page.getByRole('rowheader')).toHaveCount(3);
		}
	},
	{
		name: 'broken-link',
		path: './play/#1.not-a-real-link',
		prepare: (page) => expect(page.getByText('This quiz link doesn’t work')).toBeVisible()
	},
	{
		name: 'decks-page',
		path: './decks/',
		prepare: (page) => expect(page.getByRole('heading', { name: 'Add a deck' })).toBeVisible()
	},
	{
		name: 'deck-preview',
		path: './decks/',
		prepare: async (page) => {
			await importApollo(page);
			await page.locator('summary', { hasText: 'Who was the commander of Apollo 11?' }).click();
		}
	},
	{
		name: 'deck-problems',
		path: './decks/',
		prepare: async (page) => {
			const broken = APOLLO.replace('Baikonur Cosmodrome', 'Kennedy Space Center');
			await page.getByLabel('Choose a file').setInputFiles({
				name: 'apollo-broken.csv',
				mimeType: 'text/csv',
				buffer: Buffer.from(broken.replace('Who was the commander of Apollo 11?', ''))
			});
			await expect(page.getByRole('alert')).toBeVisible();
		}
	},
	{
		name: 'deck-question',
		path: './decks/',
		prepare: async (page) => {
			await importApollo(page);
			await page.getByRole('button', { name: 'Save the deck' }).click();
			await expect(page.getByText('Saved “Apollo 11” on this device.')).toBeVisible();
			await page.goto('./play/?deck=apollo-11');
			await expect(page.getByText('Question 1 of 10')).toBeVisible();
			await page.keyboard.press('1');
		}
	},
	{
		name: 'deck-compose',
		path: './decks/',
		prepare: async (page) => {
			await importApollo(page);
			await page.getByRole('button', { name: 'Save the deck' }).click();
			await expect(page.getByText('Saved “Apollo 11” on this device.')).toBeVisible();
			await page.goto('./compose/?deck=apollo-11');
			await expect(page.getByText(/The link carries the deck itself/)).toBeVisible();
		}
	},
	{
		name: 'deck-editor',
		path: './decks/',
		prepare: async (page) => {
			await importApollo(page);
			await page.getByRole('button', { name: 'Save the deck' }).click();
			await expect(page.getByText('Saved “Apollo 11” on this device.')).toBeVisible();
			await page.goto('./decks/edit/?deck=apollo-11');
			await page.getByRole('button', { name: /^1\. / }).click();
			// A problem, to show how one reads.
			await page.getByRole('textbox', { name: 'Question', exact: true }).fill('');
			await expect(page.getByRole('heading', { name: 'One problem to fix' })).toBeVisible();
		}
	},
	{
		name: 'deck-new',
		path: './decks/',
		prepare: async (page) => {
			await page.getByRole('button', { name: 'Write a new deck' }).click();
			await page.getByRole('button', { name: /^1\. New fact/ }).click();
			await expect(
				page.getByRole('heading', { name: 'One problem to fix, one fact to finish' })
			).toBeVisible();
		}
	},
	...['study', 'progress', 'compose', 'results'].filter(routeBuilt).map((route) => ({
		name: `${route}-page`,
		path: `./${route}/`,
		prepare: PAGE_READY[`./${route}/`]
	}))
];

const APOLLO = readFileSync('questions/apollo-11.csv', 'utf8');

async function importApollo(page: Page) {
	await page.getByLabel('Choose a file').setInputFiles({
		name: 'apollo-11.csv',
		mimeType: 'text/csv',
		buffer: Buffer.from(APOLLO)
	});
	await expect(page.getByRole('button', { name: 'Save the deck' })).toBeVisible();
}

for (const viewport of VIEWPORTS) {
	for (const scheme of SCHEMES) {
		test.describe(`${viewport.name} ${scheme}`, () => {
			test.use({
				viewport: { width: viewport.width, height: viewport.height },
				deviceScaleFactor: viewport.deviceScaleFactor,
				colorScheme: scheme
			});
			for (const shot of SHOTS) {
				test(shot.name, async ({ page }) => {
					await page.goto(shot.path);
					await page.waitForLoadState('networkidle');
					await shot.prepare?.(page);
					const sideways = await page.evaluate(
						() => document.documentElement.scrollWidth - document.documentElement.clientWidth
					);
					expect(sideways, 'page scrolls sideways').toBeLessThanOrEqual(0);
					await page.screenshot({
						path: `screenshots/${viewport.name}-${scheme}-${shot.name}.png`,
						fullPage: true
					});
				});
			}
		});
	}
}
