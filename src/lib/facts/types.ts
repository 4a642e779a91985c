// The shape of a fact set, as the app and the generator use it after validation.

/** Answer types whose values are named things listed in the fact set's `entities`. */
export const ENTITY_TYPES = ['person', 'country', 'city', 'organisation'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

/** The kinds of answer a fact can have; distractors are always of the same kind. */
export const ANSWER_TYPES = [
	...ENTITY_TYPES,
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

/** Answer types with computed wrong values (neighbours), so curated ones are optional. */
export const COMPUTED_TYPES = [
	'weekday',
	'date',
	'year',
	'number'
] as const satisfies readonly AnswerType[];

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

/** The fact-set format this app reads natively; version 1 files are converted on reading. */
export const FACT_SET_VERSION = 2;

export type AnswerValue = string | number;

/** A named person, country, city or organisation: the answers and wrong answers of its type. */
export interface Entity {
	/** The name as an option shows it on its own: "United States". */
	name: string;
	type: EntityType;
	/** How the name reads in a sentence, when that differs: "the United States". */
	display?: string;
	/** Other ways the article or the questions write it: a surname alone, or a garbled spelling in a translated article. */
	aliases: string[];
	/** Words for what kind of thing it is ("iranian", "president"), matched by `answer.kind`. */
	tags: string[];
	/** Titles that may stand before a person's name: "President", "Foreign Minister". */
	titles: string[];
}

export interface Answer {
	type: AnswerType;
	value: AnswerValue;
	/**
	 * Tags every wrong value taken from `entities` must carry, so the wrong answers are the kind
	 * of thing the question asks for: ["iranian", "president"] for "Which Iranian president…?".
	 */
	kind: string[];
	/** Bounds the question implies for years, numbers and dates ("after the pandemic": 2020). */
	min?: AnswerValue;
	max?: AnswerValue;
	/** For numbers: the unit, singular and plural, so 5 reads "5 visits" and 1 "1 visit". */
	unit?: { one: string; other: string };
}

export interface FactSource {
	/** 1-based index of the paragraph among the article's non-empty paragraphs. */
	paragraph: number;
	/** Verbatim words from that paragraph, garbling and all, that prove the answer. */
	quote: string;
	/** The words inside `quote` that state the answer, when the article words it differently. */
	says?: string;
}

/** A reviewed exception to one question-linter rule, with the reviewer's reason. */
export interface LintException {
	rule: string;
	reason: string;
}

export interface Fact {
	id: string;
	topic: Topic;
	/** Entities the fact is about; the statement names each, so "true of X" shows X. */
	about: string[];
	/** Asks for the answer: "In which city did the two leaders hold talks?" */
	question: string;
	/** The fact as a sentence with `{answer}` where the answer goes. */
	statement: string;
	answer: Answer;
	/** Curated wrong answers of the same type, tried before the entities of that type. */
	distractors: AnswerValue[];
	/** Other values that would also be right; never offered as wrong answers. */
	alsoTrue: AnswerValue[];
	/** Wrong values that do not fit this question (the question rules them out); never offered. */
	never: AnswerValue[];
	/** What the article says, in plain words. */
	explanation: string;
	/** Background the article does not give, shown marked as such; optional. */
	background?: string;
	source: FactSource;
	/** Linter findings a person has judged fine, each with why. */
	allow: LintException[];
}

export interface Article {
	title: string;
	published: string;
	author: string;
	/** The article's non-empty paragraphs in order; `source.paragraph` indexes into this. */
	paragraphs: string[];
}

export interface FactSet {
	version: typeof FACT_SET_VERSION;
	id: string;
	title: string;
	article: Article;
	/** Every named person, country, city and organisation the questions use. */
	entities: Entity[];
	facts: Fact[];
}
