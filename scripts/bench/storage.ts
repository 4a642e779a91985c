// Storage figures in real Chromium: median time to record one answer, and to load 10,000 cards.
// Builds a one-page harness around src/lib/storage with Vite and drives it with Playwright.
import { build, preview } from 'vite';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS } from '../../playwright.config.ts';
import { median, printTable } from './report.ts';

const OUT = '.tmp/bench-storage';
const ANSWERS = 300;
const CARDS = 10_000;
const LOAD_ROUNDS = 9;

declare global {
	interface Window {
		timeAnswers(count: number): Promise<number[]>;
		timeLoads(
			cards: number,
			rounds: number
		): Promise<{ times: number[]; raw: number[]; loaded: number }>;
	}
}

export async function benchStorage(): Promise<void> {
	await build({
		root: 'scripts/bench/storage-page',
		configFile: false,
		logLevel: 'warn',
		build: { outDir: `../../../${OUT}`, emptyOutDir: true }
	});
	const server = await preview({
		root: 'scripts/bench/storage-page',
		configFile: false,
		logLevel: 'warn',
		build: { outDir: `../../../${OUT}` },
		preview: { host: '127.0.0.1', port: 4190 }
	});
	const browser = await chromium.launch({
		executablePath: '/usr/bin/chromium',
		args: CHROMIUM_ARGS
	});
	try {
		const page = await browser.newPage();
		await page.goto(server.resolvedUrls?.local[0] ?? 'http://127.0.0.1:4190/');
		await page.waitForFunction(() => typeof window.timeAnswers === 'function');
		await page.evaluate(() => window.timeAnswers(20)); // warm-up
		const answers = await page.evaluate((n) => window.timeAnswers(n), ANSWERS);
		const loads = await page.evaluate(([n, r]) => window.timeLoads(n, r), [CARDS, LOAD_ROUNDS]);
		if (loads.loaded !== CARDS) throw new Error(`loaded ${loads.loaded} cards, expected ${CARDS}`);
		const p90 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * 0.9)];
		printTable(
			'Storage in Chromium (IndexedDB through idb-keyval)',
			['measure', 'runs', 'median ms', 'p90 ms', 'aim'],
			[
				[
					'record one answer (card + log)',
					String(ANSWERS),
					median(answers).toFixed(2),
					p90(answers).toFixed(2),
					'< 5 ms'
				],
				[
					`load ${CARDS.toLocaleString('en-GB')} cards`,
					String(LOAD_ROUNDS),
					median(loads.times).toFixed(1),
					p90(loads.times).toFixed(1),
					'< 150 ms'
				],
				[
					'bare IndexedDB read, same records',
					String(LOAD_ROUNDS),
					median(loads.raw).toFixed(1),
					p90(loads.raw).toFixed(1),
					''
				]
			]
		);
	} finally {
		await browser.close();
		server.httpServer.close();
	}
}
