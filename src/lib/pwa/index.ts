// Offline and updates: what the service worker caches and serves, and noticing a new version.
export { cacheName, cachePrefix, ownsCache, staleCaches } from './caches.ts';
export { isCacheable, offlineRedirect, strategyFor } from './routes.ts';
export type { RequestLike, Site, Strategy } from './routes.ts';
export { watchForUpdate } from './update.ts';
export type {
	EventSourceLike,
	NavigatorLike,
	RegistrationLike,
	WorkerContainerLike,
	WorkerLike
} from './update.ts';
