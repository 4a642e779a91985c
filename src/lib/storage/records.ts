// Reading stored records back: each checked against its schema and against the key it is under.
import type { CardState } from '../srs/index.ts';
import type { Entry } from './backend.ts';
import { CARD_PREFIX, LOG_PREFIX, META_KEY, RUN_PREFIX, SETTINGS_KEY } from './keys.ts';
import {
	cardSchema,
	check,
	clip,
	logEntrySchema,
	logIdSchema,
	metaSchema,
	runSchema,
	settingsSchema,
	type Checked
} from './schema.ts';
import type { LoggedReview, RunRecord, SkippedRecord } from './types.ts';

const MAX_KEY = 120;

/** Times as this app writes them (`toISOString()`): the only ones the quick check accepts. */
const WRITTEN_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
const STATES: readonly unknown[] = ['new', 'learning', 'review', 'relearning'];

const isTime = (value: unknown): value is string =>
	typeof value === 'string' && WRITTEN_TIME.test(value) && Number.isFinite(Date.parse(value));
const isCount = (value: unknown): value is number =>
	typeof value === 'number' && Number.isInteger(value) && value >= 0;

/**
 * The card in `value` when it is exactly as this app writes cards, else undefined. Loading 10,000
 * cards checks each: this accepts only what `cardSchema` accepts (a test holds it to that), in a
 * fraction of the time; anything else goes through the schema, which says what is wrong.
 */
export function quickCard(value: unknown): CardState | undefined {
	if (typeof value !== 'object' || value === null) return undefined;
	const card = value as Record<string, unknown>;
	const { id, state, due, stability, difficulty, last_review } = card;
	if (
		typeof id !== 'string' ||
		id === '' ||
		id.length > 200 ||
		!STATES.includes(state) ||
		!isTime(due) ||
		typeof stability !== 'number' ||
		!Number.isFinite(stability) ||
		stability < 0 ||
		typeof difficulty !== 'number' ||
		!Number.isFinite(difficulty) ||
		!isCount(card.scheduled_days) ||
		!isCount(card.learning_steps) ||
		!isCount(card.reps) ||
		!isCount(card.lapses) ||
		(last_review !== null && !isTime(last_review))
	)
		return undefined;
	return {
		id,
		state: state as CardState['state'],
		due,
		stability,
		difficulty,
		scheduled_days: card.scheduled_days as number,
		learning_steps: card.learning_steps as number,
		reps: card.reps as number,
		lapses: card.lapses as number,
		last_review: last_review as string | null
	};
}

/** The card stored under `key`, if it is a valid card for that key. */
export function readCard(key: string, value: unknown): Checked<CardState> {
	const quick = quickCard(value);
	const card: Checked<CardState> = quick ? { ok: true, value: quick } : check(cardSchema, value);
	if (card.ok && CARD_PREFIX + card.value.id !== key) {
		return { ok: false, reason: 'id does not match its key' };
	}
	return card;
}

/** The log entry stored under `key`, with its id taken from the key. */
export function readLog(key: string, value: unknown): Checked<LoggedReview> {
	const id = key.slice(LOG_PREFIX.length);
	const idCheck = check(logIdSchema, id);
	if (!idCheck.ok) return { ok: false, reason: 'key is not a log key' };
	const entry = check(logEntrySchema, value);
	return entry.ok ? { ok: true, value: { id, ...entry.value } } : entry;
}

/** The run stored under `key`, if it is a valid run for that key. */
export function readRun(key: string, value: unknown): Checked<RunRecord> {
	const run = check(runSchema, value);
	if (run.ok && RUN_PREFIX + run.value.id !== key) {
		return { ok: false, reason: 'id does not match its key' };
	}
	return run;
}

/** Why the record under `key` is unusable, or undefined when it is fine. */
function problemWith(key: string, value: unknown): string | undefined {
	let result: Checked<unknown>;
	if (key.startsWith(CARD_PREFIX)) result = readCard(key, value);
	else if (key.startsWith(LOG_PREFIX)) result = readLog(key, value);
	else if (key.startsWith(RUN_PREFIX)) result = readRun(key, value);
	else if (key === SETTINGS_KEY) result = check(settingsSchema, value);
	else if (key === META_KEY) result = check(metaSchema, value);
	else return 'not a Summit Quiz record';
	return result.ok ? undefined : result.reason;
}

/** A skipped-record report, with the key shortened in case it is huge. */
export function skippedRecord(key: string, reason: string): SkippedRecord {
	return { key: clip(key, MAX_KEY), reason };
}

/** Every unusable record among `entries`. */
export function auditEntries(entries: readonly Entry[]): SkippedRecord[] {
	return entries.flatMap(([key, value]) => {
		const reason = problemWith(key, value);
		return reason === undefined ? [] : [skippedRecord(key, reason)];
	});
}

/** The valid records among `entries` read with `read`, and a report of the others. */
export function readAll<T>(
	entries: readonly Entry[],
	read: (key: string, value: unknown) => Checked<T>
): { records: T[]; skipped: SkippedRecord[] } {
	const records: T[] = [];
	const skipped: SkippedRecord[] = [];
	for (const [key, value] of entries) {
		const result = read(key, value);
		if (result.ok) records.push(result.value);
		else skipped.push(skippedRecord(key, result.reason));
	}
	return { records, skipped };
}
