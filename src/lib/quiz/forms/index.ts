// The question forms, one module each. Adding a form: append its id to QUESTION_FORMS (links
// store forms as bits, so only ever append) and add its module here; a missing one fails to compile.
import type { QuestionForm } from '../types.ts';
import { askAnswer } from './ask-answer.ts';
import { askClue } from './ask-clue.ts';
import type { QuestionFormModule } from './form.ts';
import { trueStatement } from './true-statement.ts';

export const FORMS: Record<QuestionForm, QuestionFormModule> = {
	'ask-answer': askAnswer,
	'true-statement': trueStatement,
	'ask-clue': askClue
};

export {
	OPTION_COUNT,
	WRONG_COUNT,
	fillStatement,
	type ComposedQuestion,
	type FormContext,
	type QuestionFormModule
} from './form.ts';
