/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
// Offline play: every page, script, style and static file of this build is cached at install.
// Which request is answered how is decided in $lib/pwa/routes.ts; this file only does the I/O.
import { base, build, files, prerendered, version } from '$service-worker';
import { cacheName, isCacheable, offlineRedirect, staleCaches, strategyFor } from '$lib/pwa';
import type { Site } from '$lib/pwa';

const sw = self as unknown as ServiceWorkerGlobalScope;
const CACHE = cacheName(base, version);
const site: Site = {
	origin: sw.location.origin,
	base,
	precached: new Set([...build, ...files, ...prerendered])
};

/** Caches the whole build. Pages and static files bypass the HTTP cache, which may be stale. */
async function precache() {
	const cache = await caches.open(CACHE);
	const fresh = [...files, ...prerendered].map((url) => new Request(url, { cache: 'reload' }));
	await cache.addAll([...build, ...fresh]);
}

/** Deletes this deployment's caches of earlier builds. */
async function deleteStaleCaches() {
	const stale = staleCaches(await caches.keys(), base, version);
	await Promise.all(stale.map((name) => caches.delete(name)));
}

/** Fetches from the network, storing a successful response under `key`. */
async function fetchAndStore(request: Request, key: string): Promise<Response> {
	const response = await fetch(request);
	if (isCacheable(response)) {
		const cache = await caches.open(CACHE);
		await cache.put(key, response.clone());
	}
	return response;
}

/** Cache first, then the network. */
async function cacheFirst(request: Request, key: string): Promise<Response> {
	return (await caches.match(key, { cacheName: CACHE })) ?? fetchAndStore(request, key);
}

/** A navigation: precached pages from the cache; offline, the cached page or the home page. */
async function page(request: Request, key: string, precached: boolean): Promise<Response> {
	if (precached) {
		const cached = await caches.match(key, { cacheName: CACHE });
		if (cached) return cached;
	}
	try {
		return await fetchAndStore(request, key);
	} catch (error) {
		const cached = await caches.match(key, { cacheName: CACHE });
		if (cached) return cached;
		const target = offlineRedirect(key, site);
		if (target) return Response.redirect(new URL(target, site.origin).href, 302);
		throw error;
	}
}

sw.addEventListener('install', (event) => {
	event.waitUntil(precache().then(() => sw.skipWaiting()));
});

sw.addEventListener('activate', (event) => {
	event.waitUntil(deleteStaleCaches().then(() => sw.clients.claim()));
});

sw.addEventListener('fetch', (event) => {
	const strategy = strategyFor(event.request, site);
	if (strategy.kind === 'pass') return;
	event.respondWith(
		strategy.kind === 'page'
			? page(event.request, strategy.key, strategy.precached)
			: cacheFirst(event.request, strategy.key)
	);
});
