// "Spot the true statement": the fact's statement with its answer, and with three wrong values.
import { pickWrongValues } from '../distractors.ts';
import {
	complete,
	fillStatement,
	hasWrongValues,
	WRONG_COUNT,
	type QuestionFormModule
} from './form.ts';

export const trueStatement: QuestionFormModule = {
	label: 'Spot the true statement',
	fixedPrompt: true,
	supports: hasWrongValues,
	compose(context, fact, rng) {
		const wrong = pickWrongValues(context.lexicon, fact, WRONG_COUNT, rng);
		return complete({
			prompt: 'Which of these statements is true?',
			right: fillStatement(context, fact, fact.answer.value),
			wrong: wrong.map((value) => fillStatement(context, fact, value))
		});
	}
};
