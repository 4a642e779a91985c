import { describe, expect, test } from 'vitest';
import {
	requestPersistence,
	storageEstimate,
	type NavigatorLike
} from '../../../src/lib/storage/index.ts';

function navigatorWith(granted: boolean, already = false) {
	const calls: string[] = [];
	const nav: NavigatorLike = {
		storage: {
			persisted: () => {
				calls.push('persisted');
				return Promise.resolve(already);
			},
			persist: () => {
				calls.push('persist');
				return Promise.resolve(granted);
			},
			estimate: () => Promise.resolve({ usage: 1_234, quota: 5_000_000 })
		}
	};
	return { nav, calls };
}

describe('storageEstimate', () => {
	test('reports persistence, usage and quota without asking for anything', async () => {
		const { nav, calls } = navigatorWith(true);
		expect(await storageEstimate(nav)).toEqual({
			persisted: false,
			usage: 1_234,
			quota: 5_000_000
		});
		expect(calls).toEqual(['persisted']);
	});

	test('gives nulls where the API is missing, throws or rejects', async () => {
		const empty = { persisted: null, usage: null, quota: null };
		expect(await storageEstimate(undefined)).toEqual(empty);
		expect(await storageEstimate({})).toEqual(empty);
		expect(await storageEstimate({ storage: {} })).toEqual(empty);
		const broken: NavigatorLike = {
			storage: {
				persisted: () => Promise.reject(new Error('no')),
				estimate: () => {
					throw new TypeError('Illegal invocation');
				}
			}
		};
		expect(await storageEstimate(broken)).toEqual(empty);
	});
});

describe('requestPersistence', () => {
	test('asks once and reports the answer', async () => {
		const granted = navigatorWith(true);
		expect(await requestPersistence(granted.nav)).toMatchObject({ persisted: true, usage: 1_234 });
		expect(granted.calls).toEqual(['persisted', 'persist']);
		const refused = navigatorWith(false);
		expect((await requestPersistence(refused.nav)).persisted).toBe(false);
	});

	test('does not ask again when already persisted', async () => {
		const { nav, calls } = navigatorWith(false, true);
		expect((await requestPersistence(nav)).persisted).toBe(true);
		expect(calls).toEqual(['persisted']);
	});

	test('never throws where the API is missing', async () => {
		expect(await requestPersistence(undefined)).toEqual({
			persisted: null,
			usage: null,
			quota: null
		});
		const onlyPersist: NavigatorLike = { storage: { persist: () => Promise.resolve(true) } };
		expect(await requestPersistence(onlyPersist)).toEqual({
			persisted: true,
			usage: null,
			quota: null
		});
	});
});
