// Sharing without a server: quiz links from teacher to students, result codes back.
export {
	decodeQuizLink,
	encodeQuizLink,
	quizKey,
	quizLinkProblem,
	QUIZ_LINK_LIMITS
} from './quiz-link.ts';
export type { QuizLink } from './quiz-link.ts';
export {
	decodeResult,
	encodeResult,
	encodeResultV1,
	findResultCodes,
	MAX_FOUND,
	MAX_PASTE,
	readResultCode,
	longestResultCode,
	resultProblem,
	RESULT_LIMITS,
	TIME_ALLOWANCES
} from './result-code.ts';
export type { FoundResultCode, SharedResult, TimeAllowance } from './result-code.ts';
export { SHARE_LINK_REASONS, ShareLinkError } from './errors.ts';
export type { ShareKind, ShareLinkReason } from './errors.ts';
export { openQuizFragment } from './open.ts';
export type { OpenedQuiz } from './open.ts';
export {
	byKey,
	classTables,
	countByQuiz,
	outcome,
	resultNotes,
	SORTS,
	sortRows,
	tableCsv
} from './class-table.ts';
export type {
	ClassTable,
	Outcome,
	QuestionDifficulty,
	QuizInfo,
	ReceivedResult,
	SortBy
} from './class-table.ts';
