// "Pick the answer": the fact's own question, its answer among three wrong values of its kind.
import { pickWrongValues } from '../distractors.ts';
import { complete, hasWrongValues, WRONG_COUNT, type QuestionFormModule } from './form.ts';

export const askAnswer: QuestionFormModule = {
	label: 'Pick the answer',
	fixedPrompt: false,
	supports: hasWrongValues,
	compose({ lexicon }, fact, rng) {
		const wrong = pickWrongValues(lexicon, fact, WRONG_COUNT, rng);
		return complete({
			prompt: fact.question,
			right: lexicon.show(fact.answer, fact.answer.value),
			wrong: wrong.map((value) => lexicon.show(fact.answer, value))
		});
	}
};
