// The ProgressStore: the app's whole persistence API over a Backend (IndexedDB or memory).
import { nanoid } from 'nanoid';
import * as v from 'valibot';
import type { CardState } from '../srs/index.ts';
import type { Backend } from './backend.ts';
import { buildBackup, parseBackup, planImport } from './backup.ts';
import { StorageError, toStorageError, type StorageReason } from './errors.ts';
import {
	CARD_PREFIX,
	cardKey,
	LOG_PREFIX,
	logId,
	logKey,
	META_KEY,
	RUN_PREFIX,
	runKey,
	SETTINGS_KEY
} from './keys.ts';
import { SCHEMA_VERSION } from './migrations.ts';
import { auditEntries, readAll, readCard, readLog, readRun } from './records.ts';
import {
	cardSchema,
	check,
	lenientSettingsSchema,
	logEntrySchema,
	runSchema,
	settingsSchema
} from './schema.ts';
import type { ProgressStore } from './types.ts';

export interface StoreStatus {
	persistent: boolean;
	problem: StorageReason | null;
}

/** Validates what is about to be written and returns a plain copy (e.g. of a Svelte $state proxy). */
function plain<T>(schema: v.GenericSchema<unknown, T>, value: unknown, what: string): T {
	const result = check(schema, value);
	if (!result.ok) throw new StorageError('invalid-record', `${what}: ${result.reason}`);
	return result.value;
}

/** Runs a storage call, turning whatever it throws into a StorageError. */
async function guarded<T>(call: () => Promise<T>): Promise<T> {
	try {
		return await call();
	} catch (error) {
		throw toStorageError(error);
	}
}

/** A ProgressStore over `backend`; `makeId` names log entries (nanoid; injectable for tests). */
export function createProgressStore(
	backend: Backend,
	status: StoreStatus,
	makeId: () => string = nanoid
): ProgressStore {
	return {
		persistent: status.persistent,
		problem: status.problem,

		loadCards: () =>
			guarded(async () => {
				const { records, skipped } = readAll(await backend.read([CARD_PREFIX]), readCard);
				return { cards: new Map(records.map((card) => [card.id, card])), skipped };
			}),

		recordReview: (cardId, compute, once) =>
			guarded(() => {
				const key = cardKey(cardId);
				// An answer from the journal has its log id from the start, to tell if it is stored.
				const onceId = once && logId(once.at.toISOString(), once.id);
				const keys = onceId ? [key, logKey(onceId)] : [key];
				return backend.update({ keys }, (found) => {
					// An unreadable card starts over rather than blocking every later answer.
					const stored = found.has(key) ? readCard(key, found.get(key)) : undefined;
					const already = onceId && found.get(logKey(onceId));
					const logged = already ? readLog(logKey(onceId), already) : undefined;
					if (stored?.ok && logged?.ok)
						return { write: { put: [] }, result: { card: stored.value, log: logged.value } };
					const result = compute(stored?.ok ? stored.value : undefined);
					const card: CardState = plain(cardSchema, result.card, 'card');
					if (card.id !== cardId) throw new StorageError('invalid-record', 'card id differs');
					const entry = plain(logEntrySchema, result.log, 'review log entry');
					const id = onceId ?? logId(entry.review, makeId());
					return {
						write: { put: [[key, card] as const, [logKey(id), entry] as const] },
						result: { card, log: { id, ...entry } }
					};
				});
			}),

		loadLog: () =>
			guarded(async () => {
				const { records, skipped } = readAll(await backend.read([LOG_PREFIX]), readLog);
				return { log: records, skipped };
			}),

		saveRun: (run) =>
			guarded(() => {
				const record = plain(runSchema, run, 'run');
				return backend.write({ put: [[runKey(record.id), record]] });
			}),

		loadRuns: () =>
			guarded(async () => {
				const { records, skipped } = readAll(await backend.read([RUN_PREFIX]), readRun);
				records.sort((a, b) => Date.parse(a.startedAt) - Date.parse(b.startedAt));
				return { runs: records, skipped };
			}),

		loadSettings: () =>
			guarded(async () => v.parse(lenientSettingsSchema, await backend.get(SETTINGS_KEY))),

		saveSettings: (settings) =>
			guarded(() =>
				backend.write({ put: [[SETTINGS_KEY, plain(settingsSchema, settings, 'settings')]] })
			),

		exportBackup: (now) => guarded(async () => buildBackup(await backend.read(['']), now)),

		importBackup: (raw, now = new Date()) =>
			guarded(() => {
				const backup = parseBackup(raw, now);
				const spec = { prefixes: [CARD_PREFIX, LOG_PREFIX, RUN_PREFIX], keys: [SETTINGS_KEY] };
				return backend.update(spec, (found) => planImport(found, backup));
			}),

		audit: () => guarded(async () => auditEntries(await backend.read(['']))),

		reset: (now) =>
			guarded(() =>
				backend.write({
					clear: true,
					put: [[META_KEY, { schemaVersion: SCHEMA_VERSION, createdAt: now.toISOString() }]]
				})
			)
	};
}
