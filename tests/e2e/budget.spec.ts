// Size budget, read from the build output (no browser): the pages a first visit or a shared quiz
// link lands on must stay light enough to start fast on a slow phone. `npm run size` shows detail.
import { expect, test } from '@playwright/test';
import { requireBuild } from '../../scripts/lib/build-output.ts';
import { pageWeight } from '../../scripts/lib/bundle-size.ts';

const KB = 1024;
/**
 * Gzipped JS + CSS a first visit downloads, per page. '/play/' also serves shared quiz links.
 * The goal for '/play/' is 45 kB too; it is at about 52 kB today, so this holds it where it is
 * (a ratchet, lowered as it shrinks) while the rest is found. See the open audit issue.
 */
const BUDGETS: Record<string, number> = { '/': 45 * KB, '/play/': 53 * KB };

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
