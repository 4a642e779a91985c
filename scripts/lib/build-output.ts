// Reads the static site in build/ (made by `npx vite build`) for the audit, size and bench scripts.
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve, sep } from 'node:path';

/** The adapter-static output folder, from the project root. */
export const BUILD_DIR = resolve('build');

/** Throws a message saying how to build when build/ has no site in it. */
export function requireBuild(dir = BUILD_DIR): void {
	if (!existsSync(join(dir, 'index.html'))) {
		throw new Error(
			`${relative(process.cwd(), dir) || dir}/ has no site in it: run \`npx vite build\` first`
		);
	}
}

/** The file of a prerendered route ('/play/' → build/play/index.html). */
export function pageFile(route: string, dir = BUILD_DIR): string {
	return join(dir, ...route.split('/').filter(Boolean), 'index.html');
}

/** The routes of `wanted` that the build has a page for, in the order given. */
export function builtPages(wanted: readonly string[], dir = BUILD_DIR): string[] {
	return wanted.filter((route) => existsSync(pageFile(route, dir)));
}

/** Prerendered pages in the build that `listed` does not name, so a script can point them out. */
export function unlistedPages(listed: readonly string[], dir = BUILD_DIR): string[] {
	return listFiles(dir)
		.filter((file) => file === 'index.html' || file.endsWith('/index.html'))
		.map((file) => `/${file.slice(0, -'index.html'.length)}`)
		.filter((route) => !route.startsWith('/_app/') && !listed.includes(route));
}

/** A short name for a route, for file names and tables: '/' → 'home', '/play/' → 'play'. */
export function pageName(route: string): string {
	return route.split('/').filter(Boolean).join('-') || 'home';
}

/** Every file under `dir`, as '/'-separated paths relative to it, sorted. */
export function listFiles(dir = BUILD_DIR): string[] {
	const files: string[] = [];
	const walk = (folder: string) => {
		for (const name of readdirSync(folder)) {
			const path = join(folder, name);
			if (statSync(path).isDirectory()) walk(path);
			else files.push(relative(dir, path).split(sep).join('/'));
		}
	};
	walk(dir);
	return files.sort();
}

/** Prints a note about built pages a script's page list misses. */
export function warnUnlisted(listed: readonly string[], dir = BUILD_DIR): void {
	const missing = unlistedPages(listed, dir);
	if (missing.length > 0) {
		console.warn(`Note: also built but not in this script's page list: ${missing.join(', ')}`);
	}
}

/**
 * A private copy of build/ in the system temp folder, so a rebuild by someone else halfway
 * through a measurement cannot mix two builds (new HTML naming chunks that are gone, or 404s).
 */
export function snapshotBuild(dir = BUILD_DIR): { dir: string; remove(): void } {
	requireBuild(dir);
	const copy = mkdtempSync(join(tmpdir(), 'summit-build-'));
	cpSync(dir, copy, { recursive: true });
	return { dir: copy, remove: () => rmSync(copy, { recursive: true, force: true }) };
}
