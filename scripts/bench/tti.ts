// Shared-link time to interactive: a student opens `/play/#<fragment>` cold on a slow phone. Each
// load gets a fresh browser context (no HTTP cache, no service worker) and 4x CPU throttling; the
// page's own clock (performance.now(), from navigation start) marks when the shared quiz's "Start"
// button is up and when the first question is up with an enabled answer button. Both render only
// after hydration (the link is read in the browser), so their appearance is when a tap would
// register. Network is local and unthrottled: this measures the CPU path.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from '@playwright/test';
import { listFiles, requireBuild } from '../lib/build-output.ts';
import { launchChromium } from '../lib/chromium.ts';
import { factSetContentVersion, sharedQuizFragment } from '../lib/shared-link.ts';
import { serveBuild } from '../lib/static-server.ts';
import { median, printTable } from './report.ts';

const SEED = 'benchSeed01';
const MARKS = {
	intro: 'summit:start-button-ready',
	question: 'summit:first-question-ready',
	broken: 'summit:link-broken'
};
const CPU_SLOWDOWN = 4;
const LOAD_TIMEOUT_MS = 30_000;

export interface TtiOptions {
	/** Measured cold loads (one more, unmeasured, warms the server and browser up first). */
	runs?: number;
	/** First port to try for the static server. */
	port?: number;
}

export interface Spread {
	samples: number[];
	median: number;
	p90: number;
	min: number;
	max: number;
}

/** Milliseconds from navigation start, by the page's clock. */
export interface TtiFigures {
	/** The shared quiz's "Start the quiz" button works (the same as `question` without an intro). */
	startReady: Spread;
	/** The first question is up and answerable, with Start pressed as soon as it was painted. */
	question: Spread;
}

/** Opens a shared quiz link cold `runs` times; prints and returns the time to the first question. */
export async function benchSharedLinkTti(options: TtiOptions = {}): Promise<TtiFigures> {
	const { runs = 15, port = 4181 } = options;
	requireBuild();
	const server = await serveBuild(port);
	let browser: Browser | undefined;
	try {
		const content = contentVersion(server.dir);
		const fragment = sharedQuizFragment(SEED, content.value);
		browser = await launchChromium();
		const url = `${server.url}play/#${fragment}`;
		await loadOnce(browser, url); // warm-up, not counted
		const loads: LoadTimes[] = [];
		for (let run = 0; run < runs; run++) loads.push(await loadOnce(browser, url));
		const figures = {
			startReady: spread(loads.map((load) => load.startReady)),
			question: spread(loads.map((load) => load.question))
		};
		const row = (label: string, { median, p90, min, max }: Spread) => [
			label,
			...[median, p90, min, max].map((ms) => ms.toFixed(0))
		];
		printTable(
			`Shared link /play/#${fragment}, cold, ${CPU_SLOWDOWN}x CPU slowdown (${runs} loads; ms from navigation start)`,
			['ready', 'median', 'p90', 'min', 'max'],
			[
				row('Start button', figures.startReady),
				row('first question (Start pressed at once)', figures.question)
			]
		);
		if (!content.inBuild) {
			console.log(`(content version ${content.value} is not in the build; the quiz loads anyway)`);
		}
		return figures;
	} finally {
		await browser?.close();
		await server.close();
	}
}

interface LoadTimes {
	startReady: number;
	question: number;
}

