// Offline play, installing the app and updating it, as a player meets them. Runs at the root, or
// under BASE_PATH when the build under test was made with it.
import { expect, type Page } from '@playwright/test';
import { cacheName, cachePrefix } from '../../src/lib/pwa/index.ts';
import {
	BASE,
	cacheNames,
	installNewWorker,
	test,
	visitThenGoOffline,
	waitForController
} from './support/pwa.ts';

const HOME_HEADING = 'How well do you know the Beijing summit?';

/** Answers ten questions with the key 1, moving on with Enter, and waits for the score. */
async function playRunByKeyboard(page: Page) {
	for (let n = 1; n <= 10; n++) {
		await expect(page.getByText(`Question ${n} of 10`)).toBeVisible();
		await page.keyboard.press('1');
		await expect(page.getByText(/^(✓ Correct!|✗ Not quite)/)).toBeVisible();
		await page.keyboard.press('Enter');
	}
	await expect(page.getByRole('heading', { name: /^Your score: [\d,]+$/ })).toBeVisible();
}

/** Reads a PNG's width and height from its header. */
function pngSize(png: Buffer): string {
	expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
	return `${png.readUInt32BE(16)}x${png.readUInt32BE(20)}`;
}

test.describe('offline', () => {
	test('after one visit to the home page, it reloads, plays a full run and goes home offline', async ({
		page,
		context
	}) => {
		await visitThenGoOffline(context, page);

		await page.reload();
		await expect(page.getByRole('heading', { name: HOME_HEADING })).toBeVisible();
		await page.getByRole('link', { name: 'Start a 10-question run' }).click();
		await playRunByKeyboard(page);
		await page.getByRole('link', { name: 'Home' }).last().click();
		await expect(page.getByRole('heading', { name: HOME_HEADING })).toBeVisible();
		await expect(page.getByText(/Test yourself on \d+ facts/)).toBeVisible();
	});

	test('a page never visited opens offline from the precache, with or without a query', async ({
		page,
		context
	}) => {
		await visitThenGoOffline(context, page);

		await page.goto('./play/?utm_source=poster');
		await playRunByKeyboard(page);
		await page.goto('./play/');
		await expect(page.getByText('Question 1 of 10')).toBeVisible();
	});

	test('offline, an unknown address lands on the home page instead of an error', async ({
		page,
		context
	}) => {
		await visitThenGoOffline(context, page);

		await page.goto('./no-such-page/');
		await expect(page).toHaveURL(new URL(`${BASE}/`, page.url()).href);
		await expect(page.getByRole('heading', { name: HOME_HEADING })).toBeVisible();
		await page.goto('./play');
		await expect(page).toHaveURL(/\/play\/$/);
		await expect(page.getByText('Question 1 of 10')).toBeVisible();
	});
});

test.describe('install', () => {
	test('the manifest is linked, valid, and Chromium finds the app installable', async ({
		playwright,
		launchOptions,
		baseURL
	}, testInfo) => {
		// A profile on disk: Chromium never offers to install from an incognito-like context.
		const context = await playwright.chromium.launchPersistentContext(
			testInfo.outputPath('profile'),
			{
				...launchOptions,
				baseURL
			}
		);
		const page = context.pages()[0] ?? (await context.newPage());
		await page.goto('./');
		const href = await page.locator('link[rel="manifest"]').getAttribute('href');
		const manifestUrl = new URL(href ?? 'missing', page.url()).href;
		const response = await page.request.get(manifestUrl);
		expect(response.ok()).toBe(true);
		const manifest = await response.json();
		expect(manifest).toMatchObject({ name: 'Summit Quiz', display: 'standalone' });
		const site = new URL(`${BASE}/`, page.url()).href;
		for (const field of ['start_url', 'scope', 'id'])
			expect(new URL(manifest[field], manifestUrl).href, field).toBe(site);

		const icons: { src: string; sizes: string; purpose: string }[] = manifest.icons;
		const found = new Set<string>();
		for (const icon of icons) {
			const png = await page.request.get(new URL(icon.src, manifestUrl).href);
			expect(png.headers()['content-type'], icon.src).toBe('image/png');
			expect(pngSize(await png.body()), icon.src).toBe(icon.sizes);
			found.add(`${icon.sizes} ${icon.purpose}`);
		}
		expect([...found].sort()).toEqual(['192x192 any', '512x512 any', '512x512 maskable']);

		await waitForController(page);
		const cdp = await page.context().newCDPSession(page);
		const reported = await cdp.send('Page.getAppManifest');
		expect(reported.url).toBe(manifestUrl);
		expect(reported.errors).toEqual([]);
		const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
		expect(installabilityErrors).toEqual([]);
		await context.close();
	});
});

test.describe('updates', () => {
	test('a new build deletes its own old caches and leaves other apps’ caches alone', async ({
		page
	}) => {
		const old = cacheName(BASE, 'an-old-build');
		const otherDeployment = cacheName(`${BASE}/staging`, 'an-old-build');
		// A page of the site that registers no worker, to set up caches before the first one runs.
		await page.goto('./icons/icon-192.png');
		await page.evaluate(
			(names) => Promise.all(names.map((name) => caches.open(name))),
			[old, otherDeployment, 'another-app']
		);

		await page.goto('./');
		await waitForController(page);
		const names = await cacheNames(page);
		expect(names).not.toContain(old);
		expect(names).toEqual(expect.arrayContaining([otherDeployment, 'another-app']));
		expect(names.filter((name) => name.startsWith(cachePrefix(BASE)))).toHaveLength(1);
	});

	test('mid-run, a new version offers a reload and never interrupts the run', async ({ page }) => {
		await page.goto('./play/');
		await waitForController(page);
		await page.keyboard.press('1');
		await page.keyboard.press('Enter');
		await expect(page.getByText('Question 2 of 10')).toBeVisible();
		const notice = page.getByRole('status').filter({ hasText: 'A new version is ready' });
		await expect(notice).toHaveCount(0);

		await installNewWorker(page);
		await expect(notice).toBeVisible();
		await expect(page.getByText('Question 2 of 10')).toBeVisible();
		const reload = notice.getByRole('button', { name: 'Reload' });
		for (const button of [reload, notice.getByRole('button', { name: 'Dismiss' })]) {
			const box = await button.boundingBox();
			expect(box?.height).toBeGreaterThanOrEqual(44);
			expect(box?.width).toBeGreaterThanOrEqual(44);
		}
		await reload.focus();
		await Promise.all([page.waitForEvent('load'), page.keyboard.press('Enter')]);
		await expect(page.getByText(/^Question \d+ of 10$/)).toBeVisible();
	});

	test('the notice can be dismissed, and the run goes on', async ({ page }) => {
		await page.goto('./play/');
		await waitForController(page);
		await page.keyboard.press('2');
		await installNewWorker(page);
		const notice = page.getByRole('status').filter({ hasText: 'A new version is ready' });
		await notice.getByRole('button', { name: 'Dismiss' }).click();
		await expect(notice).toHaveCount(0);
		await expect(page.getByText('Question 1 of 10')).toBeVisible();
		await expect(page.getByText(/^(✓ Correct!|✗ Not quite)/)).toBeVisible();
	});
});
