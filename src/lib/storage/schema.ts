// valibot schemas for every stored record: the single definition of what we accept on read.
import * as v from 'valibot';
import { QUESTION_FORMS, type QuizSettings } from '../quiz/types.ts';
import { RATINGS, SCHEDULING_STATES, type CardState, type ReviewLogEntry } from '../srs/types.ts';
import {
	DEFAULT_STUDY_SETTINGS,
	STUDY_MODES,
	type LoggedReview,
	type MetaRecord,
	type RunRecord,
	type StudySettings
} from './types.ts';

const MAX_REASON = 200;
const MAX_ANSWERS = 1_000;

const text = (max: number) =>
	v.pipe(v.string('must be text'), v.maxLength(max, `must be at most ${max} characters`));
const id = v.pipe(text(200), v.minLength(1, 'must not be empty'));
const isoTime = v.pipe(
	v.string('must be an ISO time'),
	v.isoTimestamp('must be an ISO time'),
	v.check((value) => Number.isFinite(Date.parse(value)), 'must be a real date')
);
const finite = v.pipe(v.number('must be a number'), v.finite('must be finite'));
const count = v.pipe(
	v.number('must be a number'),
	v.integer('must be a whole number'),
	v.minValue(0, 'must not be negative')
);

export const cardSchema: v.GenericSchema<unknown, CardState> = v.object({
	id,
	state: v.picklist(SCHEDULING_STATES, 'must be new, learning, review or relearning'),
	due: isoTime,
	stability: v.pipe(finite, v.minValue(0, 'must not be negative')),
	difficulty: finite,
	scheduled_days: count,
	learning_steps: count,
	reps: count,
	lapses: count,
	last_review: v.nullable(isoTime)
});

const logEntryEntries = {
	cardId: id,
	rating: v.picklist(RATINGS, 'must be again, hard, good or easy'),
	review: isoTime,
	state: v.picklist(SCHEDULING_STATES, 'must be new, learning, review or relearning'),
	due: isoTime,
	elapsed_days: count,
	scheduled_days: count,
	stability: finite,
	difficulty: finite
};

/** A log entry as stored, under `log:<id>`. */
export const logEntrySchema: v.GenericSchema<unknown, ReviewLogEntry> = v.object(logEntryEntries);

/** `<ISO time>:<nanoid>`, as logId builds it. */
export const logIdSchema = v.pipe(
	v.string('must be text'),
	v.regex(/^\d{4}-\d\d-\d\dT[\d:.]{8,12}Z:[\w-]{1,64}$/, 'must be an ISO time and an id')
);

/** A log entry with its id, as in a backup. */
export const loggedReviewSchema: v.GenericSchema<unknown, LoggedReview> = v.object({
	id: logIdSchema,
	...logEntryEntries
});

const quizSettingsSchema: v.GenericSchema<unknown, QuizSettings> = v.object({
	seed: text(200),
	count: v.pipe(count, v.maxValue(10_000, 'is too large')),
	topics: v.array(text(40)),
	forms: v.array(v.picklist(QUESTION_FORMS, 'must be a known question form')),
	timeLimit: v.nullable(v.pipe(finite, v.gtValue(0, 'must be positive'))),
	title: text(500)
});

export const runSchema: v.GenericSchema<unknown, RunRecord> = v.object({
	id: v.pipe(v.string('must be text'), v.regex(/^[\w-]{1,64}$/, 'must be a short id')),
	status: v.picklist(['in-progress', 'finished'], 'must be in-progress or finished'),
	startedAt: isoTime,
	finishedAt: v.optional(isoTime),
	settings: quizSettingsSchema,
	shared: v.boolean('must be true or false'),
	answers: v.pipe(
		v.array(
			v.object({
				questionId: id,
				factId: id,
				choice: v.nullable(count),
				correct: v.boolean('must be true or false'),
				elapsedMs: v.pipe(finite, v.minValue(0, 'must not be negative'))
			})
		),
		v.maxLength(MAX_ANSWERS, `must have at most ${MAX_ANSWERS} answers`)
	),
	score: finite,
	correct: count,
	total: count,
	durationMs: v.pipe(finite, v.minValue(0, 'must not be negative'))
});

const retention = v.pipe(
	v.number('must be a number'),
	v.minValue(0.7, 'must be at least 0.7'),
	v.maxValue(0.99, 'must be at most 0.99')
);
const newPerDay = v.pipe(count, v.maxValue(1_000, 'must be at most 1000'));
const studyMode = v.picklist(STUDY_MODES, 'must be choice or flashcard');

/** Settings as saved: every field must be valid. */
export const settingsSchema: v.GenericSchema<unknown, StudySettings> = v.object({
	desiredRetention: retention,
	newPerDay,
	studyMode
});

/** Settings as read: a missing or bad field falls back to its default, keeping the others. */
export const lenientSettingsSchema: v.GenericSchema<unknown, StudySettings> = v.fallback(
	v.object({
		desiredRetention: v.fallback(retention, DEFAULT_STUDY_SETTINGS.desiredRetention),
		newPerDay: v.fallback(newPerDay, DEFAULT_STUDY_SETTINGS.newPerDay),
		studyMode: v.fallback(studyMode, DEFAULT_STUDY_SETTINGS.studyMode)
	}),
	() => ({ ...DEFAULT_STUDY_SETTINGS })
);

export const metaSchema: v.GenericSchema<unknown, MetaRecord> = v.object({
	schemaVersion: count,
	createdAt: isoTime
});

// Our own messages only: valibot's defaults quote the input, which may be hostile or huge.
const SAFE_CONFIG: v.Config<v.BaseIssue<unknown>> = {
	abortEarly: true,
	message: (issue) => (issue.received === 'undefined' ? 'is missing' : 'has the wrong type')
};

export type Checked<T> = { ok: true; value: T } | { ok: false; reason: string };

/** Validates `value`, returning a fresh plain copy or a short reason naming the bad field. */
export function check<T>(schema: v.GenericSchema<unknown, T>, value: unknown): Checked<T> {
	const result = v.safeParse(schema, value, SAFE_CONFIG);
	if (result.success) return { ok: true, value: result.output };
	const [issue] = result.issues;
	const path = v.getDotPath(issue);
	return { ok: false, reason: clip(`${path ?? 'the value'} ${issue.message}`, MAX_REASON) };
}

/** Shortens text that will be shown or logged, so a hostile record cannot flood the UI. */
export function clip(value: string, max: number): string {
	return value.length <= max ? value : `${value.slice(0, max - 1)}…`;
}
