// Opening progress storage: IndexedDB when it works, otherwise memory, and never an exception.
import type { UseStore } from 'idb-keyval';
import type { Backend } from './backend.ts';
import { createStore, type StoreOptions } from './db.ts';
import { StorageError, toStorageError } from './errors.ts';
import { bucketedCards } from './buckets.ts';
import { idbBackend } from './idb.ts';
import { DEFAULT_DB_NAME, META_KEY, STORE_NAME } from './keys.ts';
import { memoryBackend } from './memory.ts';
import { planMigration, SCHEMA_VERSION, storedVersion } from './migrations.ts';
import { createProgressStore } from './progress.ts';
import type { ProgressStore } from './types.ts';

export interface OpenOptions extends StoreOptions {
	/** Dates the schema record of a new database. */
	now: Date;
	dbName?: string;
	/** The IndexedDB factory; defaults to the global one, null means there is none. */
	factory?: IDBFactory | null;
}

/** The global indexedDB, or null where it is missing or access to it throws (sandboxed frames). */
function globalFactory(): IDBFactory | null {
	try {
		return typeof indexedDB === 'undefined' ? null : indexedDB;
	} catch {
		return null;
	}
}

/** Brings the backend's schema to SCHEMA_VERSION; a quick read when it is already current. */
export async function prepareSchema(backend: Backend, now: Date): Promise<void> {
	const meta = storedVersion(new Map([[META_KEY, await backend.get(META_KEY)]]));
	if (meta?.schemaVersion === SCHEMA_VERSION) return;
	if (meta && meta.schemaVersion > SCHEMA_VERSION) throw new StorageError('newer-version');
	// Re-read inside the write transaction: another tab may have migrated in the meantime.
	await backend.update({ prefixes: [''] }, (found) => ({
		write: planMigration(found, now),
		result: undefined
	}));
}

/**
 * A persistent ProgressStore over an idb-keyval store, after migrating it; may throw. Data saved
 * by a newer version of the app is opened read-only (see untilCleared).
 */
export async function openProgressStoreOn(useStore: UseStore, now: Date): Promise<ProgressStore> {
	const backend = bucketedCards(idbBackend(useStore));
	try {
		await prepareSchema(backend, now);
	} catch (error) {
		const problem = toStorageError(error);
		if (problem.reason !== 'newer-version') throw problem;
		return createProgressStore(untilCleared(backend), {
			persistent: true,
			problem: 'newer-version'
		});
	}
	return createProgressStore(backend, { persistent: true, problem: null });
}

/**
 * Data a newer version of the app saved: this version may read it (what it cannot read is
 * skipped) and export it, but writing would damage it, so every write is refused, except one
 * that clears everything ("Delete all progress"), after which the store is this version's again.
 */
function untilCleared(backend: Backend): Backend {
	let cleared = false;
	const refused = () => Promise.reject(new StorageError('newer-version'));
	return {
		read: (prefixes) => backend.read(prefixes),
		get: (key) => backend.get(key),
		update: (spec, plan) => (cleared ? backend.update(spec, plan) : refused()),
		async write(write) {
			if (!cleared && !write.clear) return refused();
			await backend.write(write);
			cleared = true;
		}
	};
}

/** A store that keeps progress only in memory, saying why. */
export function openMemoryStore(problem: StorageError['reason']): ProgressStore {
	return createProgressStore(bucketedCards(memoryBackend()), { persistent: false, problem });
}

/**
 * Opens the progress database. When IndexedDB is missing, blocked, failing or holds data of a
 * newer app version, returns an in-memory store with `persistent: false` and the reason instead.
 */
export async function openProgressStore(options: OpenOptions): Promise<ProgressStore> {
	const { now, dbName = DEFAULT_DB_NAME, openTimeoutMs } = options;
	const factory = options.factory === undefined ? globalFactory() : options.factory;
	if (!factory) return openMemoryStore('unavailable');
	try {
		const useStore = createStore(factory, dbName, STORE_NAME, { openTimeoutMs });
		return await openProgressStoreOn(useStore, now);
	} catch (error) {
		const { reason } = toStorageError(error);
		return openMemoryStore(
			reason === 'newer-version' || reason === 'quota' ? reason : 'unavailable'
		);
	}
}
