// Quizzes this teacher handed out, in a database of their own: the link, what it asks and its
// answer key, so the Teach page lists them and the class table can name a quiz and check results.
import { clear, del, entries, get, set, type UseStore } from 'idb-keyval';
import * as v from 'valibot';
import { createStore } from './db.ts';
import { StorageError, toStorageError } from './errors.ts';
import type { SkippedRecord } from './types.ts';

export const SHARED_QUIZZES_DB = 'summit-quiz-shared';
const STORE_NAME = 'quizzes';

/** One question as the answer key shows it. */
export interface AnswerKeyItem {
	prompt: string;
	answer: string;
}

/** A quiz handed out from this device. */
export interface SharedQuiz {
	/** quizKey(): what students' result codes name. */
	key: string;
	/** The whole link students opened. */
	link: string;
	title: string;
	/** The deck's title, for quizzes of decks other than the built-in one. */
	deckTitle: string;
	/** ISO time it was first handed out. */
	sharedAt: string;
	/** Seconds per question, or null. */
	timeLimit: number | null;
	questions: AnswerKeyItem[];
}

const LIMITS = { text: 2_000, link: 20_000, questions: 50 } as const;
const text = (max: number) => v.pipe(v.string(), v.maxLength(max));

let quizSchema: v.GenericSchema<unknown, SharedQuiz> | undefined;
/** A record as kept: anything else (damaged, or from a newer app) is skipped with a reason. */
export const sharedQuizSchema = () =>
	(quizSchema ??= v.object({
		key: v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{1,32}$/)),
		link: v.pipe(v.string(), v.url(), v.maxLength(LIMITS.link)),
		title: text(LIMITS.text),
		deckTitle: text(LIMITS.text),
		sharedAt: v.pipe(v.string(), v.isoTimestamp()),
		timeLimit: v.nullable(v.pipe(v.number(), v.integer(), v.minValue(1))),
		questions: v.pipe(
			v.array(v.object({ prompt: text(LIMITS.text), answer: text(LIMITS.text) })),
			v.minLength(1),
			v.maxLength(LIMITS.questions)
		)
	}));

/** True for a shared quiz as this store keeps it. */
export function isSharedQuiz(value: unknown): value is SharedQuiz {
	return v.is(sharedQuizSchema(), value);
}

export interface SharedQuizzesStore {
	/** Newest first. */
	load(): Promise<{ quizzes: SharedQuiz[]; skipped: SkippedRecord[] }>;
	/** Keeps `quiz`; one already kept under its key keeps its first date. */
	add(quiz: SharedQuiz): Promise<void>;
	remove(key: string): Promise<void>;
	/** Deletes every quiz from the list. */
	clear(): Promise<void>;
}

let store: UseStore | undefined;

/** Shared quizzes in IndexedDB; the database opens on first use, with a time limit. */
export function sharedQuizzesStore(useStore?: UseStore): SharedQuizzesStore {
	const db = () => {
		if (useStore) return useStore;
		if (typeof indexedDB === 'undefined')
			throw new StorageError('unavailable', 'this browser has no IndexedDB');
		return (store ??= createStore(indexedDB, SHARED_QUIZZES_DB, STORE_NAME));
	};
	const guarded = async <T>(action: () => Promise<T>): Promise<T> => {
		try {
			return await action();
		} catch (error) {
			throw toStorageError(error);
		}
	};
	const load = () =>
		guarded(async () => {
			const quizzes: SharedQuiz[] = [];
			const skipped: SkippedRecord[] = [];
			for (const [key, value] of await entries(db())) {
				const parsed = v.safeParse(sharedQuizSchema(), value);
				if (parsed.success && parsed.output.key === key) quizzes.push(parsed.output);
				else skipped.push({ key: String(key), reason: 'not a valid shared quiz' });
			}
			quizzes.sort((a, b) => (a.sharedAt < b.sharedAt ? 1 : a.sharedAt > b.sharedAt ? -1 : 0));
			return { quizzes, skipped };
		});
	return {
		load,
		add: async (quiz) => {
			// A quiz the list cannot hold is the caller's mistake, told apart from storage failing.
			if (!isSharedQuiz(quiz)) throw new StorageError('invalid-record', 'not a shared quiz');
			return guarded(async () => {
				const parsed = quiz;
				const before = v.safeParse(sharedQuizSchema(), await get(parsed.key, db()));
				const sharedAt = before.success ? before.output.sharedAt : parsed.sharedAt;
				await set(parsed.key, { ...parsed, sharedAt }, db());
			});
		},
		remove: (key) => guarded(() => del(key, db())),
		clear: () => guarded(() => clear(db()))
	};
}