/** One cold load of `url`, timed by the marks the init script sets. */
async function loadOnce(browser: Browser, url: string): Promise<LoadTimes> {
	const context = await browser.newContext({ serviceWorkers: 'block' });
	try {
		await context.addInitScript({ content: MARK_FIRST_QUESTION });
		const page = await context.newPage();
		const problems: string[] = [];
		page.on('pageerror', (error) => problems.push(error.message));
		page.on('response', (response) => {
			if (response.status() >= 400) problems.push(`${response.status()} ${response.url()}`);
		});
		const cdp = await context.newCDPSession(page);
		await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
		await page.goto(url, { waitUntil: 'commit' });
		// No named functions inside: tsx would wrap them in a helper the page lacks.
		const handle = await page
			.waitForFunction(
				(names) => {
					const [broken, intro, question] = [names.broken, names.intro, names.question].map(
						(name) => performance.getEntriesByName(name)[0]?.startTime
					);
					if (broken !== undefined) return 'broken';
					return question === undefined ? undefined : { startReady: intro ?? question, question };
				},
				MARKS,
				{ timeout: LOAD_TIMEOUT_MS, polling: 50 }
			)
			.catch(async (error: unknown) => {
				const shown = await page.evaluate(() => document.querySelector('main')?.innerText ?? '');
				const seen = [`the page shows: ${shown}`, ...problems].join('\n  ');
				throw new Error(`no first question after ${LOAD_TIMEOUT_MS} ms;\n  ${seen}`, {
					cause: error
				});
			});
		const times = (await handle.jsonValue()) as LoadTimes | 'broken';
		if (times === 'broken') throw new Error(`the app says the link is broken: ${url}`);
		// Not timed: the answer is really there for a user, not just in the DOM.
		const first = page.locator('.choices button').first();
		await first.waitFor({ state: 'visible' });
		if (!(await first.isEnabled())) throw new Error('the first answer button is disabled');
		return times;
	} finally {
		await context.close();
	}
}

/**
 * Runs in the page before its own scripts. Marks when the shared quiz's intro has a working
 * "Start" button, presses it one frame after it is painted (a user cannot tap sooner), then marks
 * when the first question's prompt and an enabled answer button are up. Without an intro, both
 * marks fall on the first question. Plain JS in a string: tsx would wrap named functions in a
 * helper the page lacks.
 */
const MARK_FIRST_QUESTION = `(() => {
	const marks = ${JSON.stringify(MARKS)};
	const has = (mark) => performance.getEntriesByName(mark).length > 0;
	const usable = (element) =>
		element instanceof HTMLButtonElement && !element.disabled && element.checkVisibility();
	const observer = new MutationObserver(() => {
		if (document.querySelector('#broken-title')) performance.mark(marks.broken);
		const start = document.querySelector('section[aria-labelledby="intro-title"] button');
		if (!has(marks.intro) && usable(start)) {
			performance.mark(marks.intro);
			requestAnimationFrame(() => setTimeout(() => start.click(), 0));
		}
		if (document.querySelector('h1#prompt') && usable(document.querySelector('.choices button'))) {
			if (!has(marks.intro)) performance.mark(marks.intro);
			performance.mark(marks.question);
			observer.disconnect();
		}
	});
	observer.observe(document, {
		childList: true,
		subtree: true,
		attributes: true,
		attributeFilter: ['disabled']
	});
})();`;

/** The fact set's content version, computed as the build computes it, and whether `dir` has it. */
function contentVersion(dir: string): { value: string; inBuild: boolean } {
	const value = factSetContentVersion();
	if (!value) return { value: 'bench0', inBuild: false };
	const inBuild = listFiles(dir)
		.filter((file) => file.endsWith('.js'))
		.map((file) => readFileSync(join(dir, file), 'utf8'))
		.some((code) => ['"', "'", '`'].some((quote) => code.includes(`${quote}${value}${quote}`)));
	return { value, inBuild };
}

function spread(samples: number[]): Spread {
	const sorted = [...samples].sort((a, b) => a - b);
	const rank = (share: number) => sorted[Math.max(0, Math.ceil(share * sorted.length) - 1)];
	return {
		samples,
		median: median(sorted),
		p90: rank(0.9),
		min: sorted[0],
		max: sorted[sorted.length - 1]
	};
}

// `npx tsx scripts/bench/tti.ts` runs it alone.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
	await benchSharedLinkTti();
}
