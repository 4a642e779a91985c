// Size budgets. From the build output: the pages a first visit or a shared quiz link lands on must
// stay light enough to start fast on a slow phone (`npm run size` shows detail). In the browser:
// everything a shared link needs up to its first question.
import { gzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { requireBuild } from '../../scripts/lib/build-output.ts';
import { pageWeight } from '../../scripts/lib/bundle-size.ts';
import { sharedQuizPath } from './support/links.ts';

const KB = 1024;
/**
 * Gzipped JS + CSS a first visit downloads, per page. '/play/' also serves shared quiz links: the
 * code that asks the questions loads beside the fact set, after the page is up. It was raised from
 * 45 kB when the deck editor came: every page pays for each route in the app's route table and
 * for the Svelte runtime the pages share (45.0 → 45.3 kB). It went from 46 to 47 kB for two things
 * a first answer needs: the answer journal a closed tab cannot lose (0.3 kB) and the check that
 * refuses invisible characters in a link's title (0.4 kB): 45.5 → 46.2 kB. It went to 48 kB
 * when Class results joined the navigation of every page and a shared run's result began to
 * record timeouts and the link's question version (46.9 → 47.2 kB); the result code itself
 * still loads only when the run ends.
 */
const BUDGETS: Record<string, number> = { '/': 45 * KB, '/play/': 48 * KB };

for (const [route, budget] of Object.entries(BUDGETS)) {
	test(`${route} loads under ${budget / KB} kB of gzipped JS and CSS`, () => {
		requireBuild();
		const weight = pageWeight(route);
		// The measurement must have found the app, or a broken parser would pass any budget.
		expect(weight.js.some((file) => file.path.includes('/_app/immutable/entry/'))).toBe(true);
		expect(weight.css.length).toBeGreaterThan(0);
		const largest = [...weight.js, ...weight.css]
			.sort((a, b) => b.gzip - a.gzip)
			.slice(0, 3)
			.map((file) => `${file.path} ${(file.gzip / KB).toFixed(1)} kB`)
			.join(', ');
		expect(
			weight.total.gzip,
			`${route}: ${(weight.total.gzip / KB).toFixed(1)} kB gzip over ${weight.total.files} files; largest: ${largest}`
		).toBeLessThan(budget);
	});
}

/**
 * What a student's phone downloads from opening a shared link to the first question, measured in
 * the browser (gzipped, as a server or CDN sends them): the page, its scripts and styles and the
 * code loaded beside the fact set, which must stay small; and the fact set itself, which grows with
 * the content (67 facts were 10.0 kB, 112 are 16.3 kB) and is bounded on its own. A guard against
 * the deferred parts growing. Raised from 58 kB when the navigation gained Class results and a
 * shared run began to carry its link's version and timeouts to the result (58.0 → 58.1 kB).
 */
const CODE_TO_FIRST_QUESTION_BUDGET = 59 * KB;
const FACT_SET_BUDGET = 20 * KB;

test.describe('a shared link', () => {
	// The service worker would precache the whole site alongside: not what the first question needs.
	test.use({ serviceWorkers: 'block' });

	test(`needs under ${CODE_TO_FIRST_QUESTION_BUDGET / KB} kB of code and ${FACT_SET_BUDGET / KB} kB of facts (gzip) up to its first question`, async ({
		page
	}) => {
		const sizes: Promise<[string, number]>[] = [];
		page.on('response', (response) => {
			const type = response.request().resourceType();
			if (!['document', 'script', 'stylesheet', 'fetch'].includes(type)) return;
			sizes.push(
				response.body().then(
					(body) => [response.url(), gzipSync(body, { level: 9 }).length],
					() => [response.url(), 0]
				)
			);
		});
		await page.goto(sharedQuizPath());
		await page.getByRole('button', { name: 'Start the quiz' }).click();
		await expect(page.getByText('Question 1 of 10')).toBeVisible();
		const files = new Map(await Promise.all(sizes));
		const isFactSet = (url: string) => url.endsWith('.json');
		const sum = (entries: [string, number][]) =>
			entries.reduce((total, [, size]) => total + size, 0);
		const code = sum([...files].filter(([url]) => !isFactSet(url)));
		const facts = sum([...files].filter(([url]) => isFactSet(url)));
		// The fact set and the deferred code must be among them, or this measures too little.
		expect(facts).toBeGreaterThan(0);
		expect(files.size).toBeGreaterThan(10);
		const report = `code ${(code / KB).toFixed(1)} kB, facts ${(facts / KB).toFixed(1)} kB, ${files.size} files`;
		expect(code, report).toBeLessThan(CODE_TO_FIRST_QUESTION_BUDGET);
		expect(facts, report).toBeLessThan(FACT_SET_BUDGET);
	});
});
