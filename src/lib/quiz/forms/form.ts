// What every question form provides; the registry in ./index.ts lists one module per form.
import { wrongCandidates, type Fact, type FactSet, type Lexicon } from '../../facts/index.ts';
import type { Rng } from '../rng.ts';

export const OPTION_COUNT = 4;
export const WRONG_COUNT = OPTION_COUNT - 1;

/** What a form needs besides the fact: the whole set and how its values read. */
export interface FormContext {
	factSet: FactSet;
	lexicon: Lexicon;
}

/** A question before its options are shuffled: the prompt, the key and the wrong options. */
export interface ComposedQuestion {
	prompt: string;
	right: string;
	wrong: string[];
}

export interface QuestionFormModule {
	/** The form as a teacher reads it on the compose page. */
	label: string;
	/** True when every question of the form has the same prompt, so a repeat of it says nothing. */
	fixedPrompt: boolean;
	/** Whether this form can ask `fact` with four sound options. */
	supports(context: FormContext, fact: Fact): boolean;
	/** The question, or undefined when the fact cannot make four different options this way. */
	compose(context: FormContext, fact: Fact, rng: Rng): ComposedQuestion | undefined;
}

/** The fact's statement with `value` in it, shown the way the set displays such values. */
export function fillStatement(
	context: FormContext,
	fact: Fact,
	value: Fact['answer']['value']
): string {
	return fact.statement.replace('{answer}', context.lexicon.show(fact.answer, value));
}

/** Whether the fact has enough wrong values of its own for three wrong options. */
export function hasWrongValues({ lexicon }: FormContext, fact: Fact): boolean {
	return wrongCandidates(lexicon, fact).flat().length >= WRONG_COUNT;
}

/** Four options only when all four read differently. */
export function complete(question: ComposedQuestion): ComposedQuestion | undefined {
	const texts = new Set([question.right, ...question.wrong]);
	return question.wrong.length === WRONG_COUNT && texts.size === OPTION_COUNT
		? question
		: undefined;
}
