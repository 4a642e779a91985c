// The Backend over an idb-keyval store: each call is one IndexedDB transaction.
import { get, type UseStore } from 'idb-keyval';
import type { Backend, Entry, ReadSpec, Write } from './backend.ts';
import { prefixRange } from './keys.ts';

/** Wraps a callback so an exception inside it aborts the transaction instead of escaping. */
type Guard = <A extends unknown[]>(fn: (...args: A) => void) => (...args: A) => void;

/**
 * Runs `body` in one transaction and resolves with what its returned `finish` gives once the
 * transaction has committed. Any exception aborts the transaction, so nothing of it is written,
 * and rejects with that exception (or the abort's own error, e.g. QuotaExceededError).
 */
function transact<T>(
	useStore: UseStore,
	mode: IDBTransactionMode,
	body: (store: IDBObjectStore, guard: Guard) => () => T
): Promise<T> {
	return useStore(
		mode,
		(store) =>
			new Promise<T>((resolve, reject) => {
				const tx = store.transaction;
				let failure: { error: unknown } | undefined;
				const abort = (error: unknown) => {
					failure ??= { error };
					try {
						tx.abort();
					} catch {
						// Already finished; the failure is still reported.
					}
				};
				const guard: Guard =
					(fn) =>
					(...args) => {
						if (failure) return;
						try {
							fn(...args);
						} catch (error) {
							abort(error);
						}
					};
				let finish: () => T = () => undefined as T;
				guard(() => (finish = body(store, guard)))();
				tx.oncomplete = () => {
					if (failure) return reject(failure.error);
					try {
						resolve(finish());
					} catch (error) {
						reject(error);
					}
				};
				tx.onabort = () => reject(failure ? failure.error : (tx.error ?? abortError()));
			})
	);
}

function abortError(): DOMException {
	return new DOMException('The transaction was aborted', 'AbortError');
}

/** Issues the reads for `spec` and calls `then` with everything found once the last succeeds. */
function readInto(
	store: IDBObjectStore,
	spec: ReadSpec,
	guard: Guard,
	then: (found: Map<string, unknown>) => void
): void {
	const found = new Map<string, unknown>();
	let pending = 0;
	const done = guard(() => {
		pending -= 1;
		if (pending === 0) then(found);
	});
	for (const prefix of spec.prefixes ?? []) {
		pending += 1;
		readPrefix(store, prefix, guard, (entries) => {
			for (const [key, value] of entries) found.set(key, value);
			done();
		});
	}
	for (const key of spec.keys ?? []) {
		pending += 1;
		const request = store.get(key);
		request.onsuccess = guard(() => {
			if (request.result !== undefined) found.set(key, request.result);
			done();
		});
	}
	if (pending === 0) guard(() => then(found))();
}

/** All keys and values under `prefix` with two getAll-style requests ('' = the whole store). */
function readPrefix(
	store: IDBObjectStore,
	prefix: string,
	guard: Guard,
	then: (entries: Entry[]) => void
): void {
	const range = prefix === '' ? undefined : prefixRange(prefix);
	const keys = store.getAllKeys(range);
	const values = store.getAll(range);
	// Both requests see the same snapshot, in key order, so they line up index by index.
	values.onsuccess = guard(() =>
		then(keys.result.map((key, index) => [String(key), values.result[index]] as const))
	);
}

function applyWrite(store: IDBObjectStore, write: Write): void {
	if (write.clear) store.clear();
	for (const key of write.delete ?? []) store.delete(key);
	for (const [key, value] of write.put ?? []) store.put(value, key);
}

/** A Backend whose every call is a single transaction on `useStore`. */
export function idbBackend(useStore: UseStore): Backend {
	return {
		read: (prefixes) =>
			transact(useStore, 'readonly', (store, guard) => {
				const groups: Entry[][] = [];
				prefixes.forEach((prefix, index) =>
					readPrefix(store, prefix, guard, (entries) => (groups[index] = entries))
				);
				return () => groups.flat();
			}),
		get: (key) => get<unknown>(key, useStore),
		update: (spec, plan) =>
			transact(useStore, 'readwrite', (store, guard) => {
				let result: ReturnType<typeof plan>['result'] | undefined;
				readInto(store, spec, guard, (found) => {
					const planned = plan(found);
					result = planned.result;
					applyWrite(store, planned.write);
				});
				return () => result as ReturnType<typeof plan>['result'];
			}),
		write: (write) =>
			transact(useStore, 'readwrite', (store) => {
				applyWrite(store, write);
				return () => undefined;
			})
	};
}
