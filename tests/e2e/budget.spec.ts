// Size budget, read from the build output (no browser): the pages a first visit or a shared quiz
// link lands on must stay light enough to start fast on a slow phone. `npm run size` shows detail.
import { expect, test } from '@playwright/test';
import { requireBuild } from '../../scripts/lib/build-output.ts';
import { pageWeight } from '../../scripts/lib/bundle-size.ts';

const KB = 1024;
/**
 * Gzipped JS + CSS a first visit downloads, per page. '/play/' also serves shared quiz links: the
 * code that asks the questions loads beside the fact set, after the page is up.
 */
const BUDGETS: Record<string, number> = { '/': 45 * KB, '/play/': 45 * KB };

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
