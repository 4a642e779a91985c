// Building share links in tests the way the app does, from the same fact set.
import { defaultQuizSettings, type QuizSettings } from '../../../src/lib/quiz/index.ts';
import { encodeQuizLink } from '../../../src/lib/share/index.ts';
import { builtFactSet, factSetContentVersion } from '../../../scripts/lib/shared-link.ts';

const builtVersion = factSetContentVersion();
if (!builtVersion) throw new Error('The fact set is invalid: run `npm run check:facts`.');

/** The content version the built app carries. */
export const CONTENT_VERSION = builtVersion;

/** How many facts (study cards) the built app has. */
export const FACT_COUNT = builtFactSet()!.facts.length;

export function quizSettings(extra: Partial<QuizSettings> = {}): QuizSettings {
	return defaultQuizSettings('classSeed42', { count: 10, ...extra });
}

/** The path (relative to the site root) of a shared quiz. */
export function sharedQuizPath(
	extra: Partial<QuizSettings> = {},
	version = CONTENT_VERSION
): string {
	return `./play/#${encodeQuizLink(quizSettings(extra), version)}`;
}
