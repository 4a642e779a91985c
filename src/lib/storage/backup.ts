// Backups: everything as one JSON document out, and a validated, non-destructive merge back in.
import { parseJsonWithin, TooDeepError } from './json.ts';
import * as v from 'valibot';
import type { CardState } from '../srs/index.ts';
import type { Entry, Write } from './backend.ts';
import { StorageError } from './errors.ts';
import {
	CARD_PREFIX,
	cardKey,
	LOG_PREFIX,
	logKey,
	RUN_PREFIX,
	runKey,
	SETTINGS_KEY
} from './keys.ts';
import { readAll, readCard, readLog, readRun } from './records.ts';
import { SCHEMA_VERSION } from './migrations.ts';
import {
	cardSchema,
	check,
	lenientSettingsSchema,
	loggedReviewSchema,
	runSchema,
	settingsSchema,
	type Checked
} from './schema.ts';
import {
	BACKUP_APP,
	type Backup,
	type ImportReport,
	type LoggedReview,
	type MergeCounts,
	type RunRecord,
	type SkippedRecord,
	type StudySettings
} from './types.ts';

const MAX_BACKUP_CHARS = 100_000_000;
const MAX_ITEMS = 1_000_000;

/** A backup's contents after validation, with the entries that were left out. */
export interface ParsedBackup {
	cards: CardState[];
	log: LoggedReview[];
	runs: RunRecord[];
	settings: StudySettings | undefined;
	skipped: SkippedRecord[];
	/** Cards moved back from a future date (see parseBackup). */
	redated: number;
}

const list = (name: string) =>
	v.pipe(
		v.array(v.unknown(), `must be a list of ${name}`),
		v.maxLength(MAX_ITEMS, 'has too many entries')
	);

const backupShape = v.object({
	app: v.literal(BACKUP_APP, 'must be "summit-quiz"; the file seems to come from another app'),
	schemaVersion: v.pipe(
		v.number('must be a number'),
		v.integer('must be a whole number'),
		v.minValue(1, 'must be at least 1'),
		v.maxValue(SCHEMA_VERSION, 'is newer than this app understands; update the app first')
	),
	exportedAt: v.pipe(v.string('must be a time'), v.isoTimestamp('must be an ISO time')),
	cards: list('cards'),
	log: list('reviews'),
	runs: list('runs'),
	settings: v.optional(v.unknown())
});

/**
 * How far ahead of this device's clock a card's last review may be before it counts as dated by
 * a clock set wrong: clocks drift by seconds, and a time zone set wrong moves one by hours.
 */
export const CLOCK_TOLERANCE_MS = 60 * 60_000;

/**
 * Validates a backup (JSON text or parsed); bad entries are skipped, a bad file throws. A card
 * last reviewed later than `now` (beyond the tolerance) came from a device whose clock was ahead:
 * it is moved back to `now`, its interval kept, so it neither waits for that future date nor
 * stops a review (which may not come before the last one).
 */
export function parseBackup(raw: unknown, now: Date): ParsedBackup {
	const data = typeof raw === 'string' ? parseJson(raw) : raw;
	if (typeof data !== 'object' || data === null || Array.isArray(data)) {
		throw new StorageError('invalid-backup', 'it does not hold a backup');
	}
	const shape = check(backupShape, data);
	if (!shape.ok) throw new StorageError('invalid-backup', shape.reason);
	const skipped: SkippedRecord[] = [];
	const valid = <T>(name: string, schema: v.GenericSchema<unknown, T>, items: unknown[]): T[] =>
		items.flatMap((item, index) => {
			const result = check(schema, item);
			if (result.ok) return [result.value];
			skipped.push({ key: `${name}[${index}]`, reason: result.reason });
			return [];
		});
	const backup = shape.value;
	let redated = 0;
	const cards = valid('cards', cardSchema, backup.cards).map((card) => {
		const ahead = card.last_review ? Date.parse(card.last_review) - now.getTime() : 0;
		if (ahead <= CLOCK_TOLERANCE_MS) return card;
		redated++;
		return {
			...card,
			last_review: now.toISOString(),
			due: new Date(Date.parse(card.due) - ahead).toISOString()
		};
	});
	const log = valid('log', loggedReviewSchema, backup.log);
	const runs = valid('runs', runSchema, backup.runs);
	const settings =
		backup.settings === undefined ? undefined : check(settingsSchema, backup.settings);
	if (settings && !settings.ok) skipped.push({ key: 'settings', reason: settings.reason });
	return {
		cards,
		log,
		runs,
		settings: settings?.ok ? settings.value : undefined,
		skipped,
		redated
	};
}

