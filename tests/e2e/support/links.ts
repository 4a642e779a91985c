// Building share links in tests the way the app does, from the same fact set.
import { contentVersionOf, type QuizSettings } from '../../../src/lib/quiz/index.ts';
import { encodeQuizLink } from '../../../src/lib/share/index.ts';
import { DEFAULT_FACT_SET, readFactSetFile } from '../../../scripts/factset-file.ts';

const { factSet } = readFactSetFile(DEFAULT_FACT_SET);
if (!factSet) throw new Error(`${DEFAULT_FACT_SET} is invalid`);

/** The content version the built app carries. */
export const CONTENT_VERSION = contentVersionOf(factSet);

export function quizSettings(extra: Partial<QuizSettings> = {}): QuizSettings {
	return {
		seed: 'classSeed42',
		count: 10,
		topics: [],
		forms: [],
		timeLimit: null,
		title: '',
		...extra
	};
}

/** The path (relative to the site root) of a shared quiz. */
export function sharedQuizPath(
	extra: Partial<QuizSettings> = {},
	version = CONTENT_VERSION
): string {
	return `./play/#${encodeQuizLink(quizSettings(extra), version)}`;
}
