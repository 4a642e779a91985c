export type { Question, QuestionForm, QuizSettings } from './types.ts';
export { DEFAULT_COUNT, defaultQuizSettings, QUESTION_FORMS } from './types.ts';
export type { Rng } from './rng.ts';
export { createRng, shortHash } from './rng.ts';
export { pickWrongValues } from './distractors.ts';
export { FORMS, type QuestionFormModule } from './forms/index.ts';
export { answerForms, shownText, statesAnswer } from './plan.ts';
export {
	GENERATOR_VERSION,
	buildQuestion,
	contentVersionOf,
	countQuestions,
	formsFor,
	generateQuiz
} from './generate.ts';
export type { AnsweredQuestion, QuestionScore, RunScore } from './score.ts';
export {
	POINTS_PER_CORRECT,
	REFERENCE_TIME_MS,
	SPEED_BONUS_PER_RUN,
	STREAK_BONUS_PER_RUN,
	scoreRun
} from './score.ts';
