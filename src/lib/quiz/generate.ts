// Multiple-choice questions from a fact set, deterministically from a seed.
import {
	type AnswerType,
	formatValue,
	valueKey,
	type AnswerValue,
	type Fact,
	type FactSet
} from '../facts/index.ts';
import { pickWrongValues } from './distractors.ts';
import { createRng, shortHash, type Rng } from './rng.ts';
import { QUESTION_FORMS, type Question, type QuestionForm, type QuizSettings } from './types.ts';

const OPTION_COUNT = 4;
const WRONG_COUNT = OPTION_COUNT - 1;

/** Bump when a change would give an old seed different questions; shared links carry it. */
export const GENERATOR_VERSION = 1;

/** Identifies the questions a seed gives: changes with the fact set or the generator version. */
export function contentVersionOf(factSet: FactSet): string {
	return shortHash(`${GENERATOR_VERSION}:${JSON.stringify(factSet)}`, 6);
}

/** Generates the run for `settings`: same fact set, seed and settings → same questions, same order. */
export function generateQuiz(factSet: FactSet, settings: QuizSettings): Question[] {
	const rng = createRng(`${GENERATOR_VERSION}:${settings.seed}`);
	const forms = settings.forms.length > 0 ? settings.forms : [...QUESTION_FORMS];
	const facts = factSet.facts.filter(
		(fact) => settings.topics.length === 0 || settings.topics.includes(fact.topic)
	);
	const plan = planQuestions(factSet, facts, forms, settings.count, rng);
	return plan.map(([fact, form]) => buildQuestion(factSet, fact, form, rng));
}

/** How many questions `settings` can make: what generateQuiz returns, without building them. */
export function countQuestions(factSet: FactSet, settings: QuizSettings): number {
	const forms = settings.forms.length > 0 ? settings.forms : QUESTION_FORMS;
	let pairs = 0;
	for (const fact of factSet.facts) {
		if (settings.topics.length > 0 && !settings.topics.includes(fact.topic)) continue;
		pairs += formsFor(factSet, fact).filter((form) => forms.includes(form)).length;
	}
	return Math.min(settings.count, pairs);
}

/** Every question form that `fact` supports within `factSet`. */
export function formsFor(factSet: FactSet, fact: Fact): QuestionForm[] {
	return QUESTION_FORMS.filter(
		(form) =>
			form !== 'ask-clue' ||
			(CLUE_TYPES.has(fact.answer.type) && rivalCount(factSet, fact) >= WRONG_COUNT)
	);
}

/**
 * Answers that "Which of these is true of …?" reads well for: names, places, times and numbers.
 * A term, a quotation or an event makes an odd subject ("true of nuclear arsenal?").
 */
const CLUE_TYPES = new Set<AnswerType>([
	'person',
	'country',
	'city',
	'organisation',
	'weekday',
	'date',
	'year',
	'number'
]);

/** Builds one question of a given form; used for study cards as well as runs. */
export function buildQuestion(
	factSet: FactSet,
	fact: Fact,
	form: QuestionForm,
	rng: Rng
): Question {
	const { asked, prompt, right, wrong } = composeOptions(factSet, fact, form, rng);
	if (wrong.length < WRONG_COUNT || new Set([right, ...wrong]).size < OPTION_COUNT)
		throw new Error(`fact "${fact.id}" cannot make four different options for "${asked}"`);
	const answer = rng.int(OPTION_COUNT);
	const options = [...wrong];
	options.splice(answer, 0, right);
	return {
		id: `${fact.id}.${asked}`,
		factId: fact.id,
		topic: fact.topic,
		form: asked,
		answerType: fact.answer.type,
		prompt,
		options,
		answer,
		explanation: fact.explanation,
		statement: fillStatement(fact, fact.answer.value),
		source: { ...fact.source, text: factSet.article.paragraphs[fact.source.paragraph - 1] ?? '' }
	};
}

interface Composed {
	/** The form actually used: ask-clue falls back to true-statement when rivals read alike. */
	asked: QuestionForm;
	prompt: string;
	right: string;
	wrong: string[];
}

