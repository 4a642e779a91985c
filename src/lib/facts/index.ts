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
} from './types';
export { ANSWER_TYPES, NUMERIC_TYPES, TOPICS, WEEKDAYS } from './types';
export { FactSetError } from './errors';
export { checkFactSet, parseFactSet, wrongCandidates } from './validate';
export type { FactSetCheck } from './validate';
export { formatValue, sameValue, shiftIsoDate, valueKey } from './values';
