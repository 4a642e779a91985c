// Opening the deck database: IndexedDB when it works, memory (with a notice) when it does not.
import { createStore } from '../storage/db.ts';
import { idbBackend } from '../storage/idb.ts';
import { memoryBackend } from '../storage/memory.ts';
import type { Backend } from '../storage/backend.ts';
import { DECKS_DB_NAME, DECKS_STORE_NAME } from './catalog.ts';

export interface OpenDeckLibraryOptions {
	factory?: IDBFactory | null;
	dbName?: string;
	openTimeoutMs?: number;
}

function globalFactory(): IDBFactory | null {
	try {
		return typeof indexedDB === 'undefined' ? null : indexedDB;
	} catch {
		return null;
	}
}

/**
 * The deck database; a fresh memory store (persistent: false) when IndexedDB is missing or does
 * not open. Never throws.
 */
export async function openDeckBackend(
	options: OpenDeckLibraryOptions = {}
): Promise<{ backend: Backend; persistent: boolean }> {
	const factory = options.factory === undefined ? globalFactory() : options.factory;
	if (factory) {
		try {
			const useStore = createStore(factory, options.dbName ?? DECKS_DB_NAME, DECKS_STORE_NAME, {
				openTimeoutMs: options.openTimeoutMs
			});
			const backend = idbBackend(useStore);
			await backend.get('summary:'); // opens the database now, so a failure shows here
			return { backend, persistent: true };
		} catch {
			// fall through to memory
		}
	}
	return { backend: memoryBackend(), persistent: false };
}
