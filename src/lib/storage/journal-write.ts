// Writing to the journal of answers not yet in IndexedDB (journal.ts reads it). Apart from the
// reading, so the play page, which writes with its first paint, carries only this; it imports no
// code at all.
import type { Rating } from '../srs/types.ts';

/** An answer as kept in the journal. */
export interface JournaledAnswer {
	/** Becomes part of the review's log id, so an answer is never recorded twice. */
	id: string;
	/** The deck's id; null for the built-in deck. */
	deck: string | null;
	factId: string;
	correct: boolean;
	elapsedMs: number;
	timeLimitMs: number | null;
	/** A self-graded flashcard's rating. */
	rating?: Rating;
	/** When it was given (ISO). */
	at: string;
}

/** An answer as the pages give it. */
export interface GivenAnswer {
	factId: string;
	correct: boolean;
	elapsedMs: number;
	timeLimitMs?: number | null;
	rating?: Rating;
}

/** The part of localStorage the journal uses; a Map-backed stand-in in tests. */
export type KeyValueStore = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

export const JOURNAL_PREFIX = 'summit-quiz:answer:';

export function localStore(): KeyValueStore | undefined {
	try {
		return globalThis.localStorage ?? undefined;
	} catch {
		// Storage blocked: answers go to IndexedDB as before, without the journal.
		return undefined;
	}
}

/**
 * Keeps an answer to the deck's card given `at`; returns its id, or undefined when localStorage is
 * unavailable or full (the answer then only goes to IndexedDB, a moment later).
 */
export function journalAnswer(
	deck: string | null,
	answer: GivenAnswer,
	at: Date,
	store = localStore()
): string | undefined {
	if (!store) return undefined;
	const id = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 12)}`;
	const entry: JournaledAnswer = {
		id,
		deck,
		factId: answer.factId,
		correct: answer.correct,
		elapsedMs: answer.elapsedMs,
		timeLimitMs: answer.timeLimitMs ?? null,
		...(answer.rating ? { rating: answer.rating } : {}),
		at: at.toISOString()
	};
	try {
		store.setItem(JOURNAL_PREFIX + id, JSON.stringify(entry));
		return id;
	} catch {
		return undefined;
	}
}
