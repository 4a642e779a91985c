// Asking the browser to keep our data, once: after the learner's first finished study session.
import { requestPersistence, type Durability, type NavigatorLike } from '$lib/storage';

const ASKED_KEY = 'summit-quiz.persistence-asked';

/** Where "already asked" is remembered between visits (localStorage); may be missing or throw. */
export interface Memo {
	getItem(key: string): string | null;
	setItem(key: string, value: string): void;
}

let askedThisVisit = false;

function remembered(memo: Memo | undefined): boolean {
	try {
		return memo?.getItem(ASKED_KEY) !== null && memo !== undefined;
	} catch {
		return false;
	}
}

function remember(memo: Memo | undefined): void {
	try {
		memo?.setItem(ASKED_KEY, '1');
	} catch {
		// Without localStorage we ask at most once per visit.
	}
}

/** Asks for persistent storage unless asked before; null when it was not asked now. */
export async function askPersistenceOnce(
	navigatorLike: NavigatorLike | undefined,
	memo: Memo | undefined
): Promise<Durability | null> {
	if (askedThisVisit || remembered(memo)) return null;
	askedThisVisit = true;
	remember(memo);
	return requestPersistence(navigatorLike);
}
