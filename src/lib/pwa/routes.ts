// How the service worker answers each request: which requests it handles, and from where.

/** The fields of a `Request` that decide how it is answered. */
export interface RequestLike {
	method: string;
	url: string;
	mode: string;
}

/** The deployment a worker serves: its origin, base path and everything it precached. */
export interface Site {
	origin: string;
	/** `''` at a domain's root, else like `/summit-quiz` (no trailing slash). */
	base: string;
	/** Pathnames cached at install: built files, static files and prerendered pages. */
	precached: ReadonlySet<string>;
}

/**
 * - `page`: a navigation; cache first when `precached`, else network first; offline fallback.
 * - `precached`: a file cached at install, answered from the cache.
 * - `immutable`: a hashed build file from another build, cached once fetched.
 * - `pass`: not ours (another origin, not GET, outside the base): the browser handles it.
 * `key` is the pathname the cache stores it under: search and fragment never count.
 */
export type Strategy =
	| { kind: 'page'; key: string; precached: boolean }
	| { kind: 'precached'; key: string }
	| { kind: 'immutable'; key: string }
	| { kind: 'pass' };

const IMMUTABLE_DIR = '/_app/immutable/';

/** Chooses how to answer a request. */
export function strategyFor(request: RequestLike, site: Site): Strategy {
	if (request.method !== 'GET') return { kind: 'pass' };
	const url = new URL(request.url);
	if (url.origin !== site.origin || !url.pathname.startsWith(`${site.base}/`)) {
		return { kind: 'pass' };
	}
	const key = url.pathname;
	const precached = site.precached.has(key);
	if (request.mode === 'navigate') return { kind: 'page', key, precached };
	if (precached) return { kind: 'precached', key };
	if (key.startsWith(site.base + IMMUTABLE_DIR)) return { kind: 'immutable', key };
	return { kind: 'pass' };
}

/**
 * Where to send a navigation that neither cache nor network can answer: the same page with the
 * trailing slash every page here has, else the home page; null when neither was precached.
 * A redirect, not the home page's HTML under another URL, because pages link their scripts and
 * styles by relative paths that only resolve from their own URL.
 */
export function offlineRedirect(pathname: string, site: Site): string | null {
	if (!pathname.endsWith('/') && site.precached.has(`${pathname}/`)) return `${pathname}/`;
	const home = `${site.base}/`;
	return pathname !== home && site.precached.has(home) ? home : null;
}

/**
 * Whether a fetch result may be stored: a real, successful, same-origin `Response`. A
 * redirected response is refused, as a browser will not show one in answer to a navigation.
 */
export function isCacheable(response: unknown): response is Response {
	return (
		response instanceof Response && response.ok && response.type === 'basic' && !response.redirected
	);
}
