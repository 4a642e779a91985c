// A Backend in a Map, for when IndexedDB is unavailable: same behaviour, nothing survives the tab.
import type { Backend, Entry, ReadSpec, Write } from './backend.ts';

/** A fresh, empty in-memory backend; values are structured-cloned in and out, as IndexedDB does. */
export function memoryBackend(): Backend {
	const records = new Map<string, unknown>();

	const readPrefix = (prefix: string): Entry[] =>
		[...records.keys()]
			.filter((key) => key.startsWith(prefix))
			.sort(compareKeys)
			.map((key) => [key, structuredClone(records.get(key))] as const);

	// Clone everything first so a value that cannot be stored leaves the map untouched.
	const apply = (write: Write) => {
		const puts = (write.put ?? []).map(([key, value]) => [key, structuredClone(value)] as const);
		if (write.clear) records.clear();
		for (const key of write.delete ?? []) records.delete(key);
		for (const [key, value] of puts) records.set(key, value);
	};

	const collect = (spec: ReadSpec): Map<string, unknown> => {
		const found = new Map<string, unknown>((spec.prefixes ?? []).flatMap(readPrefix));
		for (const key of spec.keys ?? []) {
			if (records.has(key)) found.set(key, structuredClone(records.get(key)));
		}
		return found;
	};

	return {
		read: (prefixes) => settle(() => prefixes.flatMap(readPrefix)),
		get: (key) => settle(() => structuredClone(records.get(key))),
		update: (spec, plan) =>
			settle(() => {
				const { write, result } = plan(collect(spec));
				apply(write);
				return result;
			}),
		write: (write) => settle(() => apply(write))
	};
}

/** IndexedDB's order for string keys: by UTF-16 code unit, which is what < does. */
function compareKeys(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}

/** Runs `body` now and reports its outcome as a promise, like an IndexedDB request would. */
function settle<T>(body: () => T): Promise<T> {
	try {
		return Promise.resolve(body());
	} catch (error) {
		return Promise.reject(error);
	}
}
