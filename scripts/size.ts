// `npm run size`: the JS and CSS each page downloads on a first visit, and what the service worker
// precaches, read from build/ (run `npx vite build` first). Figures only; the budget is checked by
// tests/e2e/budget.spec.ts.
import { builtPages, requireBuild, warnUnlisted } from './lib/build-output.ts';
import { pageWeight, precacheWeight, sum } from './lib/bundle-size.ts';
import { printTable } from './bench/report.ts';

/** Every page the app has or will have; only those with a build/<route>/index.html are measured. */
const ROUTES = ['/', '/play/', '/study/', '/progress/', '/compose/', '/results/'];

const kB = (bytes: number) => (bytes / 1024).toFixed(1);

function main(): void {
	requireBuild();
	const pages = builtPages(ROUTES);
	warnUnlisted(ROUTES);
	const rows = pages.map((route) => {
		const weight = pageWeight(route);
		const js = sum(weight.js);
		const css = sum(weight.css);
		return [
			route,
			String(js.files),
			kB(js.raw),
			kB(js.gzip),
			String(css.files),
			kB(css.raw),
			kB(css.gzip),
			kB(weight.total.raw),
			kB(weight.total.gzip),
			kB(weight.html.gzip)
		];
	});
	printTable(
		'First visit, JS + CSS (kB = 1,024 bytes; gzip -9 per file)',
		['page', 'js', 'js raw', 'js gz', 'css', 'css raw', 'css gz', 'raw', 'gzip', 'html gz'],
		rows
	);
	const precache = precacheWeight();
	printTable(
		'Service worker precache (everything in build/ but service-worker.js)',
		['files', 'raw kB', 'gzip kB'],
		[[String(precache.files), kB(precache.raw), kB(precache.gzip)]]
	);
}

main();
