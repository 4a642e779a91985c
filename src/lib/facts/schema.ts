// The fact-set file format as valibot schemas: the single definition of what a valid file is.
// Version 2 is read natively; version 1 (the first format) is checked and then converted.
import * as v from 'valibot';
import { ANSWER_TYPES, ENTITY_TYPES, TOPICS, WEEKDAYS } from './types.ts';

export const MAX_QUOTE_WORDS = 30;

const text = v.pipe(v.string(), v.trim(), v.nonEmpty('must not be empty'));
const id = v.pipe(
	v.string(),
	v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case words joined by hyphens')
);
const tag = v.pipe(
	v.string(),
	v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lower-case word, or words joined by hyphens')
);
const isoDate = v.pipe(v.string(), v.isoDate('must be a date written YYYY-MM-DD'));
const integer = v.pipe(v.number(), v.integer('must be a whole number'));
const anyValue = v.union([text, v.number()], 'must be a text or a number');
const values = v.optional(v.array(anyValue), []);

/** How a value of each answer type is written in a file. */
export const VALUE_SCHEMAS = {
	person: text,
	country: text,
	city: text,
	organisation: text,
	event: text,
	term: text,
	quote: text,
	weekday: v.picklist(WEEKDAYS, 'must be a weekday written in full, e.g. "Tuesday"'),
	date: isoDate,
	year: v.pipe(integer, v.minValue(1000), v.maxValue(2999)),
	number: v.pipe(v.number(), v.finite())
} as const;

const sourceSchema = v.object({
	paragraph: v.pipe(integer, v.minValue(1, 'must be 1 or more')),
	quote: v.pipe(
		text,
		v.maxWords('en', MAX_QUOTE_WORDS, `must be at most ${MAX_QUOTE_WORDS} words`)
	),
	says: v.optional(text)
});

const answerSchema = v.variant(
	'type',
	ANSWER_TYPES.map((type) =>
		v.object({
			type: v.literal(type),
			value: VALUE_SCHEMAS[type],
			kind: v.optional(v.array(tag), []),
			min: v.optional(anyValue),
			max: v.optional(anyValue),
			unit: v.optional(v.object({ one: text, other: text }))
		})
	),
	`type must be one of: ${ANSWER_TYPES.join(', ')}`
);

export const entitySchema = v.object({
	name: text,
	type: v.picklist(ENTITY_TYPES, `must be one of: ${ENTITY_TYPES.join(', ')}`),
	display: v.optional(text),
	aliases: v.optional(v.array(text), []),
	tags: v.optional(v.array(tag), []),
	titles: v.optional(v.array(text), [])
});

export const factSchema = v.object({
	id,
	topic: v.picklist(TOPICS, `must be one of: ${TOPICS.join(', ')}`),
	about: v.optional(v.array(text), []),
	question: text,
	statement: v.pipe(text, v.includes('{answer}', 'must contain {answer} where the answer goes')),
	answer: answerSchema,
	distractors: values,
	alsoTrue: values,
	never: values,
	explanation: text,
	background: v.optional(text),
	source: sourceSchema,
	allow: v.optional(v.array(v.object({ rule: tag, reason: text })), [])
});

const articleSchema = v.object({
	title: text,
	published: isoDate,
	author: text,
	paragraphs: v.pipe(v.array(text), v.minLength(1, 'must hold at least one paragraph'))
});

export const factSetSchema = v.object({
	version: v.literal(2, 'must be 2 (a version 1 file is converted when it is read)'),
	id,
	title: text,
	article: articleSchema,
	entities: v.optional(v.array(entitySchema), []),
	facts: v.pipe(v.array(factSchema), v.minLength(1, 'must hold at least one fact'))
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
