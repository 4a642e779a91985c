import { expect, test, type Browser, type Page } from '@playwright/test';
import jsQR from 'jsqr';

const QR_NAME = 'QR code for the quiz link';

const linkField = (page: Page) => page.getByRole('textbox', { name: 'Quiz link', exact: true });

/** The link in the page's read-only field, once there is one. */
async function readLink(page: Page): Promise<string> {
	const field = linkField(page);
	await expect(field).toHaveValue(/\/play\/#1\./);
	return field.inputValue();
}

/** Opens `link` in a browser context of its own, plays it through, and returns what was asked. */
async function playThrough(
	browser: Browser,
	link: string,
	count: number,
	intro: string[]
): Promise<string[][]> {
	const context = await browser.newContext();
	try {
		const page = await context.newPage();
		await page.goto(link);
		for (const text of intro) await expect(page.getByText(text, { exact: true })).toBeVisible();
		await page.getByRole('button', { name: 'Start the quiz' }).click();
		const seen: string[][] = [];
		for (let n = 1; n <= count; n++) {
			await expect(page.getByText(`Question ${n} of ${count}`)).toBeVisible();
			const prompt = await page.locator('#prompt').innerText();
			const options = await page.locator('.choices button .text').allInnerTexts();
			seen.push([prompt, ...options]);
			await page.keyboard.press('1');
			await expect(
				page.getByRole('button', { name: /Next question|See your score/ })
			).toBeFocused();
			await page.keyboard.press('Enter');
		}
		await expect(page.getByRole('heading', { name: /^Your score: [\d,]+$/ })).toBeVisible();
		return seen;
	} finally {
		await context.close();
	}
}

/** What a camera would see: a screenshot of the code, decoded with jsQR. */
async function scanQrCode(page: Page): Promise<string | undefined> {
	const png = await page.getByRole('img', { name: QR_NAME }).screenshot();
	// The page has a canvas to turn the PNG into pixels; the decoding itself runs here in Node.
	const { width, height, pixels } = await page.evaluate(
		async (dataUrl) => {
			const image = new Image();
			image.src = dataUrl;
			await image.decode();
			const canvas = document.createElement('canvas');
			canvas.width = image.naturalWidth;
			canvas.height = image.naturalHeight;
			const context = canvas.getContext('2d');
			if (!context) throw new Error('no 2d canvas');
			context.drawImage(image, 0, 0);
			const data = context.getImageData(0, 0, canvas.width, canvas.height).data;
			// Base64 crosses back to Node far faster than an array of a million numbers.
			let binary = '';
			for (let i = 0; i < data.length; i += 0x8000) {
				binary += String.fromCharCode(...data.subarray(i, i + 0x8000));
			}
			return { width: canvas.width, height: canvas.height, pixels: btoa(binary) };
		},
		`data:image/png;base64,${png.toString('base64')}`
	);
	const rgba = new Uint8ClampedArray(Buffer.from(pixels, 'base64'));
	return jsQR(rgba, width, height)?.data;
}

test('a composed quiz gives two students the same questions in the same order', async ({
	page,
	browser
}) => {
	await page.goto('./compose/');
	await expect(page).toHaveTitle(/^Make a class quiz · Putin, Xi and Kim/);
	const defaults = await readLink(page);
	expect(defaults.length).toBeLessThan(200);

	await page.getByLabel('Title').fill('Class 7b · Beijing summit');
	await page.getByLabel('Number of questions').fill('5');
	await page.getByRole('checkbox', { name: /quotes/i }).uncheck();
	await page.getByLabel('Time limit per question').selectOption({ label: '20 seconds' });
	await expect(linkField(page)).not.toHaveValue(defaults);
	const link = await readLink(page);

	const intro = ['Class 7b · Beijing summit', '5 questions', '20 seconds per question'];
	const first = await playThrough(browser, link, 5, intro);
	const second = await playThrough(browser, link, 5, intro);
	expect(first).toHaveLength(5);
	expect(second).toEqual(first);
	for (const [prompt, ...options] of first) {
		expect(prompt).not.toBe('');
		expect(options).toHaveLength(4);
	}
});

test('the QR code scans back to the link, in the dark theme too', async ({ page }) => {
	await page.emulateMedia({ colorScheme: 'dark' });
	await page.goto('./compose/');
	await page.getByLabel('Title').fill('Scan me');
	const link = await readLink(page);
	await expect(page.getByRole('img', { name: QR_NAME })).toBeVisible();
	// The code is redrawn off the main thread after each change, so it may lag a moment.
	await expect.poll(() => scanQrCode(page)).toBe(link);

	// Full screen for a projector: Escape closes it and focus returns to the button.
	const show = page.getByRole('button', { name: 'Show full screen' });
	await show.click();
	const dialog = page.getByRole('dialog', { name: /Scan to open the quiz/ });
	await expect(dialog).toBeVisible();
	await expect(dialog.getByRole('img', { name: QR_NAME })).toBeVisible();
	await page.keyboard.press('Escape');
	await expect(dialog).toBeHidden();
	await expect(show).toBeFocused();
	await show.click();
	await dialog.getByRole('button', { name: 'Close' }).click();
	await expect(dialog).toBeHidden();
	await expect(show).toBeFocused();
});

test('settings and "New questions" change the link; no topic gives a message, no link', async ({
	page
}) => {
	await page.goto('./compose/');
	const start = await readLink(page);

	await page.getByLabel('Number of questions').fill('12');
	await expect(linkField(page)).not.toHaveValue(start);
	const longer = await readLink(page);

	await page.getByRole('button', { name: 'New questions' }).click();
	await expect(linkField(page)).not.toHaveValue(longer);
	const reseeded = await readLink(page);
	// The seed is the first field after the version: `#1.<seed>.…`.
	const seedOf = (link: string) => new URL(link).hash.split('.')[1];
	expect(seedOf(reseeded)).not.toBe(seedOf(longer));

	const topics = page.getByRole('group', { name: 'Topics' }).getByRole('checkbox');
	for (const box of await topics.all()) await box.uncheck();
	await expect(page.getByText('Choose at least one topic.')).toBeVisible();
	await expect(linkField(page)).toHaveCount(0);
	await expect(page.getByRole('img', { name: QR_NAME })).toHaveCount(0);

	// One small topic cannot fill 50 questions: the page says how many the quiz will have.
	await page.getByRole('checkbox', { name: /numbers/i }).check();
	await expect(page.getByText('Choose at least one topic.')).toBeHidden();
	await page.getByLabel('Number of questions').fill('50');
	await expect(page.getByText(/These settings can make only \d+ questions/)).toBeVisible();
	await readLink(page);
});
