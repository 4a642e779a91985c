// What the play page should do with the fragment it was opened with.
import type { QuizSettings } from '../quiz/index.ts';
import { ShareLinkError } from './errors.ts';
import { decodeQuizLink, type TopicList } from './quiz-link.ts';

export type OpenedQuiz =
	| { kind: 'own' }
	| {
			kind: 'shared';
			settings: QuizSettings;
			fragment: string;
			/** The fact set version the link was made with: its results belong to that quiz. */
			contentVersion: string;
			/** True when this app's fact set is another version, so its questions differ. */
			outdated: boolean;
	  }
	| { kind: 'broken'; message: string };

/** Reads `hash` (location.hash): no fragment means the player's own run. Never throws. */
export function openQuizFragment(
	hash: string,
	appContentVersion: string,
	topics?: TopicList
): OpenedQuiz {
	const fragment = hash.replace(/^#/, '');
	if (fragment.trim() === '') return { kind: 'own' };
	try {
		const link = decodeQuizLink(fragment, topics);
		return {
			kind: 'shared',
			settings: link.settings,
			fragment,
			contentVersion: link.contentVersion,
			outdated: link.contentVersion !== appContentVersion
		};
	} catch (error) {
		const message =
			error instanceof ShareLinkError ? error.message : 'This quiz link cannot be opened.';
		return { kind: 'broken', message };
	}
}
