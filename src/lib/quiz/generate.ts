// Multiple-choice questions from a fact set, deterministically from a seed.
import { lexiconOf, playableFactSet, type Fact, type FactSet } from '../facts/index.ts';
import { FORMS, OPTION_COUNT, fillStatement, type FormContext } from './forms/index.ts';
import { assembleRun } from './plan.ts';
import { createRng, shortHash, type Rng } from './rng.ts';
import { QUESTION_FORMS, type Question, type QuestionForm, type QuizSettings } from './types.ts';

/** Bump when a change would give an old seed different questions; shared links carry it. */
export const GENERATOR_VERSION = 2;

/** Identifies the questions a seed gives: changes with the fact set or the generator version. */
export function contentVersionOf(factSet: FactSet): string {
	return shortHash(`${GENERATOR_VERSION}:${JSON.stringify(playableFactSet(factSet))}`, 6);
}

/** Generates the run for `settings`: same fact set, seed and settings → same questions, same order. */
export function generateQuiz(factSet: FactSet, settings: QuizSettings): Question[] {
	const rng = createRng(`${GENERATOR_VERSION}:${settings.seed}`);
	const forms = settings.forms.length > 0 ? settings.forms : [...QUESTION_FORMS];
	const facts = factSet.facts.filter(
		(fact) => settings.topics.length === 0 || settings.topics.includes(fact.topic)
	);
	const context = contextOf(factSet);
	return assembleRun(context, facts, forms, settings.count, rng, (fact, form) =>
		tryQuestion(context, fact, form, rng)
	);
}

/** How many questions `settings` make: run assembly may leave out questions that give others away. */
export function countQuestions(factSet: FactSet, settings: QuizSettings): number {
	return generateQuiz(factSet, settings).length;
}

/** Every question form that `fact` supports within `factSet`. */
export function formsFor(factSet: FactSet, fact: Fact): QuestionForm[] {
	const context = contextOf(factSet);
	return QUESTION_FORMS.filter((form) => FORMS[form].supports(context, fact));
}

/** Builds one question of a given form (or another, if that form cannot ask this fact). */
export function buildQuestion(
	factSet: FactSet,
	fact: Fact,
	form: QuestionForm,
	rng: Rng
): Question {
	const context = contextOf(factSet);
	for (const tried of [form, 'true-statement', 'ask-answer'] as const) {
		const question = tryQuestion(context, fact, tried, rng);
		if (question) return question;
	}
	throw new Error(`fact "${fact.id}" cannot make four different options`);
}

/** One question of exactly this form, or undefined when the form cannot ask the fact. */
function tryQuestion(
	context: FormContext,
	fact: Fact,
	form: QuestionForm,
	rng: Rng
): Question | undefined {
	const composed = FORMS[form].compose(context, fact, rng);
	if (!composed) return undefined;
	const answer = rng.int(OPTION_COUNT);
	const options = [...composed.wrong];
	options.splice(answer, 0, composed.right);
	return {
		id: `${fact.id}.${form}`,
		factId: fact.id,
		topic: fact.topic,
		form,
		answerType: fact.answer.type,
		prompt: composed.prompt,
		options,
		answer,
		explanation: fact.explanation,
		...(fact.background ? { background: fact.background } : {}),
		statement: fillStatement(context, fact, fact.answer.value),
		source: {
			...fact.source,
			text: context.factSet.article.paragraphs[fact.source.paragraph - 1] ?? '',
			...(context.factSet.article.note ? { note: context.factSet.article.note } : {})
		}
	};
}

const contexts = new WeakMap<FactSet, FormContext>();

function contextOf(factSet: FactSet): FormContext {
	let context = contexts.get(factSet);
	if (!context) {
		context = { factSet, lexicon: lexiconOf(factSet) };
		contexts.set(factSet, context);
	}
	return context;
}
