export type {
	Answer,
	AnswerType,
	AnswerValue,
	Article,
	Fact,
	FactSet,
	FactSource,
	NumericType,
	Topic
} from './types.ts';
export { ANSWER_TYPES, NUMERIC_TYPES, TOPICS, WEEKDAYS } from './types.ts';
export { FactSetError } from './errors.ts';
export { checkFactSet, parseFactSet, wrongCandidates } from './validate.ts';
export type { FactSetCheck } from './validate.ts';
export { formatValue, sameValue, shiftIsoDate, valueKey } from './values.ts';
