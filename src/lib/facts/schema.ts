// The fact-set file format as a valibot schema: the single definition of what a valid file is.
import * as v from 'valibot';
import { ANSWER_TYPES, TOPICS, WEEKDAYS } from './types.ts';

const MAX_QUOTE_WORDS = 15;

const text = v.pipe(v.string(), v.trim(), v.nonEmpty('must not be empty'));
const id = v.pipe(
	v.string(),
	v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case words joined by hyphens')
);
const isoDate = v.pipe(v.string(), v.isoDate('must be a date written YYYY-MM-DD'));
const integer = v.pipe(v.number(), v.integer('must be a whole number'));

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

const answerSchema = v.variant(
	'type',
	ANSWER_TYPES.map((type) => v.object({ type: v.literal(type), value: VALUE_SCHEMAS[type] })),
	`type must be one of: ${ANSWER_TYPES.join(', ')}`
);

const sourceSchema = v.object({
	paragraph: v.pipe(integer, v.minValue(1, 'must be 1 or more')),
	quote: v.pipe(text, v.maxWords('en', MAX_QUOTE_WORDS, `must be at most ${MAX_QUOTE_WORDS} words`))
});

export const factSchema = v.object({
	id,
	topic: v.picklist(TOPICS, `must be one of: ${TOPICS.join(', ')}`),
	question: text,
	statement: v.pipe(text, v.includes('{answer}', 'must contain {answer} where the answer goes')),
	answer: answerSchema,
	distractors: v.optional(v.array(v.union([text, v.number()])), []),
	alsoTrue: v.optional(v.array(v.union([text, v.number()])), []),
	explanation: text,
	source: sourceSchema
});

export const factSetSchema = v.object({
	version: v.literal(1, 'must be 1'),
	id,
	title: text,
	article: v.object({
		title: text,
		published: isoDate,
		author: text,
		paragraphs: v.pipe(v.array(text), v.minLength(1, 'must hold at least one paragraph'))
	}),
	pools: v.optional(
		v.record(
			v.picklist(ANSWER_TYPES, `keys must be answer types: ${ANSWER_TYPES.join(', ')}`),
			v.array(v.union([text, v.number()]))
		),
		{}
	),
	facts: v.pipe(v.array(factSchema), v.minLength(1, 'must hold at least one fact'))
});

export type FactSetInput = v.InferInput<typeof factSetSchema>;
