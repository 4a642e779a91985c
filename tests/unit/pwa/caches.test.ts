import { describe, expect, it } from 'vitest';
import { cacheName, ownsCache, staleCaches } from '../../../src/lib/pwa';

describe('cache names', () => {
	it('names one cache per build and deployment', () => {
		expect(cacheName('', 'v2')).not.toBe(cacheName('', 'v1'));
		expect(cacheName('/summit-quiz', 'v1')).not.toBe(cacheName('', 'v1'));
	});

	it('deletes only the same deployment’s caches of other builds', () => {
		const names = [
			cacheName('', 'v1'),
			cacheName('', 'v2'),
			cacheName('/summit-quiz', 'v1'),
			cacheName('/summit-quiz-staging', 'v1'),
			'another-app-v1'
		];
		expect(staleCaches(names, '', 'v2')).toEqual([cacheName('', 'v1')]);
		expect(staleCaches(names, '/summit-quiz', 'v2')).toEqual([cacheName('/summit-quiz', 'v1')]);
	});

	it('does not claim the caches of a deployment below its own base', () => {
		expect(ownsCache(cacheName('/a/:b', 'v1'), '/a')).toBe(false);
		expect(ownsCache(cacheName('/a', 'v1'), '/a')).toBe(true);
	});
});
