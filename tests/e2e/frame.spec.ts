// Another site cannot show the app inside its own page: the server sends the headers of
// static/_headers, and on a host that does not, the app still refuses to delete from a frame.
import { expect, test } from '@playwright/test';

const PARENT = 'http://another-site.test/';

test('every page comes with headers that forbid framing, sniffing and referrers', async ({
	page
}) => {
	for (const path of ['./', './progress/', './play/']) {
		const response = await page.goto(path);
		const headers = response!.headers();
		expect(headers['content-security-policy'], path).toBe("frame-ancestors 'none'");
		expect(headers['x-frame-options'], path).toBe('DENY');
		expect(headers['x-content-type-options'], path).toBe('nosniff');
		expect(headers['referrer-policy'], path).toBe('no-referrer');
		expect(headers['permissions-policy'], path).toContain('microphone=()');
	}
});

/** Opens `path` of the app inside a page of another site. */
async function framedBy(page: import('@playwright/test').Page, path: string, baseURL: string) {
	await page.route(PARENT, (route) =>
		route.fulfill({
			contentType: 'text/html',
			body: `<!doctype html><title>Another site</title><iframe src="${new URL(path, baseURL)}" width="900" height="1200"></iframe>`
		})
	);
	await page.goto(PARENT);
	await expect.poll(() => page.frames().length).toBe(2);
	return page.frames()[1];
}

test('a page of the app does not load inside another site', async ({ page, baseURL }) => {
	const frame = await framedBy(page, './progress/', baseURL!);
	await expect.poll(() => frame.url()).toMatch(/^chrome-error:/);
});

test('on a host that sends no headers, a framed page refuses to delete all progress', async ({
	page,
	baseURL
}) => {
	// A host that ignores _headers: the app's own pages come without them.
	await page.route(`${baseURL}**`, async (route) => {
		const response = await route.fetch();
		const headers = { ...response.headers() };
		delete headers['content-security-policy'];
		delete headers['x-frame-options'];
		await route.fulfill({ response, headers });
	});
	const frame = await framedBy(page, './progress/', baseURL!);
	await frame.getByRole('button', { name: 'Delete all progress…' }).click();
	await frame.getByRole('button', { name: 'Delete everything' }).click();
	await expect(
		frame.getByText(/^Nothing was deleted: this page is shown inside another site/)
	).toBeVisible();
});
