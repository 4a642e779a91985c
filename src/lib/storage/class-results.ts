// The teacher's class results, in a database of their own: results students sent, keyed by code.
import { clear, del, entries, get, set, type UseStore } from 'idb-keyval';
import * as v from 'valibot';
import {
	longestResultCode,
	resultProblem,
	TIME_ALLOWANCES,
	type ReceivedResult
} from '../share/index.ts';
import { createStore } from './db.ts';
import { StorageError, toStorageError } from './errors.ts';
import type { SkippedRecord } from './types.ts';

const DB_NAME = 'summit-quiz-class';
const STORE_NAME = 'results';

/** A result as stored: within the very limits a result code is read with, never others. */
let resultSchema: v.GenericSchema<unknown, ReceivedResult> | undefined;
const schema = () =>
	(resultSchema ??= v.pipe(
		v.object({
			code: v.pipe(v.string(), v.minLength(1), v.maxLength(longestResultCode())),
			quizKey: v.string(),
			name: v.string(),
			score: v.number(),
			answers: v.array(v.boolean()),
			timeMs: v.number(),
			attempt: v.optional(v.number()),
			timedOut: v.optional(v.array(v.boolean())),
			allowance: v.optional(v.picklist(TIME_ALLOWANCES)),
			otherVersion: v.optional(v.boolean()),
			receivedAt: v.pipe(v.string(), v.isoTimestamp())
		}),
		v.check((result) => resultProblem(result) === undefined)
	));

/** True for a result this store keeps: one a result code could carry, with its code. */
export function isClassResult(value: unknown): value is ReceivedResult {
	return v.is(schema(), value);
}

export interface ClassResultsStore {
	load(): Promise<{ results: ReceivedResult[]; skipped: SkippedRecord[] }>;
	/** Adds a result; false when that exact code was already there. */
	add(result: ReceivedResult): Promise<boolean>;
	remove(code: string): Promise<void>;
	/** Deletes every result. */
	clear(): Promise<void>;
}

let store: UseStore | undefined;

/** Results kept in IndexedDB; the store is created on first use, never during prerendering. */
export function classResultsStore(useStore?: UseStore): ClassResultsStore {
	// Opened with a time limit: a browser whose storage never answers gets a message, not a hang.
	const db = () => {
		if (useStore) return useStore;
		if (typeof indexedDB === 'undefined')
			throw new StorageError('unavailable', 'this browser has no IndexedDB');
		return (store ??= createStore(indexedDB, DB_NAME, STORE_NAME));
	};
	const guarded = async <T>(action: () => Promise<T>): Promise<T> => {
		try {
			return await action();
		} catch (error) {
			throw toStorageError(error);
		}
	};
	return {
		load: () =>
			guarded(async () => {
				const results: ReceivedResult[] = [];
				const skipped: SkippedRecord[] = [];
				for (const [key, value] of await entries(db())) {
					const parsed = v.safeParse(schema(), value);
					if (parsed.success) results.push(parsed.output);
					else skipped.push({ key: String(key), reason: 'not a valid class result' });
				}
				return { results, skipped };
			}),
		add: (result) =>
			guarded(async () => {
				const parsed = v.parse(schema(), result);
				if ((await get(parsed.code, db())) !== undefined) return false;
				await set(parsed.code, parsed, db());
				return true;
			}),
		remove: (code) => guarded(() => del(code, db())),
		clear: () => guarded(() => clear(db()))
	};
}
