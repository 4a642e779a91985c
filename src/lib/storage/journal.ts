// A journal of answers not yet in IndexedDB, kept in localStorage. An answer is written to it in
// the same task as the tap that gives it (journal-write.ts; localStorage writes at once, while
// IndexedDB's write starts later, after the storage code loads and the card is read), so a tab
// closed right away keeps the answer. The next open of that deck's progress records what is
// left in IndexedDB, each answer once (its journal id is in its log id), then forgets it.
import { RATINGS } from '../srs/types.ts';
import {
	JOURNAL_PREFIX,
	localStore,
	type JournaledAnswer,
	type KeyValueStore
} from './journal-write.ts';

export { journalAnswer, type GivenAnswer, type JournaledAnswer } from './journal-write.ts';

/** Forgets an answer once IndexedDB holds it. */
export function forgetAnswer(id: string, store = localStore()): void {
	try {
		store?.removeItem(JOURNAL_PREFIX + id);
	} catch {
		// Nothing to do: recording it again later changes nothing.
	}
}

/** The deck's answers still in the journal, oldest first; unreadable entries are dropped. */
export function journaledAnswers(
	deck: string | null,
	store: KeyValueStore | undefined = localStore()
): JournaledAnswer[] {
	if (!store) return [];
	const found: JournaledAnswer[] = [];
	try {
		const keys = Array.from({ length: store.length }, (_, index) => store.key(index));
		for (const key of keys) {
			if (!key?.startsWith(JOURNAL_PREFIX)) continue;
			const answer = readAnswer(store.getItem(key), key.slice(JOURNAL_PREFIX.length));
			if (!answer) store.removeItem(key);
			else if (answer.deck === deck) found.push(answer);
		}
	} catch {
		return found;
	}
	return found.sort((a, b) => a.at.localeCompare(b.at));
}

function readAnswer(text: string | null, id: string): JournaledAnswer | undefined {
	let value: Partial<JournaledAnswer> | null;
	try {
		value = JSON.parse(text ?? '') as Partial<JournaledAnswer> | null;
	} catch {
		return undefined;
	}
	const ok =
		typeof value === 'object' &&
		value !== null &&
		value.id === id &&
		/^[\w-]{1,64}$/.test(id) &&
		(value.deck === null || typeof value.deck === 'string') &&
		typeof value.factId === 'string' &&
		typeof value.correct === 'boolean' &&
		Number.isFinite(value.elapsedMs) &&
		(value.timeLimitMs === null || Number.isFinite(value.timeLimitMs)) &&
		(value.rating === undefined || (RATINGS as readonly string[]).includes(value.rating)) &&
		typeof value.at === 'string' &&
		!Number.isNaN(Date.parse(value.at));
	return ok ? (value as JournaledAnswer) : undefined;
}
