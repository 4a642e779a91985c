// Run assembly: which facts a run asks, in which form and order, so that no question gives
// another away. Rules: one question per fact (a second only when the run needs more questions
// than there are facts), never the same prompt twice (a form's fixed prompt, such as "Which of
// these statements is true?", aside), and no question's text (prompt or options) states the
// answer of a question that comes after it.
import { includesWords, normalizeText, type Fact, type Lexicon } from '../facts/index.ts';
import { FORMS, type FormContext } from './forms/index.ts';
import type { Rng } from './rng.ts';
import type { Question, QuestionForm } from './types.ts';

interface Planned {
	question: Question;
	/** Prompt and options, normalised for matching. */
	text: string;
	/** The ways the question's answer is written, normalised. */
	keys: string[];
	/** Indexes of planned questions that must come after this one. */
	before: number[];
}

/** Questions for a run: chosen greedily in a shuffled order, then ordered so answers come first. */
export function assembleRun(
	context: FormContext,
	facts: readonly Fact[],
	forms: readonly QuestionForm[],
	count: number,
	rng: Rng,
	build: (fact: Fact, form: QuestionForm) => Question | undefined
): Question[] {
	// Each fact's forms are worked out when the fact is first reached: a run of ten pays for ten.
	const queues: { fact: Fact; forms?: QuestionForm[] }[] = rng
		.shuffle(facts)
		.map((fact) => ({ fact }));
	const formsOf = (queue: (typeof queues)[number]) =>
		(queue.forms ??= rng.shuffle(
			forms.filter((form) => FORMS[form].supports(context, queue.fact))
		));
	const planned: Planned[] = [];
	const prompts = new Set<string>();
	// Round 0 asks each fact once; later rounds add another form of a fact only if still short.
	while (planned.length < count && queues.some((queue) => formsOf(queue).length > 0)) {
		for (const queue of queues) {
			if (planned.length === count) break;
			const remaining = formsOf(queue);
			while (remaining.length > 0) {
				const form = remaining.shift()!;
				const question = build(queue.fact, form);
				if (!question) continue;
				const prompt = FORMS[form].fixedPrompt ? '' : normalizeText(question.prompt);
				if (prompts.has(prompt)) continue;
				if (!place(planned, plannedOf(context.lexicon, queue.fact, question))) continue;
				if (prompt) prompts.add(prompt);
				break;
			}
		}
	}
	return order(planned, rng);
}

/** The ways a question's answer is written; a number with a unit only with its unit. */
export function answerForms(lexicon: Lexicon, fact: Fact): string[] {
	const { answer } = fact;
	const forms =
		answer.type === 'number' && answer.unit
			? [lexicon.show(answer, answer.value)]
			: lexicon.forms(answer, answer.value);
	return forms.map(normalizeText);
}

/** Everything a question shows before it is answered, normalised. */
export function shownText(question: Question): string {
	return normalizeText([question.prompt, ...question.options].join(' \n '));
}

/** Whether `text` (normalised) states one of `keys`. */
export function statesAnswer(text: string, keys: readonly string[]): boolean {
	return keys.some((key) => includesWords(text, key));
}

function plannedOf(lexicon: Lexicon, fact: Fact, question: Question): Planned {
	return { question, text: shownText(question), keys: answerForms(lexicon, fact), before: [] };
}

/**
 * Adds `next` to the plan if it can be ordered with the rest: each question that states another's
 * answer must come after it. Two questions that state each other's answers, or an ordering that
 * would go round in a circle, cannot be in one run.
 */
function place(planned: Planned[], next: Planned): boolean {
	const after: number[] = [];
	const before: number[] = [];
	for (const [i, other] of planned.entries()) {
		const otherGivesAway = statesAnswer(other.text, next.keys);
		const nextGivesAway = statesAnswer(next.text, other.keys);
		if (otherGivesAway && nextGivesAway) return false;
		if (otherGivesAway) after.push(i);
		if (nextGivesAway) before.push(i);
	}
	if (after.length > 0 && before.length > 0 && reaches(planned, after, new Set(before)))
		return false;
	const index = planned.length;
	next.before = after;
	for (const i of before) planned[i].before.push(index);
	planned.push(next);
	return true;
}

/** Whether any of `from` leads, through "must come before" links, to any of `targets`. */
function reaches(planned: Planned[], from: number[], targets: Set<number>): boolean {
	const seen = new Set<number>();
	const stack = [...from];
	while (stack.length > 0) {
		const at = stack.pop()!;
		if (targets.has(at)) return true;
		if (seen.has(at)) continue;
		seen.add(at);
		stack.push(...planned[at].before);
	}
	return false;
}

/** A random order that keeps every "must come before" link (Kahn's algorithm). */
function order(planned: Planned[], rng: Rng): Question[] {
	const waiting = planned.map(() => 0);
	for (const item of planned) for (const i of item.before) waiting[i]++;
	const ready = planned.map((_, i) => i).filter((i) => waiting[i] === 0);
	const out: Question[] = [];
	while (ready.length > 0) {
		const [at] = ready.splice(rng.int(ready.length), 1);
		out.push(planned[at].question);
		for (const i of planned[at].before) if (--waiting[i] === 0) ready.push(i);
	}
	return out;
}
