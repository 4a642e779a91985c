// Small JSON values in localStorage (a run in progress, the Teach page's form): written and read
// where the browser lets the page, and never a thrown error where it does not (private mode, full,
// blocked): the value is then simply not kept.
import type { KeyValueStore } from './journal-write.ts';

/** The value kept under `key`; undefined when there is none, or it cannot be read or parsed. */
export function readLocalJson(store: KeyValueStore | undefined, key: string): unknown {
	let raw: string | null | undefined;
	try {
		raw = store?.getItem(key);
	} catch {
		return undefined;
	}
	if (!raw) return undefined;
	try {
		return JSON.parse(raw);
	} catch {
		return undefined;
	}
}

/** Keeps `value` under `key`; false when the browser refused. */
export function writeLocalJson(
	store: KeyValueStore | undefined,
	key: string,
	value: unknown
): boolean {
	try {
		store?.setItem(key, JSON.stringify(value));
		return store !== undefined;
	} catch {
		return false;
	}
}

export function removeLocal(store: KeyValueStore | undefined, key: string): void {
	try {
		store?.removeItem(key);
	} catch {
		// Nothing kept, nothing to forget.
	}
}
