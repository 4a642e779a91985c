// Helpers for the offline and install tests: the base path under test, and the service worker.
import { expect, test as base, type BrowserContext, type Page } from '@playwright/test';

/**
 * The sub-path the build under test is served from, read as svelte.config.js reads it:
 * `''` at the root, else like `/summit-quiz`. Set BASE_PATH for both the build and the tests.
 */
export const BASE = (process.env.BASE_PATH ?? '').replace(/\/+$/, '');

/** Playwright's `test`, with `baseURL` at the base path, so `./play/` is the Play page there. */
export const test = base.extend({
	baseURL: async ({ baseURL }, use) => {
		const url = new URL(baseURL ?? 'http://127.0.0.1:4173/');
		if (!url.pathname.startsWith(`${BASE}/`)) url.pathname = `${BASE}${url.pathname}`;
		await use(url.href);
	}
});

/** Waits until a service worker controls the page, as it must before anything works offline. */
export async function waitForController(page: Page): Promise<void> {
	await page.evaluate(async () => {
		const container = navigator.serviceWorker;
		await container.ready;
		if (container.controller) return;
		await new Promise((resolve) =>
			container.addEventListener('controllerchange', resolve, { once: true })
		);
	});
}

/** Cuts the network, and checks it is cut: a request the worker does not answer must fail. */
export async function goOffline(context: BrowserContext, page: Page): Promise<boolean> {
	await context.setOffline(true);
	return page.evaluate(() =>
		fetch('./_app/version.json', { cache: 'no-store' }).then(
			() => false,
			() => true
		)
	);
}

/** A first visit to the home page, until the worker controls it; then the network is cut. */
export async function visitThenGoOffline(context: BrowserContext, page: Page): Promise<void> {
	await page.goto('./');
	await waitForController(page);
	expect(await goOffline(context, page)).toBe(true);
}

/**
 * Stands in for a new deployment: the same worker script under another URL, which the browser
 * installs as a new version of the registration, so it activates and takes control as an update
 * does. (An update check of the usual URL cannot be intercepted: Chromium fetches it itself.)
 */
export async function installNewWorker(page: Page): Promise<void> {
	await page.evaluate(async () => {
		const registration = await navigator.serviceWorker.ready;
		const script = new URL('service-worker.js?next-build', registration.scope);
		await navigator.serviceWorker.register(script, { scope: registration.scope });
	});
}

/** The names of the caches the page's origin holds. */
export function cacheNames(page: Page): Promise<string[]> {
	return page.evaluate(() => caches.keys());
}
