// Questions generated from facts, and the settings a run (or a shared link) is generated from.
import type { AnswerType, FactSource, Topic } from '../facts/index.ts';

/** The ways a fact can be asked; see generate.ts for what each looks like. */
export const QUESTION_FORMS = ['ask-answer', 'true-statement', 'ask-clue'] as const;
export type QuestionForm = (typeof QUESTION_FORMS)[number];

export interface QuizSettings {
	/** Seeds the PRNG: the same seed and settings give the same questions in the same order. */
	seed: string;
	/** Number of questions in a run. */
	count: number;
	/** Topics to draw from; empty means all. */
	topics: Topic[];
	/** Forms to use; empty means all. */
	forms: QuestionForm[];
	/** Seconds allowed per question, or null for no limit. */
	timeLimit: number | null;
	/** Shown above a shared quiz; empty for a normal run. */
	title: string;
}

export const DEFAULT_COUNT = 10;

/** A normal quiz with this seed: the default length, every topic and form, no limit, no title. */
export function defaultQuizSettings(
	seed: string,
	changes: Partial<QuizSettings> = {}
): QuizSettings {
	return {
		seed,
		count: DEFAULT_COUNT,
		topics: [],
		forms: [],
		timeLimit: null,
		title: '',
		...changes
	};
}

export interface Question {
	/** Stable across runs: fact id, form and the options' content. */
	id: string;
	factId: string;
	topic: Topic;
	form: QuestionForm;
	answerType: AnswerType;
	prompt: string;
	/** Always four options, all different. */
	options: string[];
	/** Index of the correct option in `options`. */
	answer: number;
	/** What the article says, in plain words. */
	explanation: string;
	/** Background the article does not give, shown marked as such. */
	background?: string;
	/** The fact stated plainly with its answer, for the review. */
	statement: string;
	/** The cited paragraph's text, and how the text is quoted (the set's article.note). */
	source: FactSource & { text: string; note?: string };
}
