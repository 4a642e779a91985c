// The fact-set file format as valibot schemas: the single definition of what a valid file is.
// Version 2 is read natively; version 1 (the first format) is checked and then converted.
import * as v from 'valibot';
import { ANSWER_TYPES, MAX_TOPICS, TOPICS, VALUE_TYPES, WEEKDAYS } from './types.ts';
import { hasInvisible } from './invisible.ts';

export const MAX_QUOTE_WORDS = 30;

/**
 * Sizes no real deck comes near; they keep a hostile file from making the app work for minutes.
 * A 500-fact deck from a long text is well inside them.
 */
export const FACT_SET_LIMITS = {
	facts: 2_000,
	entities: 5_000,
	paragraphs: 2_000,
	paragraphChars: 10_000,
	textChars: 1_000,
	listItems: 50,
	topicChars: 40
} as const;

const limitedText = (max: number) =>
	v.pipe(
		v.string(),
		v.trim(),
		v.nonEmpty('must not be empty'),
		v.maxLength(max, `must be at most ${max} characters`),
		v.check(
			(text) => !hasInvisible(text),
			'contains an invisible character (a zero-width space, soft hyphen, byte order mark or the like): retype the text around it'
		)
	);
const text = limitedText(FACT_SET_LIMITS.textChars);
const list = <T extends v.GenericSchema>(item: T, max: number = FACT_SET_LIMITS.listItems) =>
	v.pipe(v.array(item), v.maxLength(max, `must hold at most ${max} items`));
const id = v.pipe(
	v.string(),
	v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case words joined by hyphens')
);
const tag = v.pipe(
	v.string(),
	v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lower-case word, or words joined by hyphens')
);
/** The years a question can show: a year's or a date's nearby wrong values must stay readable. */
const YEARS = { min: 1000, max: 2999 };
const isoDate = v.pipe(
	v.string(),
	v.isoDate('must be a date written YYYY-MM-DD'),
	v.check(
		(date) => Number(date.slice(0, 4)) >= YEARS.min && Number(date.slice(0, 4)) <= YEARS.max,
		`must fall in the years ${YEARS.min} to ${YEARS.max}`
	)
);
/**
 * Numbers questions can show: written out in full (JavaScript writes 1e21 and 1e-7 with an
 * exponent) and far enough from the largest exact integer that nearby wrong values stay exact.
 */
const MAX_NUMBER = 1e15;
const showableNumber = v.pipe(
	v.number(),
	v.finite(),
	v.check(
		(n) => Math.abs(n) < MAX_NUMBER && !/e/i.test(String(n)),
		'must be written out in full and smaller than 1,000,000,000,000,000 (a larger or tinier number cannot be shown in a question)'
	)
);
const integer = v.pipe(v.number(), v.integer('must be a whole number'));
const anyValue = v.union([text, v.number()], 'must be a text or a number');
const values = v.optional(list(anyValue), []);

/** How a value of each value type is written in a file; entity values are names (text). */
export const VALUE_SCHEMAS = {
	event: text,
	term: text,
	quote: text,
	weekday: v.picklist(WEEKDAYS, 'must be a weekday written in full, e.g. "Tuesday"'),
	date: isoDate,
	year: v.pipe(integer, v.minValue(YEARS.min), v.maxValue(YEARS.max)),
	number: showableNumber
} as const satisfies Record<(typeof VALUE_TYPES)[number], v.GenericSchema>;

/** The schema a value of `type` must meet: its value type's, or a name for an entity type. */
export function valueSchema(type: string): v.GenericSchema {
	return (VALUE_SCHEMAS as Record<string, v.GenericSchema>)[type] ?? text;
}

const sourceSchema = v.object({
	paragraph: v.pipe(integer, v.minValue(1, 'must be 1 or more')),
	quote: v.pipe(
		text,
		v.maxWords('en', MAX_QUOTE_WORDS, `must be at most ${MAX_QUOTE_WORDS} words`)
	),
	says: v.optional(text)
});

const answerType = v.pipe(
	v.string(),
	v.regex(
		/^[a-z0-9]+(?:-[a-z0-9]+)*$/,
		`must be one of ${VALUE_TYPES.join(', ')}, or a lower-case label for a kind of entity (person, river…)`
	)
);

// The value's own type is checked against answer.type in the cross-checks (validate.ts), where
// the message can name the type the fact asks for.
const answerSchema = v.object({
	type: answerType,
	value: anyValue,
	kind: v.optional(list(tag), []),
	min: v.optional(anyValue),
	max: v.optional(anyValue),
	unit: v.optional(v.object({ one: text, other: text }))
});

export const entitySchema = v.object({
	name: text,
	type: v.pipe(
		tag,
		v.check(
			(type) => !(VALUE_TYPES as readonly string[]).includes(type),
			`must be a kind of named thing (person, river…), not one of ${VALUE_TYPES.join(', ')}`
		)
	),
	display: v.optional(text),
	aliases: v.optional(list(text), []),
	tags: v.optional(list(tag), []),
	titles: v.optional(list(text), [])
});

const topic = limitedText(FACT_SET_LIMITS.topicChars);

export const factSchema = v.object({
	id,
	topic,
	about: v.optional(list(text), []),
	question: text,
	statement: v.pipe(text, v.includes('{answer}', 'must contain {answer} where the answer goes')),
	answer: answerSchema,
	distractors: values,
	alsoTrue: values,
	never: values,
	explanation: text,
	background: v.optional(text),
	source: sourceSchema,
	allow: v.optional(list(v.object({ rule: tag, reason: text })), [])
});

const articleSchema = v.object({
	title: text,
	published: v.optional(isoDate),
	author: v.optional(text),
	note: v.optional(text),
	paragraphs: v.pipe(
		list(limitedText(FACT_SET_LIMITS.paragraphChars), FACT_SET_LIMITS.paragraphs),
		v.minLength(1, 'must hold at least one paragraph')
	)
});

export const factSetSchema = v.object({
	version: v.literal(2, 'must be 2 (a version 1 file is converted when it is read)'),
	id,
	title: text,
	description: v.optional(text),
	topics: v.optional(
		v.pipe(
			list(topic, MAX_TOPICS),
			v.check((topics) => new Set(topics).size === topics.length, 'must list each topic once')
		)
	),
	article: articleSchema,
	entities: v.optional(list(entitySchema, FACT_SET_LIMITS.entities), []),
	facts: v.pipe(
		list(factSchema, FACT_SET_LIMITS.facts),
		v.minLength(1, 'must hold at least one fact')
	)
});

/** Version 1: shared wrong-answer pools per type instead of entities; no kinds, units or bounds. */
export const factSetV1Schema = v.object({
	version: v.literal(1),
	id,
	title: text,
	article: articleSchema,
	pools: v.optional(
		v.record(
			v.picklist(ANSWER_TYPES, `keys must be answer types: ${ANSWER_TYPES.join(', ')}`),
			v.array(anyValue)
		),
		{}
	),
	facts: v.pipe(
		v.array(
			v.object({
				id,
				topic: v.picklist(TOPICS, `must be one of: ${TOPICS.join(', ')}`),
				question: text,
				statement: v.pipe(text, v.includes('{answer}', 'must contain {answer}')),
				answer: v.object({ type: v.picklist(ANSWER_TYPES), value: anyValue }),
				distractors: values,
				alsoTrue: values,
				explanation: text,
				source: v.object({ paragraph: integer, quote: text })
			})
		),
		v.minLength(1, 'must hold at least one fact')
	)
});

export type FactSetInput = v.InferInput<typeof factSetSchema>;
export type FactSetV1 = v.InferOutput<typeof factSetV1Schema>;
