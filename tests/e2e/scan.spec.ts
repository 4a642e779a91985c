// The teacher scans five students' result QR codes with the camera, offline: Chromium's fake
// camera plays a video of the five codes, one after another, and each lands in the table once.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { encode } from 'uqr';
import { CHROMIUM_ARGS } from '../../playwright.config.ts';
import { encodeResult } from '../../src/lib/share/index.ts';
import { scoreBounds } from '../../src/lib/quiz/score.ts';
import { goOffline, waitForController } from './support/pwa.ts';

const NAMES = ['Ana', 'Ben', 'Chloé', 'Dmitri', 'Eve'];
const answers = [true, false, true, true];
/** The result links the students' screens show as QR codes. */
const LINKS = NAMES.map(
	(name) =>
		`https://quiz.example.org/results/#${encodeResult({ quizKey: 'quizA1', name, answers, score: scoreBounds(answers).min, timeMs: 30_000 })}`
);

/** A Y4M video (what Chromium's fake camera plays): each link's QR code for two seconds. */
function qrVideo(texts: string[]): string {
	const [width, height, fps, seconds] = [640, 480, 10, 2];
	const chroma = Buffer.alloc((width / 2) * (height / 2), 128);
	const parts: Buffer[] = [
		Buffer.from(`YUV4MPEG2 W${width} H${height} F${fps}:1 Ip A1:1 C420jpeg\n`)
	];
	for (const text of texts) {
		const { size, data } = encode(text, { ecc: 'M', border: 4 });
		const scale = Math.floor(Math.min(width, height) / size);
		const [left, top] = [(width - size * scale) >> 1, (height - size * scale) >> 1];
		const luma = Buffer.alloc(width * height, 235);
		for (let y = 0; y < size * scale; y++)
			for (let x = 0; x < size * scale; x++)
				if (data[Math.floor(y / scale)][Math.floor(x / scale)])
					luma[(top + y) * width + left + x] = 16;
		for (let frame = 0; frame < fps * seconds; frame++)
			parts.push(Buffer.from('FRAME\n'), luma, chroma, chroma);
	}
	const file = join(mkdtempSync(join(tmpdir(), 'summit-scan-')), 'codes.y4m');
	writeFileSync(file, Buffer.concat(parts));
	return file;
}

test.use({
	launchOptions: {
		executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
		args: [
			...CHROMIUM_ARGS,
			'--use-fake-device-for-media-stream',
			'--use-fake-ui-for-media-stream',
			`--use-file-for-fake-video-capture=${qrVideo(LINKS)}`
		]
	},
	permissions: ['camera']
});

test('five result QR codes scanned one after another land in the table, offline', async ({
	page,
	context
}) => {
	await page.goto('./results/');
	await waitForController(page);
	expect(await goOffline(context, page)).toBe(true);
	await page.reload();
	await expect(page.getByRole('heading', { name: 'Class results' })).toBeVisible();
	await page.getByRole('button', { name: 'Scan result QR codes' }).click();
	await expect(page.getByLabel('Camera view')).toBeVisible();
	// The video loops: every code passes by at least once in 10 s, and each counts once.
	await expect(page.getByRole('rowheader')).toHaveCount(5, { timeout: 30_000 });
	await expect(page.getByText('5 codes read.')).toBeVisible({ timeout: 15_000 });
	for (const name of NAMES) await expect(page.getByRole('rowheader', { name })).toBeVisible();
	await page.getByRole('button', { name: 'Stop scanning' }).click();
	await expect(page.getByRole('button', { name: 'Scan result QR codes' })).toBeVisible();
	// Still there after a reload, offline.
	await page.reload();
	await expect(page.getByRole('rowheader')).toHaveCount(5);
});
