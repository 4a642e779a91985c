// Storage figures in real Chromium: median time to record one answer, to load 10,000 and 50,000
// cards, and to list a library of 50 decks of 500 facts and read one of them.
// Builds a one-page harness around src/lib/storage with Vite and drives it with Playwright.
import { build, preview } from 'vite';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS } from '../../playwright.config.ts';
import { median, printTable } from './report.ts';

const OUT = '.tmp/bench-storage';
const ANSWERS = 300;
const CARD_COUNTS = [10_000, 50_000];
const LOAD_ROUNDS = 9;
/** A library as the scale aim puts it: 50 decks of 500 facts. */
const DECKS = 50;
const FACTS_PER_DECK = 500;

declare global {
	interface Window {
		timeAnswers(count: number): Promise<number[]>;
		timeLoads(
			cards: number,
			rounds: number
		): Promise<{ times: number[]; raw: number[]; loaded: number }>;
		timeDecks(
			decks: number,
			facts: number,
			rounds: number
		): Promise<{ list: number[]; open: number[]; listed: number }>;
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
		const p90 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * 0.9)];
		const row = (measure: string, times: number[], aim: string, digits = 1) => [
			measure,
			String(times.length),
			median(times).toFixed(digits),
			p90(times).toFixed(digits),
			aim
		];
		const rows = [row('record one answer (card + log)', answers, '< 5 ms', 2)];
		for (const cards of CARD_COUNTS) {
			const loads = await page.evaluate(([n, r]) => window.timeLoads(n, r), [cards, LOAD_ROUNDS]);
			if (loads.loaded !== cards)
				throw new Error(`loaded ${loads.loaded} cards, expected ${cards}`);
			const count = cards.toLocaleString('en-GB');
			rows.push(row(`load ${count} cards`, loads.times, cards === 10_000 ? '< 150 ms' : ''));
			rows.push(row(`bare IndexedDB read of their buckets`, loads.raw, ''));
		}
		const decks = await page.evaluate(
			([d, f, r]) => window.timeDecks(d, f, r),
			[DECKS, FACTS_PER_DECK, LOAD_ROUNDS]
		);
		if (decks.listed !== DECKS) throw new Error(`listed ${decks.listed} decks, expected ${DECKS}`);
		rows.push(row(`list ${DECKS} decks of ${FACTS_PER_DECK} facts (home page)`, decks.list, ''));
		rows.push(row(`read one ${FACTS_PER_DECK}-fact deck`, decks.open, ''));
		printTable(
			'Storage in Chromium (IndexedDB through idb-keyval)',
			['measure', 'runs', 'median ms', 'p90 ms', 'aim'],
			rows
		);
	} finally {
		await browser.close();
		server.httpServer.close();
	}
}