function parseJson(text: string): unknown {
	if (text.length > MAX_BACKUP_CHARS) throw new StorageError('invalid-backup', 'it is too large');
	try {
		return parseJsonWithin(text);
	} catch (error) {
		if (error instanceof TooDeepError) throw new StorageError('invalid-backup', error.message);
		throw new StorageError('invalid-backup', 'it is not JSON');
	}
}

/** A backup of every valid record in `entries` (a whole-store read), stamped `now`. */
export function buildBackup(entries: readonly Entry[], now: Date): Backup {
	const of = (prefix: string) => entries.filter(([key]) => key.startsWith(prefix));
	const settings = entries.find(([key]) => key === SETTINGS_KEY)?.[1];
	return {
		app: BACKUP_APP,
		schemaVersion: SCHEMA_VERSION,
		exportedAt: now.toISOString(),
		cards: readAll(of(CARD_PREFIX), readCard).records,
		log: readAll(of(LOG_PREFIX), readLog).records,
		runs: readAll(of(RUN_PREFIX), readRun).records,
		settings: v.parse(lenientSettingsSchema, settings)
	};
}

/** True when `a` is a later state of the card than `b`: reviewed later, or as late with more reps. */
export function isNewerCard(a: CardState, b: CardState): boolean {
	const time = (card: CardState) => (card.last_review ? Date.parse(card.last_review) : -Infinity);
	return time(a) > time(b) || (time(a) === time(b) && a.reps > b.reps);
}

/** True when run `a` has got further than `b`: finished where `b` is not, or more answers. */
function isFurtherRun(a: RunRecord, b: RunRecord): boolean {
	if (a.status !== b.status) return a.status === 'finished';
	return a.answers.length > b.answers.length;
}

/** Chooses per key between the stored record and the imported ones, counting the outcome. */
function mergeRecords<T>(
	items: readonly T[],
	keyOf: (item: T) => string,
	found: ReadonlyMap<string, unknown>,
	read: (key: string, value: unknown) => Checked<T>,
	better: (incoming: T, current: T) => boolean,
	put: Entry[]
): MergeCounts {
	const counts: MergeCounts = { added: 0, updated: 0, kept: 0 };
	const chosen = new Map<string, T>();
	for (const item of items) {
		const key = keyOf(item);
		const stored = found.has(key) ? read(key, found.get(key)) : undefined;
		const current = chosen.get(key) ?? (stored?.ok ? stored.value : undefined);
		if (current !== undefined && !better(item, current)) counts.kept += 1;
		else {
			// Replacing an unreadable stored record counts as an update.
			counts[found.has(key) || chosen.has(key) ? 'updated' : 'added'] += 1;
			chosen.set(key, item);
		}
	}
	put.push(...chosen);
	return counts;
}

/** Adds the log entries whose keys are not stored yet; an entry is never changed once written. */
function mergeLog(
	entries: readonly LoggedReview[],
	found: ReadonlyMap<string, unknown>,
	put: Entry[]
): MergeCounts {
	const counts: MergeCounts = { added: 0, updated: 0, kept: 0 };
	const added = new Set<string>();
	for (const { id, ...entry } of entries) {
		const key = logKey(id);
		if (found.has(key) || added.has(key)) counts.kept += 1;
		else {
			added.add(key);
			put.push([key, entry]);
			counts.added += 1;
		}
	}
	return counts;
}

/** The write merging `backup` into a store whose card, log, run and settings records are `found`. */
export function planImport(
	found: ReadonlyMap<string, unknown>,
	backup: ParsedBackup
): { write: Write; result: ImportReport } {
	const put: Entry[] = [];
	const cardKeyOf = (card: CardState) => cardKey(card.id);
	const runKeyOf = (run: RunRecord) => runKey(run.id);
	const cards = mergeRecords(backup.cards, cardKeyOf, found, readCard, isNewerCard, put);
	const log = mergeLog(backup.log, found, put);
	const runs = mergeRecords(backup.runs, runKeyOf, found, readRun, isFurtherRun, put);
	const settings = !found.has(SETTINGS_KEY) && backup.settings ? 'imported' : 'kept';
	if (settings === 'imported') put.push([SETTINGS_KEY, backup.settings]);
	const total = (key: keyof MergeCounts) => cards[key] + log[key] + runs[key];
	return {
		write: { put },
		result: {
			added: total('added'),
			updated: total('updated'),
			kept: total('kept'),
			cards,
			log,
			runs,
			settings,
			skipped: backup.skipped,
			redated: backup.redated
		}
	};
}
