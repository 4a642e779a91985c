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
// Validation (valibot) is not re-exported: it runs at build time and in tests, so importing
// this index must not pull the schema library into the app. Import './validate.ts' for it.
export {
	formatValue,
	groupDigits,
	MONTHS,
	sameValue,
	shiftIsoDate,
	topicCounts,
	valueKey,
	wrongCandidates
} from './values.ts';
