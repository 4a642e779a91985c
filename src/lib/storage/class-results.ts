// The teacher's class results, in a database of their own: results students sent, keyed by code.
import { createStore as idbCreateStore, del, entries, get, set, type UseStore } from 'idb-keyval';
import * as v from 'valibot';
import type { ReceivedResult } from '../share/index.ts';
import { toStorageError } from './errors.ts';
import type { SkippedRecord } from './types.ts';

const DB_NAME = 'summit-quiz-class';
const STORE_NAME = 'results';

const resultSchema = v.object({
	code: v.pipe(v.string(), v.minLength(1), v.maxLength(200)),
	quizKey: v.pipe(v.string(), v.minLength(1), v.maxLength(32)),
	name: v.pipe(v.string(), v.minLength(1), v.maxLength(80)),
	score: v.pipe(v.number(), v.integer(), v.minValue(0)),
	answers: v.pipe(v.array(v.boolean()), v.minLength(1), v.maxLength(50)),
	timeMs: v.pipe(v.number(), v.minValue(0)),
	receivedAt: v.pipe(v.string(), v.isoTimestamp())
});

export interface ClassResultsStore {
	load(): Promise<{ results: ReceivedResult[]; skipped: SkippedRecord[] }>;
	/** Adds a result; false when that exact code was already there. */
	add(result: ReceivedResult): Promise<boolean>;
	remove(code: string): Promise<void>;
}

let store: UseStore | undefined;

/** Results kept in IndexedDB; the store is created on first use, never during prerendering. */
export function classResultsStore(useStore?: UseStore): ClassResultsStore {
	const db = () => useStore ?? (store ??= idbCreateStore(DB_NAME, STORE_NAME));
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
					const parsed = v.safeParse(resultSchema, value);
					if (parsed.success) results.push(parsed.output);
					else skipped.push({ key: String(key), reason: 'not a valid class result' });
				}
				return { results, skipped };
			}),
		add: (result) =>
			guarded(async () => {
				const parsed = v.parse(resultSchema, result);
				if ((await get(parsed.code, db())) !== undefined) return false;
				await set(parsed.code, parsed, db());
				return true;
			}),
		remove: (code) => guarded(() => del(code, db()))
	};
}
