import { describe, expect, it } from 'vitest';
import { isCacheable, offlineRedirect, strategyFor, type Site } from '../../../src/lib/pwa';

const ORIGIN = 'https://example.github.io';

function siteAt(base: string): Site {
	const paths = [
		'/',
		'/play/',
		'/__data.json',
		'/_app/immutable/entry/start.abc.js',
		'/icons/icon-192.png'
	];
	return { origin: ORIGIN, base, precached: new Set(paths.map((path) => base + path)) };
}

const get = (path: string, mode = 'cors') => ({ method: 'GET', url: ORIGIN + path, mode });

describe.each(['', '/summit-quiz'])('strategyFor, base %j', (base) => {
	const site = siteAt(base);

	it('answers a share link from the cached page, ignoring fragment and search', () => {
		expect(strategyFor(get(`${base}/play/?utm=x#q=AbC`, 'navigate'), site)).toEqual({
			kind: 'page',
			key: `${base}/play/`,
			precached: true
		});
	});

	it('still handles navigations to pages it has not cached', () => {
		expect(strategyFor(get(`${base}/study/`, 'navigate'), site)).toMatchObject({
			kind: 'page',
			precached: false
		});
	});

	it('answers precached files by pathname, so SvelteKit’s data queries match', () => {
		const data = get(`${base}/__data.json?x-sveltekit-trailing-slash=1&x-sveltekit-invalidated=01`);
		expect(strategyFor(data, site)).toEqual({ kind: 'precached', key: `${base}/__data.json` });
	});

	it('caches hashed files of another build once fetched', () => {
		expect(strategyFor(get(`${base}/_app/immutable/chunks/old.js`), site)).toEqual({
			kind: 'immutable',
			key: `${base}/_app/immutable/chunks/old.js`
		});
	});

	it('leaves other methods, origins and unlisted files to the browser', () => {
		expect(strategyFor({ ...get(`${base}/play/`), method: 'POST' }, site).kind).toBe('pass');
		expect(strategyFor({ ...get('/x'), url: 'https://cdn.example/play/' }, site).kind).toBe('pass');
		expect(strategyFor(get(`${base}/_app/version.json`), site).kind).toBe('pass');
	});
});

describe('strategyFor under a base path', () => {
	it('leaves paths outside the base alone, even ones that start like it', () => {
		const site = siteAt('/summit-quiz');
		expect(strategyFor(get('/play/', 'navigate'), site).kind).toBe('pass');
		expect(strategyFor(get('/summit-quiz-staging/', 'navigate'), site).kind).toBe('pass');
	});
});

describe('offlineRedirect', () => {
	const site = siteAt('/summit-quiz');

	it('adds the trailing slash the cached page has', () => {
		expect(offlineRedirect('/summit-quiz/play', site)).toBe('/summit-quiz/play/');
	});

	it('sends any other page to the home page, and the home page nowhere', () => {
		expect(offlineRedirect('/summit-quiz/study/', site)).toBe('/summit-quiz/');
		expect(offlineRedirect('/summit-quiz/', site)).toBeNull();
		expect(offlineRedirect('/summit-quiz/x', { ...site, precached: new Set() })).toBeNull();
	});
});

describe('isCacheable', () => {
	it('accepts only a real, successful, unredirected Response', () => {
		const ok = new Response('hi');
		expect(isCacheable(new Response('nope', { status: 404 }))).toBe(false);
		expect(isCacheable({ ok: true, type: 'basic', redirected: false })).toBe(false);
		expect(isCacheable(undefined)).toBe(false);
		// Node's Response has type 'default'; a browser's same-origin one has 'basic'.
		Object.defineProperty(ok, 'type', { value: 'basic' });
		expect(isCacheable(ok)).toBe(true);
		Object.defineProperty(ok, 'redirected', { value: true });
		expect(isCacheable(ok)).toBe(false);
	});
});
