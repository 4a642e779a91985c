// What a first visit to a prerendered page downloads in JS and CSS, read from build/ alone:
// the page's <link rel="modulepreload|stylesheet">, <script src> and the bootstrap's import()s,
// plus every file those JS chunks import statically, plus the CSS inlined in its <style>. Dynamic
// import() inside chunks is left out: it loads later, or never, and that is what keeps a page
// light. Kit also links each inlined stylesheet with `disabled`, which browsers do not download.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { BUILD_DIR, listFiles, pageFile } from './build-output.ts';

/** One file with its size on disk and gzipped alone at level 9, in bytes. */
export interface SizedFile {
	/** Path from the site root, e.g. '/_app/immutable/chunks/abc.js'. */
	path: string;
	raw: number;
	gzip: number;
}

export interface Totals {
	files: number;
	raw: number;
	gzip: number;
}

export interface PageWeight {
	route: string;
	js: SizedFile[];
	css: SizedFile[];
	/** The HTML document itself, for reference; not part of the JS + CSS figure. */
	html: SizedFile;
	/** JS and CSS together. */
	total: Totals;
}

const LINK = /<link\b[^>]*>/gi;
const SCRIPT_SRC = /<script\b[^>]*\bsrc=["']([^"']+)["'][^>]*>/gi;
const INLINE_SCRIPT = /<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/gi;
const INLINE_STYLE = /<style\b[^>]*>([\s\S]*?)<\/style>/gi;
/** The name inlined CSS goes by in a page's list of files. */
export const INLINE_STYLES = '(inline <style>)';
/** `import("./x.js")` in the page's inline bootstrap: Kit starts the app this way. */
const BOOT_IMPORT = /\bimport\(\s*["']([^"']+\.js)["']\s*\)/g;
/**
 * Static `import … from "./x.js"`, `import "./x.js"`, `export … from "./x.js"` in built chunks;
 * the clause may not cross a ';' or a quote, and `import(` never matches (no quote after it).
 */
const STATIC_IMPORT =
	/(?:^|[;}\s)])(?:import|export)\s*(?:[\w$\s{},*]*?\bfrom\s*)?["'](\.{1,2}\/[^"']+\.js)["']/g;

/** The JS and CSS a first, uncached visit to `route` downloads, each file sized. */
export function pageWeight(route: string, dir = BUILD_DIR): PageWeight {
	const htmlPath = pageFile(route, dir);
	const html = readFileSync(htmlPath, 'utf8');
	const { scripts, styles } = pageEntries(html, route);
	const js = [...staticClosure(scripts, dir)].map((path) => sized(path, dir));
	const css = [...new Set(styles)]
		.filter((path) => !isExternal(path))
		.map((path) => sized(path, dir));
	// Sized as one block: the browser gets it as one, inside the page.
	const inline = [...html.matchAll(INLINE_STYLE)].map(([, body]) => body).join('');
	if (inline) css.push(sizedBytes(INLINE_STYLES, Buffer.from(inline)));
	const all = [...js, ...css];
	return {
		route,
		js,
		css,
		html: sized(`${route}index.html`, dir),
		total: sum(all)
	};
}

/** Everything the service worker would precache: all of build/ but the worker itself. */
export function precacheWeight(dir = BUILD_DIR): Totals {
	const files = listFiles(dir).filter((file) => file !== 'service-worker.js');
	return sum(files.map((file) => sized(`/${file}`, dir)));
}

export function sum(files: readonly { raw: number; gzip: number }[]): Totals {
	return {
		files: files.length,
		raw: files.reduce((total, file) => total + file.raw, 0),
		gzip: files.reduce((total, file) => total + file.gzip, 0)
	};
}

/** Site-root paths of the scripts and stylesheets `html` (the page at `route`) asks for. */
export function pageEntries(html: string, route: string): { scripts: string[]; styles: string[] } {
	const scripts: string[] = [];
	const styles: string[] = [];
	for (const [tag] of html.matchAll(LINK)) {
		const rel = attribute(tag, 'rel')?.toLowerCase().split(/\s+/) ?? [];
		const href = attribute(tag, 'href');
		if (!href) continue;
		if (rel.includes('modulepreload')) scripts.push(sitePath(href, route));
		else if (rel.includes('preload') && attribute(tag, 'as') === 'script')
			scripts.push(sitePath(href, route));
		else if (rel.includes('stylesheet') && !hasAttribute(tag, 'disabled'))
			styles.push(sitePath(href, route));
	}
	for (const [, src] of html.matchAll(SCRIPT_SRC)) scripts.push(sitePath(src, route));
	for (const [, body] of html.matchAll(INLINE_SCRIPT)) {
		for (const [, specifier] of body.matchAll(BOOT_IMPORT)) {
			scripts.push(sitePath(specifier, route));
		}
	}
	return { scripts, styles };
}

/** Site-root paths of the chunks `source` (the file at `from`) imports statically. */
export function staticImports(source: string, from: string): string[] {
	return [...source.matchAll(STATIC_IMPORT)].map(([, specifier]) => sitePath(specifier, from));
}

/** `entries` and every chunk they import statically, transitively. */
function staticClosure(entries: readonly string[], dir: string): Set<string> {
	const seen = new Set<string>();
	const queue = [...entries];
	for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
		if (seen.has(path) || isExternal(path)) continue;
		seen.add(path);
		queue.push(...staticImports(readFileSync(onDisk(path, dir), 'utf8'), path));
	}
	return seen;
}

function sized(path: string, dir: string): SizedFile {
	return sizedBytes(path, readFileSync(onDisk(path, dir)));
}

function sizedBytes(path: string, bytes: Buffer): SizedFile {
	return { path, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
}

/** `href` as found in the file at site path `from`, as a path from the site root. */
function sitePath(href: string, from: string): string {
	const url = new URL(href, new URL(from, 'http://site.invalid'));
	return url.origin === 'http://site.invalid' ? url.pathname : url.href;
}

function isExternal(path: string): boolean {
	return !path.startsWith('/');
}

function onDisk(path: string, dir: string): string {
	return join(dir, ...decodeURIComponent(path).split('/').filter(Boolean));
}

function hasAttribute(tag: string, name: string): boolean {
	return new RegExp(`\\s${name}(?=[\\s=>/])`, 'i').test(tag);
}

function attribute(tag: string, name: string): string | undefined {
	const match = new RegExp(`\\b${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag);
	return match ? (match[1] ?? match[2] ?? match[3]) : undefined;
}
