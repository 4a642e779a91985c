// `npm run audit`: Lighthouse 12 on every built page, as a phone sees it (default mobile emulation,
// simulated slow 4G and 4x CPU). Serves build/ itself on 127.0.0.1 (run `npx vite build` first).
// Performance figures are the median of --runs runs (default 5: one run's score can move by
// several points on a busy machine); accessibility, best practices and SEO come from the first
// run. Writes every report to reports/lighthouse/ and prints one table.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { type Result } from 'lighthouse';
import { builtPages, pageName, requireBuild, warnUnlisted } from './lib/build-output.ts';
import { CHROMIUM_PATH, LIGHTHOUSE_CHROME_FLAGS } from './lib/chromium.ts';
import { serveBuild } from './lib/static-server.ts';
import { median, printTable } from './bench/report.ts';
import { factSetContentVersion, sharedQuizFragment } from './lib/shared-link.ts';

/** Every page the app has or will have; only those with a build/<route>/index.html are audited. */
const ROUTES = ['/', '/play/', '/study/', '/progress/', '/compose/', '/results/'];
/** A teacher's default quiz link, as a student opens it: '/play/' with the quiz in its fragment. */
function sharedLink(): string {
	const version = factSetContentVersion();
	if (!version) throw new Error('The fact set is invalid: run `npm run check:facts`.');
	return `/play/#${sharedQuizFragment('auditSeed01', version)}`;
}

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const REPORTS = join('reports', 'lighthouse');
/** Audits scoring under this are listed under the table. */
const FLAG_BELOW = 0.9;

interface PageAudit {
	route: string;
	/** The first run, with every category. */
	full: Result;
	/** Every run, the first included, for the performance medians. */
	runs: Result[];
}

async function main(): Promise<void> {
	const { values } = parseArgs({
		options: {
			runs: { type: 'string', default: '5' },
			port: { type: 'string', default: '4180' },
			// `--page /compose/ --page shared` audits only those (the shared link is "shared").
			page: { type: 'string', multiple: true }
		}
	});
	const runs = Math.max(1, Number.parseInt(values.runs, 10) || 1);
	requireBuild();
	mkdirSync(REPORTS, { recursive: true });
	process.env.CHROME_PATH = CHROMIUM_PATH;
	const server = await serveBuild(Number(values.port));
	const pages = builtPages(ROUTES, server.dir);
	warnUnlisted(ROUTES, server.dir);
	const candidates = pages.includes('/play/') ? [...pages, sharedLink()] : pages;
	const routes = candidates.filter(
		(route) => !values.page || values.page.includes(isSharedLink(route) ? 'shared' : route)
	);
	if (routes.length === 0) {
		await server.close();
		throw new Error(`No built page matches --page ${values.page?.join(' ')}.`);
	}
	const audits: PageAudit[] = [];
	let chrome: chromeLauncher.LaunchedChrome | undefined;
	try {
		chrome = await chromeLauncher.launch({
			chromePath: CHROMIUM_PATH,
			chromeFlags: LIGHTHOUSE_CHROME_FLAGS
		});
		for (const route of routes) {
			const results: Result[] = [];
			for (let run = 0; run < runs; run++) {
				const categories = run === 0 ? CATEGORIES : ['performance'];
				console.error(`Lighthouse ${route} (run ${run + 1} of ${runs})…`);
				const lhr = await audit(new URL(route.slice(1), server.url).href, chrome.port, categories);
				writeFileSync(join(REPORTS, `${reportName(route)}.${run + 1}.json`), JSON.stringify(lhr));
				results.push(lhr);
			}
			audits.push({ route, full: results[0], runs: results });
		}
	} finally {
		chrome?.kill();
		await server.close();
	}
	printResults(audits, runs);
}

/** The shared link's fragment is long and holds a '#': its rows and reports get a short name. */
const isSharedLink = (route: string) => route.includes('#');
const reportName = (route: string) => (isSharedLink(route) ? 'shared-link' : pageName(route));
const rowName = (route: string) => (isSharedLink(route) ? '/play/#(shared link)' : route);

async function audit(url: string, port: number, onlyCategories: string[]): Promise<Result> {
	const result = await lighthouse(url, { port, output: 'json', logLevel: 'error', onlyCategories });
	if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
	if (result.lhr.runtimeError) {
		throw new Error(`Lighthouse could not audit ${url}: ${result.lhr.runtimeError.message}`);
	}
	return result.lhr;
}

const score = (lhr: Result, category: string) => {
	const value = lhr.categories[category]?.score;
	return value === null || value === undefined ? NaN : Math.round(value * 100);
};
const metric = (lhr: Result, id: string) => lhr.audits[id]?.numericValue ?? NaN;

function printResults(audits: PageAudit[], runs: number): void {
	const rows = audits.map(({ route, full, runs: all }) => {
		const middle = (pick: (lhr: Result) => number) => median(all.map(pick)).toFixed(0);
		return [
			rowName(route),
			middle((lhr) => score(lhr, 'performance')),
			String(score(full, 'accessibility')),
			String(score(full, 'best-practices')),
			String(score(full, 'seo')),
			middle((lhr) => metric(lhr, 'first-contentful-paint')),
			middle((lhr) => metric(lhr, 'total-blocking-time')),
			middle((lhr) => metric(lhr, 'largest-contentful-paint'))
		];
	});
	printTable(
		`Lighthouse ${audits[0]?.full.lighthouseVersion ?? ''}, mobile, simulated throttling (performance: median of ${runs})`,
		['page', 'perf', 'a11y', 'best practices', 'SEO', 'FCP ms', 'TBT ms', 'LCP ms'],
		rows
	);
	for (const { route, full } of audits) {
		const flagged = flaggedAudits(full);
		if (flagged.length > 0) console.log(`\n${rowName(route)} flags:\n${flagged.join('\n')}`);
	}
	console.log(`\nReports: ${REPORTS}/<page>.<run>.json`);
}

/** Audits of the report's categories that score under FLAG_BELOW, worst first. */
function flaggedAudits(lhr: Result): string[] {
	const ids = new Set(
		Object.values(lhr.categories).flatMap((category) => category.auditRefs.map((ref) => ref.id))
	);
	return (
		[...ids]
			.map((id) => lhr.audits[id])
			.filter((audit) => audit && audit.score !== null && audit.score < FLAG_BELOW)
			.filter((audit) => audit.scoreDisplayMode !== 'informative')
			// An opportunity that would save nothing is not worth a line.
			.filter(
				(audit) =>
					audit.scoreDisplayMode !== 'metricSavings' ||
					Object.values(audit.metricSavings ?? {}).some((ms) => (ms ?? 0) > 0)
			)
			.sort((a, b) => (a.score ?? 0) - (b.score ?? 0))
			.map((audit) => {
				const value = audit.displayValue ? ` (${audit.displayValue})` : '';
				return `  ${Math.round((audit.score ?? 0) * 100)}  ${audit.id}: ${audit.title}${value}`;
			})
	);
}

await main();
