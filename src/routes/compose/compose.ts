// The teacher's choices on the compose page → the settings of a shareable quiz, or why not.
import { topicCounts, type FactSet, type Topic } from '$lib/facts';
import {
	countQuestions,
	FORMS,
	formsFor,
	QUESTION_FORMS,
	type Question,
	type QuestionForm,
	type QuizSettings
} from '$lib/quiz';
import { quizLinkProblem, QUIZ_LINK_LIMITS } from '$lib/share';
import type { AnswerKeyItem } from '$lib/storage/shared-quizzes';
import * as v from 'valibot';
import type { KeyValueStore } from '$lib/storage/journal-write';
import { readLocalJson, removeLocal, writeLocalJson } from '$lib/storage/local-json';
import { stripInvisible } from '$lib/facts/invisible';

/** Each question form as a teacher reads it. */
export const FORM_LABELS = Object.fromEntries(
	QUESTION_FORMS.map((form) => [form, FORMS[form].label])
) as Record<QuestionForm, string>;

/** Seconds per question offered on the page; null is no limit. */
export const TIME_LIMITS = [null, 10, 15, 20, 30, 45, 60] as const;

/** What the form holds; `count` is undefined while the number field is empty or not a number. */
export interface ComposeChoices {
	seed: string;
	title: string;
	count: number | null | undefined;
	topics: readonly Topic[];
	forms: readonly QuestionForm[];
	timeLimit: number | null;
}

export type ComposedQuiz =
	| {
			ok: true;
			/** Ready to encode; `count` is what the settings can make, if less than asked for. */
			settings: QuizSettings;
			/** Questions asked for, to tell the teacher when fewer can be made. */
			requested: number;
	  }
	| { ok: false; problem: string };

/** The kinds of question the deck can make: a spreadsheet deck without `about` has no "true of". */
export function offeredForms(factSet: FactSet): QuestionForm[] {
	return QUESTION_FORMS.filter((form) =>
		factSet.facts.some((fact) => formsFor(factSet, fact).includes(form))
	);
}

/** The quiz `choices` describe, checked the way the play page will check its link. */
export function composeQuiz(
	factSet: FactSet,
	contentVersion: string,
	choices: ComposeChoices
): ComposedQuiz {
	const offered = topicCounts(factSet.facts, factSet.topics).map((entry) => entry.topic);
	if (choices.topics.length === 0) return { ok: false, problem: 'Choose at least one topic.' };
	if (choices.forms.length === 0) {
		return { ok: false, problem: 'Choose at least one kind of question.' };
	}
	const settings: QuizSettings = {
		seed: choices.seed,
		count: choices.count ?? Number.NaN,
		// Everything on offer is sent as "all" (an empty list): same quiz, shorter link.
		topics: allOrSome(offered, choices.topics),
		forms: allOrSome(offeredForms(factSet), choices.forms),
		timeLimit: choices.timeLimit,
		title: stripInvisible(choices.title)
	};
	const problem = quizLinkProblem(settings, contentVersion, factSet.topics);
	if (problem) return { ok: false, problem: `This quiz can’t be shared: ${problem}.` };
	// A shorter run is the longer run cut short, so asking for what can be made changes nothing
	// but the number students see before they start.
	const made = countQuestions(factSet, settings);
	if (made === 0) {
		return {
			ok: false,
			problem: 'These topics and kinds of question make no questions. Choose more of either.'
		};
	}
	return { ok: true, settings: { ...settings, count: made }, requested: settings.count };
}

/** Tells the teacher that the quiz will be shorter than asked for. */
export function fewerQuestions(made: number): string {
	const noun = made === 1 ? 'question' : 'questions';
	return `These settings can make only ${made} ${noun}, so the quiz will have ${made}.`;
}

/** `chosen` in `all`'s order, or [] when every item of `all` is chosen. */
function allOrSome<T extends string>(all: readonly T[], chosen: readonly T[]): T[] {
	const some = all.filter((item) => chosen.includes(item));
	return some.length === all.length ? [] : some;
}

/** Each question with its right answer, as the answer key and the class table show them. */
export function answerKey(questions: readonly Question[]): AnswerKeyItem[] {
	return questions.map((q) => ({ prompt: q.prompt, answer: q.options[q.answer] }));
}

/** Where the form is kept between visits, per deck (null: the built-in deck). */
const choicesKey = (deckId: string | null) => `summit-quiz-compose:${deckId ?? ''}`;

/** Keeps the form's choices, so a reload finds them; a browser that refuses just forgets. */
export function rememberChoices(
	storage: KeyValueStore | undefined,
	deckId: string | null,
	choices: ComposeChoices
): void {
	writeLocalJson(storage, choicesKey(deckId), choices);
}

export function forgetChoices(storage: KeyValueStore | undefined, deckId: string | null): void {
	removeLocal(storage, choicesKey(deckId));
}

const remembered = v.object({
	seed: v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{1,21}$/)),
	title: v.pipe(v.string(), v.maxLength(QUIZ_LINK_LIMITS.maxTitle)),
	count: v.nullish(v.number()),
	topics: v.array(v.string()),
	forms: v.array(v.picklist(QUESTION_FORMS)),
	timeLimit: v.nullable(v.picklist(TIME_LIMITS.filter((t) => t !== null)))
});

/** The choices kept for this deck, limited to its topics; undefined when none or unreadable. */
export function rememberedChoices(
	storage: KeyValueStore | undefined,
	deckId: string | null,
	deckTopics: readonly Topic[]
): (ComposeChoices & { topics: Topic[]; forms: QuestionForm[] }) | undefined {
	const result = v.safeParse(remembered, readLocalJson(storage, choicesKey(deckId)));
	if (!result.success) return undefined;
	const { topics, count, ...rest } = result.output;
	return { ...rest, count, topics: deckTopics.filter((topic) => topics.includes(topic)) };
}
