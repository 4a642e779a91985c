// Asking the browser to keep our data (navigator.storage), with the navigator passed in.

/** The part of StorageManager we use; every method may be missing. */
export interface StorageManagerLike {
	persist?: () => Promise<boolean>;
	persisted?: () => Promise<boolean>;
	estimate?: () => Promise<{ usage?: number; quota?: number }>;
}

export interface NavigatorLike {
	storage?: StorageManagerLike;
}

export interface Durability {
	/** Whether the browser promised not to evict our data; null when it cannot say. */
	persisted: boolean | null;
	/** Bytes used and available to this site, null when unknown. */
	usage: number | null;
	quota: number | null;
}

/** Calls an optional storage method, giving null when it is missing, throws or rejects. */
async function attempt<T>(call: (() => Promise<T>) | undefined): Promise<T | null> {
	if (typeof call !== 'function') return null;
	try {
		return await call();
	} catch {
		return null;
	}
}

function byteCount(value: unknown): number | null {
	return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : null;
}

/** How durable our storage is now, without asking for anything. Never throws. */
export async function storageEstimate(
	navigatorLike: NavigatorLike | undefined
): Promise<Durability> {
	const storage = navigatorLike?.storage;
	const persisted = await attempt(storage?.persisted?.bind(storage));
	const estimate = await attempt(storage?.estimate?.bind(storage));
	return {
		persisted: typeof persisted === 'boolean' ? persisted : null,
		usage: byteCount(estimate?.usage),
		quota: byteCount(estimate?.quota)
	};
}

/** Asks for persistent storage unless already granted, then reports as storageEstimate. */
export async function requestPersistence(
	navigatorLike: NavigatorLike | undefined
): Promise<Durability> {
	const storage = navigatorLike?.storage;
	const before = await storageEstimate(navigatorLike);
	if (before.persisted === true) return before;
	const granted = await attempt(storage?.persist?.bind(storage));
	return typeof granted === 'boolean' ? { ...before, persisted: granted } : before;
}
