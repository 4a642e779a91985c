// A build made for a sub-path (BASE_PATH=/summit-quiz, as on GitHub Pages) works there and only
// there. Needs its own build and preview, so it runs only when BASE_PATH is set; see README.
import { expect } from '@playwright/test';
import { BASE, test, waitForController } from './support/pwa.ts';

test.skip(!BASE, 'needs a build and a preview made with BASE_PATH, e.g. BASE_PATH=/summit-quiz');

test('every page, link, script, style and icon stays under the base path', async ({
	page,
	baseURL
}) => {
	const site = new URL(baseURL ?? '').href;
	const requested: string[] = [];
	const failed: string[] = [];
	page.on('request', (request) => requested.push(request.url()));
	page.on('response', (response) => {
		if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
	});

	await page.goto('./');
	await expect(page.getByRole('heading', { name: /Beijing summit/ })).toBeVisible();
	const links = await page
		.locator('a[href]')
		.evaluateAll((anchors) => anchors.map((a) => (a as HTMLAnchorElement).href.split('#')[0]));
	expect(links.filter((href) => !href.startsWith(site))).toEqual([]);
	// The stylesheet loaded: the start button has the app's 44px touch target.
	const start = page.getByRole('link', { name: 'Start a 10-question run' });
	expect((await start.boundingBox())?.height).toBeGreaterThanOrEqual(44);

	await start.click();
	await expect(page).toHaveURL(`${site}play/`);
	await expect(page.getByText('Question 1 of 10')).toBeVisible();
	await page.reload();
	await expect(page.getByText('Question 1 of 10')).toBeVisible();

	expect(requested.filter((url) => !url.startsWith(site))).toEqual([]);
	expect(failed).toEqual([]);
});

test('the service worker, its precache and the manifest are scoped to the base path', async ({
	page,
	baseURL
}) => {
	const site = new URL(baseURL ?? '').href;
	await page.goto('./');
	await waitForController(page);

	const worker = await page.evaluate(async () => {
		const registration = await navigator.serviceWorker.ready;
		return { scope: registration.scope, script: registration.active?.scriptURL };
	});
	expect(worker).toEqual({ scope: site, script: `${site}service-worker.js` });

	const cached = await page.evaluate(async () => {
		const urls: string[] = [];
		for (const name of await caches.keys()) {
			for (const request of await (await caches.open(name)).keys()) urls.push(request.url);
		}
		return urls;
	});
	expect(cached.filter((url) => !url.startsWith(site))).toEqual([]);
	expect(cached).toEqual(
		expect.arrayContaining([
			site,
			`${site}play/`,
			`${site}manifest.webmanifest`,
			`${site}icons/icon-512.png`
		])
	);

	const cdp = await page.context().newCDPSession(page);
	const { url, errors, data } = await cdp.send('Page.getAppManifest');
	expect(url).toBe(`${site}manifest.webmanifest`);
	expect(errors).toEqual([]);
	const manifest = JSON.parse(data ?? '{}');
	expect(new URL(manifest.start_url, url).href).toBe(site);
	expect(new URL(manifest.scope, url).href).toBe(site);
});