function composeOptions(factSet: FactSet, fact: Fact, form: QuestionForm, rng: Rng): Composed {
	const { type, value } = fact.answer;
	const statement = fillStatement(fact, value);
	if (form === 'ask-clue') {
		const rivals = pickRivals(factSet, fact, WRONG_COUNT + 2, rng);
		const wrong = distinctTexts(
			rivals.map((rival) => fillStatement(rival, value)),
			statement
		).slice(0, WRONG_COUNT);
		if (wrong.length === WRONG_COUNT) {
			const prompt = `Which of these is true of ${formatValue(type, value)}?`;
			return { asked: form, prompt, right: statement, wrong };
		}
	}
	const wrongValues = pickWrongValues(fact, factSet.pools[type] ?? [], WRONG_COUNT, rng);
	if (form === 'ask-answer') {
		const wrong = wrongValues.map((wrongValue) => formatValue(type, wrongValue));
		return { asked: form, prompt: fact.question, right: formatValue(type, value), wrong };
	}
	const wrong = wrongValues.map((wrongValue) => fillStatement(fact, wrongValue));
	return {
		asked: 'true-statement',
		prompt: 'Which of these statements is true?',
		right: statement,
		wrong
	};
}

/** Orders (fact, form) pairs: every fact once before any fact twice, forms varied, no repeats. */
function planQuestions(
	factSet: FactSet,
	facts: readonly Fact[],
	forms: readonly QuestionForm[],
	count: number,
	rng: Rng
): [Fact, QuestionForm][] {
	const queues = rng
		.shuffle(facts)
		.map((fact) => ({
			fact,
			forms: rng.shuffle(formsFor(factSet, fact).filter((f) => forms.includes(f)))
		}))
		.filter((entry) => entry.forms.length > 0);
	const plan: [Fact, QuestionForm][] = [];
	for (let round = 0; plan.length < count && queues.some((q) => q.forms.length > round); round++) {
		for (const { fact, forms: factForms } of queues) {
			if (plan.length === count) break;
			if (round < factForms.length) plan.push([fact, factForms[round]]);
		}
	}
	return plan;
}

interface FactIndex {
	/** Facts per answer type, in file order. */
	byType: Map<string, Fact[]>;
	/** Per answer type and value key: the ids of facts whose statement that value makes true. */
	trueFor: Map<string, Set<string>>;
}

const indexes = new WeakMap<FactSet, FactIndex>();

/** Built once per fact set, so finding rivals stays linear in the size of the set. */
function indexOf(factSet: FactSet): FactIndex {
	let index = indexes.get(factSet);
	if (index) return index;
	index = { byType: new Map(), trueFor: new Map() };
	for (const fact of factSet.facts) {
		const { type } = fact.answer;
		const sameType = index.byType.get(type);
		if (sameType) sameType.push(fact);
		else index.byType.set(type, [fact]);
		for (const value of [fact.answer.value, ...fact.alsoTrue]) {
			const key = `${type}|${valueKey(value)}`;
			index.trueFor.set(key, (index.trueFor.get(key) ?? new Set()).add(fact.id));
		}
	}
	indexes.set(factSet, index);
	return index;
}

/** Facts of the same answer type whose statement is false when filled with this fact's answer. */
function rivalCount(factSet: FactSet, fact: Fact): number {
	const { byType, trueFor } = indexOf(factSet);
	const { type, value } = fact.answer;
	return (byType.get(type)?.length ?? 0) - (trueFor.get(`${type}|${valueKey(value)}`)?.size ?? 0);
}

/**
 * `count` distinct rivals, drawn by rejection sampling so large fact sets are not scanned.
 * Rivals whose statement already names the answer are avoided where possible: filled in, they
 * would read oddly ("Donald Trump and US President Donald Trump").
 */
function pickRivals(factSet: FactSet, fact: Fact, count: number, rng: Rng): Fact[] {
	const { byType, trueFor } = indexOf(factSet);
	const { type, value } = fact.answer;
	const sameType = byType.get(type) ?? [];
	const isTrue = trueFor.get(`${type}|${valueKey(value)}`) ?? new Set<string>();
	const answerText = formatValue(type, value);
	const reads = (other: Fact) => !other.statement.includes(answerText);
	const chosen = new Map<string, Fact>();
	for (let tries = 0; chosen.size < count && tries < count * 20; tries++) {
		const other = rng.pick(sameType);
		if (!isTrue.has(other.id) && reads(other)) chosen.set(other.id, other);
	}
	if (chosen.size < count) {
		const rest = sameType.filter((other) => !isTrue.has(other.id) && !chosen.has(other.id));
		const ordered = [
			...rng.shuffle(rest.filter(reads)),
			...rng.shuffle(rest.filter((o) => !reads(o)))
		];
		for (const other of ordered.slice(0, count - chosen.size)) chosen.set(other.id, other);
	}
	return [...chosen.values()];
}

/** Texts in order without repeats and without `right`. */
function distinctTexts(texts: string[], right: string): string[] {
	return [...new Set(texts)].filter((text) => text !== right);
}

function fillStatement(fact: Fact, value: AnswerValue): string {
	return fact.statement.replace('{answer}', formatValue(fact.answer.type, value));
}
