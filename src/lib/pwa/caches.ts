// Cache names: one cache per build, named so a worker deletes only its own deployment's caches.

const APP = 'summit-quiz';

/**
 * The start of every cache name a deployment owns. Cache storage is shared by a whole origin,
 * so the base path is part of the name: `/summit-quiz` and `/summit-quiz-staging` on one
 * GitHub Pages origin never delete each other's caches.
 */
export function cachePrefix(base: string): string {
	return `${APP}:${base}/:`;
}

/** The cache for one build (`version`) of the deployment at `base`. */
export function cacheName(base: string, version: string): string {
	return cachePrefix(base) + version;
}

/** Whether a cache belongs to the deployment at `base`, and not to one below it. */
export function ownsCache(name: string, base: string): boolean {
	const prefix = cachePrefix(base);
	return name.startsWith(prefix) && !name.slice(prefix.length).includes('/:');
}

/** The caches to delete when `version` activates: this deployment's caches of other builds. */
export function staleCaches(names: readonly string[], base: string, version: string): string[] {
	const current = cacheName(base, version);
	return names.filter((name) => ownsCache(name, base) && name !== current);
}
