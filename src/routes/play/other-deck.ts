// A deck other than the built-in one, read only when the address names one: saved on this device
// (`?deck=<id>`), or carried in the link itself (`#<quiz>~<deck code>`). The built-in deck, and
// every shared link to it, never loads this code.
import { builtInDeck } from 'virtual:fact-set/deck';
import type { LoadedDeck } from '$lib/decks/types';
import { ShareLinkError } from '$lib/share/errors';
import { decodeQuizLink } from '$lib/share/quiz-link';
import { deckProblem, loadDeck } from '$lib/state/deck';

export { default as KeepDeck } from './KeepDeck.svelte';

/** A deck code follows the quiz link after this mark. */
export const DECK_MARK = '~';

export type OtherDeck =
	| { deck: LoadedDeck; /** The quiz link alone, without the deck code. */ fragment: string }
	| { problem: string };

/** The deck `fragment` carries, or else the saved deck `deckId`, or why neither can be played. */
export async function openOtherDeck(deckId: string | null, fragment: string): Promise<OtherDeck> {
	const mark = fragment.indexOf(DECK_MARK);
	if (mark >= 0) {
		const quiz = fragment.slice(0, mark);
		const opened = await openLinkedDeck(fragment.slice(mark + 1));
		if ('problem' in opened) return opened;
		// The quiz names the deck it was made for by its content version: a deck swapped or
		// edited in the link is not that deck.
		if (quizVersion(quiz, opened.factSet.topics) !== opened.contentVersion)
			return {
				problem:
					"This link's quiz and deck don't belong together: the link was changed or damaged somewhere. Ask for the link again."
			};
		return { deck: opened, fragment: quiz };
	}
	if (deckId === null) return { problem: 'This link names no deck.' };
	try {
		return { deck: await loadDeck(deckId), fragment };
	} catch (error) {
		return { problem: deckProblem(error) };
	}
}

/** The content version a quiz link names, or undefined when it cannot be read. */
function quizVersion(fragment: string, topics: readonly string[]): string | undefined {
	try {
		return decodeQuizLink(fragment, topics).contentVersion;
	} catch {
		return undefined;
	}
}

/** Unpacks and checks a deck carried in a link, exactly as a deck file is checked. */
async function openLinkedDeck(code: string): Promise<LoadedDeck | { problem: string }> {
	const [{ decodeDeckCode }, { importDeck }, { contentVersionOf }] = await Promise.all([
		import('$lib/share/deck-code'),
		import('$lib/decks/import'),
		import('$lib/quiz/generate')
	]);
	let json: string;
	try {
		json = await decodeDeckCode(decodeURIComponent(code));
	} catch (error) {
		return {
			problem: error instanceof ShareLinkError ? error.message : 'This deck link cannot be opened.'
		};
	}
	const { factSet, problems } = importDeck(json, {
		fileName: 'deck.json',
		reservedIds: [builtInDeck.id]
	});
	if (!factSet) {
		const first = problems[0];
		return {
			problem: `The deck in this link can't be used: ${first.where ? `${first.where}: ` : ''}${first.problem}. Ask for the deck file instead.`
		};
	}
	return {
		id: factSet.id,
		builtIn: false,
		fromLink: true,
		title: factSet.title,
		factSet,
		contentVersion: contentVersionOf(factSet)
	};
}
