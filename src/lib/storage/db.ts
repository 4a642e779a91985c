// Opening our IndexedDB database, as idb-keyval's createStore does but with an injectable factory.
import type { UseStore } from 'idb-keyval';
import { StorageError } from './errors.ts';

export const DEFAULT_OPEN_TIMEOUT_MS = 10_000;

export interface StoreOptions {
	/** Give up on an open that neither succeeds nor fails (some locked-down browsers) after this. */
	openTimeoutMs?: number;
}

/**
 * An idb-keyval UseStore over `factory` (idb-keyval's own createStore always uses the global
 * indexedDB). The connection opens on first use and reopens after the browser closes it.
 */
export function createStore(
	factory: IDBFactory,
	dbName: string,
	storeName: string,
	{ openTimeoutMs = DEFAULT_OPEN_TIMEOUT_MS }: StoreOptions = {}
): UseStore {
	let connection: Promise<IDBDatabase> | undefined;
	const connect = () =>
		(connection ??= openDatabase(factory, dbName, storeName, openTimeoutMs).then(
			(db) => {
				// Safari may close connections on its own; another tab may need to upgrade or delete.
				db.onclose = () => (connection = undefined);
				db.onversionchange = () => {
					db.close();
					connection = undefined;
				};
				return db;
			},
			(error: unknown) => {
				connection = undefined;
				throw error;
			}
		));
	return (txMode, callback) =>
		connect().then((db) => callback(db.transaction(storeName, txMode).objectStore(storeName)));
}

/** Opens `dbName`, creating `storeName` if missing; blocked, failing or hanging opens reject. */
export function openDatabase(
	factory: IDBFactory,
	dbName: string,
	storeName: string,
	timeoutMs: number,
	version?: number
): Promise<IDBDatabase> {
	return new Promise((resolve, reject) => {
		let settled = false;
		const fail = (detail: string, cause?: unknown) => {
			if (settled) return;
			settled = true;
			clearTimeout(timer);
			reject(new StorageError('unavailable', detail, { cause }));
		};
		const timer = setTimeout(() => fail('opening the database timed out'), timeoutMs);
		let request: IDBOpenDBRequest;
		try {
			request = version === undefined ? factory.open(dbName) : factory.open(dbName, version);
		} catch (error) {
			fail('opening the database threw', error);
			return;
		}
		request.onupgradeneeded = () => {
			if (!request.result.objectStoreNames.contains(storeName)) {
				request.result.createObjectStore(storeName);
			}
		};
		request.onblocked = () => fail('opening the database was blocked');
		request.onerror = () => fail('opening the database failed', request.error);
		request.onsuccess = () => {
			const db = request.result;
			if (settled) return db.close();
			settled = true;
			clearTimeout(timer);
			if (db.objectStoreNames.contains(storeName)) return resolve(db);
			// A database of that name without our store: add it in a version upgrade.
			const next = db.version + 1;
			db.close();
			openDatabase(factory, dbName, storeName, timeoutMs, next).then(resolve, reject);
		};
	});
}
