// The shape of a fact set, as the app and the generator use it after validation.

/** The kinds of answer a fact can have; distractors are always of the same kind. */
export const ANSWER_TYPES = [
	'person',
	'country',
	'city',
	'organisation',
	'event',
	'term',
	'quote',
	'weekday',
	'date',
	'year',
	'number'
] as const;
export type AnswerType = (typeof ANSWER_TYPES)[number];

/** Answer types whose values are numbers; their distractors can be computed as neighbours. */
export const NUMERIC_TYPES = ['year', 'number'] as const satisfies readonly AnswerType[];
export type NumericType = (typeof NUMERIC_TYPES)[number];

export const TOPICS = [
	'people',
	'places',
	'dates',
	'numbers',
	'quotes',
	'relations',
	'events'
] as const;
export type Topic = (typeof TOPICS)[number];

export const WEEKDAYS = [
	'Monday',
	'Tuesday',
	'Wednesday',
	'Thursday',
	'Friday',
	'Saturday',
	'Sunday'
] as const;

export type AnswerValue = string | number;

export interface Answer {
	type: AnswerType;
	value: AnswerValue;
}

export interface FactSource {
	/** 1-based index of the paragraph among the article's non-empty paragraphs. */
	paragraph: number;
	/** Verbatim words from that paragraph (at most 15), garbling and all, so a learner can find them. */
	quote: string;
}

export interface Fact {
	id: string;
	topic: Topic;
	/** Asks for the answer: "In which city did Putin and Xi hold talks?" */
	question: string;
	/** The fact as a sentence with `{answer}` where the answer goes. */
	statement: string;
	answer: Answer;
	/** Curated wrong answers of the same type, tried before the type's shared pool. */
	distractors: AnswerValue[];
	/** Other values that would also be right; never offered as wrong answers. */
	alsoTrue: AnswerValue[];
	explanation: string;
	source: FactSource;
}

export interface Article {
	title: string;
	published: string;
	author: string;
	/** The article's non-empty paragraphs in order; `source.paragraph` indexes into this. */
	paragraphs: string[];
}

export interface FactSet {
	version: 1;
	id: string;
	title: string;
	article: Article;
	/** Shared wrong-answer pools per answer type. */
	pools: Partial<Record<AnswerType, AnswerValue[]>>;
	facts: Fact[];
}
