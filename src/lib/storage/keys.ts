// The key layout of our single object store: one prefix per kind of record.

export const DEFAULT_DB_NAME = 'summit-quiz';
export const STORE_NAME = 'progress';

export const CARD_PREFIX = 'card:';
export const LOG_PREFIX = 'log:';
export const RUN_PREFIX = 'run:';
export const SETTINGS_KEY = 'settings';
export const META_KEY = 'meta';

/** Key of a fact's card. */
export function cardKey(id: string): string {
	return CARD_PREFIX + id;
}

/** Key of a run. */
export function runKey(id: string): string {
	return RUN_PREFIX + id;
}

/** Key of a log entry; ISO times sort chronologically, the nanoid keeps same-moment answers apart. */
export function logKey(id: string): string {
	return LOG_PREFIX + id;
}

/** Log id for an answer given at `review` (ISO). */
export function logId(review: string, nanoid: string): string {
	return `${review}:${nanoid}`;
}

/** The range of all keys starting with `prefix` ('\uffff' sorts after any BMP character). */
export function prefixRange(prefix: string): IDBKeyRange {
	return IDBKeyRange.bound(prefix, `${prefix}\uffff`);
}
