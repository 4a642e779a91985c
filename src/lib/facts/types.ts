// The shape of a fact set, as the app and the generator use it after validation.

/**
 * Answer types whose values are written out in the fact (text, numbers, dates). Every other
 * answer type is a kind of entity, named by the set itself: person, country, river, vehicle…
 */
export const VALUE_TYPES = ['event', 'term', 'quote', 'weekday', 'date', 'year', 'number'] as const;
export type ValueType = (typeof VALUE_TYPES)[number];

/** Entity types the built-in deck uses; a fact set may name any other (a lower-case label). */
export const ENTITY_TYPES = ['person', 'country', 'city', 'organisation'] as const;
/** A lower-case label for a kind of named thing: "person", "river", "spacecraft". */
export type EntityType = string;

/** Well-known answer types; any entity type a set names is an answer type too. */
export const ANSWER_TYPES = [...ENTITY_TYPES, ...VALUE_TYPES] as const;
/** A value type, or an entity type the set names. */
export type AnswerType = string;

/** True for answer types whose values are the set's entities (anything but a value type). */
export function isEntityType(type: AnswerType): boolean {
	return !(VALUE_TYPES as readonly string[]).includes(type);
}

/** Answer types whose values are numbers; their distractors can be computed as neighbours. */
export const NUMERIC_TYPES = ['year', 'number'] as const satisfies readonly ValueType[];
export type NumericType = (typeof NUMERIC_TYPES)[number];

/** Answer types with computed wrong values (neighbours), so curated ones are optional. */
export const COMPUTED_TYPES = [
	'weekday',
	'date',
	'year',
	'number'
] as const satisfies readonly ValueType[];

/** The topics of format version 1 (a fixed list then); the built-in deck still uses them. */
export const TOPICS = [
	'people',
	'places',
	'dates',
	'numbers',
	'quotes',
	'relations',
	'events'
] as const;
/** A set's own label for a group of facts: "people", "key terms", "the 1920s". */
export type Topic = string;

/** A set has at most this many topics (quiz links carry the chosen ones as 12 bits). */
export const MAX_TOPICS = 12;

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

/** A named thing (person, country, river…): the answers and wrong answers of its type. */
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
	/** YYYY-MM-DD, when known. */
	published?: string;
	author?: string;
	/** How the text is quoted, shown beside every source: "machine-translated, quoted as published". */
	note?: string;
	/** The article's non-empty paragraphs in order; `source.paragraph` indexes into this. */
	paragraphs: string[];
}

export interface FactSet {
	version: typeof FACT_SET_VERSION;
	id: string;
	title: string;
	/** One or two sentences on what the deck covers, for its card on the home page. */
	description?: string;
	/** The set's topics in the order they are shown; every fact's topic is one of them. */
	topics: Topic[];
	article: Article;
	/** Every named thing the questions use, right or wrong. */
	entities: Entity[];
	facts: Fact[];
}
