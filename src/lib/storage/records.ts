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

/** The card stored under `key`, if it is a valid card for that key. */
export function readCard(key: string, value: unknown): Checked<CardState> {
	const card = check(cardSchema, value);
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
