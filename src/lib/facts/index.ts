export type {
	Answer,
	AnswerType,
	AnswerValue,
	Article,
	Entity,
	EntityType,
	Fact,
	FactSet,
	FactSource,
	LintException,
	NumericType,
	Topic,
	ValueType
} from './types.ts';
export {
	ANSWER_TYPES,
	COMPUTED_TYPES,
	ENTITY_TYPES,
	FACT_SET_VERSION,
	isEntityType,
	MAX_TOPICS,
	NUMERIC_TYPES,
	TOPICS,
	VALUE_TYPES,
	WEEKDAYS
} from './types.ts';
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
	valueKey
} from './values.ts';
export { buildLexicon, entityForms, lexiconOf, type Lexicon } from './lexicon.ts';
export {
	containsPhrase,
	editDistance,
	includesWords,
	normalizeText,
	phraseOffsets
} from './text.ts';
export { isNearTwin, neighbours, wrongCandidates } from './candidates.ts';
export { playableFactSet } from './playable.ts';
