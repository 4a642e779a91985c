// Schema versions and the steps between them, run in one transaction when the database opens.
//
// Version 0 is the prototype's layout, before `meta` existed: cards under `srs:<fact id>` as
// ts-fsrs Cards with `due`/`last_review` as epoch milliseconds, a numeric `state` (ts-fsrs enum)
// and no `learning_steps`; settings under `prefs` as { retention, dailyNew }.
// Version 1: one record per card (`card:<id>`), described in keys.ts and types.ts.
// Version 2 is the current layout: cards in 64 buckets (buckets.ts), everything else as in 1.
import * as v from 'valibot';
import { fromFsrsState, type CardState } from '../srs/index.ts';
import type { Write } from './backend.ts';
import { StorageError } from './errors.ts';
import { CARD_PREFIX, cardKey, META_KEY, SETTINGS_KEY } from './keys.ts';
import { cardSchema, check, lenientSettingsSchema, metaSchema } from './schema.ts';
import { DEFAULT_STUDY_SETTINGS, type MetaRecord } from './types.ts';

/** Turns the whole store at version n into the store at version n + 1. */
export type Migration = (records: ReadonlyMap<string, unknown>) => Map<string, unknown>;

const V0_CARD_PREFIX = 'srs:';
const V0_SETTINGS_KEY = 'prefs';

const epochMs = v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(8.64e15));
const v0CardSchema = v.object({
	due: epochMs,
	stability: v.pipe(v.number(), v.finite(), v.minValue(0)),
	difficulty: v.pipe(v.number(), v.finite()),
	scheduled_days: v.pipe(v.number(), v.integer(), v.minValue(0)),
	reps: v.pipe(v.number(), v.integer(), v.minValue(0)),
	lapses: v.pipe(v.number(), v.integer(), v.minValue(0)),
	state: v.picklist([0, 1, 2, 3]),
	last_review: v.nullish(epochMs)
});

/** A prototype card as a version-1 card, or undefined when it is not one. */
function fromV0Card(id: string, value: unknown): CardState | undefined {
	const parsed = v.safeParse(v0CardSchema, value);
	if (!parsed.success || id === '') return undefined;
	const old = parsed.output;
	return {
		id,
		state: fromFsrsState(old.state),
		due: new Date(old.due).toISOString(),
		stability: old.stability,
		difficulty: old.difficulty,
		scheduled_days: old.scheduled_days,
		learning_steps: 0,
		reps: old.reps,
		lapses: old.lapses,
		last_review: old.last_review == null ? null : new Date(old.last_review).toISOString()
	};
}

/** 0 → 1: moves prototype cards to `card:` with ISO times and `prefs` to `settings`. */
function fromPrototype(records: ReadonlyMap<string, unknown>): Map<string, unknown> {
	const next = new Map(records);
	for (const [key, value] of records) {
		if (!key.startsWith(V0_CARD_PREFIX)) continue;
		const card = fromV0Card(key.slice(V0_CARD_PREFIX.length), value);
		// Unreadable ones stay where they are, for audit() to report; nothing is thrown away.
		if (!card || next.has(cardKey(card.id))) continue;
		next.delete(key);
		next.set(cardKey(card.id), card);
	}
	const prefs = records.get(V0_SETTINGS_KEY);
	if (typeof prefs === 'object' && prefs !== null && !next.has(SETTINGS_KEY)) {
		const { retention, dailyNew } = prefs as Record<string, unknown>;
		const settings = {
			...DEFAULT_STUDY_SETTINGS,
			desiredRetention: retention,
			newPerDay: dailyNew
		};
		next.set(SETTINGS_KEY, v.parse(lenientSettingsSchema, settings));
		next.delete(V0_SETTINGS_KEY);
	}
	return next;
}

/**
 * 1 → 2: every valid card is written again, which the bucket layer (buckets.ts) turns into its
 * bucket's record, deleting the card's own. Unreadable records stay where they are, for audit().
 */
function intoBuckets(records: ReadonlyMap<string, unknown>): Map<string, unknown> {
	const next = new Map(records);
	for (const [key, value] of records) {
		if (key.startsWith(CARD_PREFIX) && check(cardSchema, value).ok)
			next.set(key, { ...(value as object) });
	}
	return next;
}

/** MIGRATIONS[n] upgrades version n to n + 1; append, never edit, to change the layout. */
export const MIGRATIONS: readonly Migration[] = [fromPrototype, intoBuckets];
export const SCHEMA_VERSION = MIGRATIONS.length;

/** Runs the migrations from `from` on a copy of `records`. */
export function migrate(records: ReadonlyMap<string, unknown>, from: number): Map<string, unknown> {
	return MIGRATIONS.slice(from).reduce<Map<string, unknown>>(
		(current, step) => step(current),
		new Map(records)
	);
}

/** The stored schema version: from `meta`, or 0 when a store holds records but no readable meta. */
export function storedVersion(records: ReadonlyMap<string, unknown>): MetaRecord | undefined {
	const meta = check(metaSchema, records.get(META_KEY));
	return meta.ok ? meta.value : undefined;
}

/**
 * The write that brings a whole store (`records`) to SCHEMA_VERSION: nothing when current, only
 * `meta` for an empty store, else the migrations' changes plus the new `meta`.
 */
export function planMigration(records: ReadonlyMap<string, unknown>, now: Date): Write {
	const meta = storedVersion(records);
	if (meta && meta.schemaVersion > SCHEMA_VERSION) throw new StorageError('newer-version');
	if (meta?.schemaVersion === SCHEMA_VERSION) return {};
	const next: MetaRecord = {
		schemaVersion: SCHEMA_VERSION,
		createdAt: meta?.createdAt ?? now.toISOString()
	};
	const data = new Map(records);
	data.delete(META_KEY);
	const migrated = migrate(data, meta?.schemaVersion ?? 0);
	return {
		delete: [...data.keys()].filter((key) => !migrated.has(key)),
		put: [
			...[...migrated].filter(([key, value]) => data.get(key) !== value),
			[META_KEY, next] as const
		]
	};
}
