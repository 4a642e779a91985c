// A backup of everything on the device in one file: every deck added (its facts) and every deck's
// progress (the built-in deck's too), and the changes still kept as drafts in the editor, to keep or
// to move to another device. Reading one checks each deck as a deck file is checked; a deck that
// fails is skipped, never stored.
import * as v from 'valibot';
import { checkFactSet } from '../facts/validate.ts';
import type { FactSet } from '../facts/types.ts';
import { StorageError } from '../storage/errors.ts';
import { BACKUP_APP, type Backup } from '../storage/types.ts';
import { DEFAULT_DB_NAME } from '../storage/keys.ts';
import { progressDbName } from './progress-db.ts';
import { isDeckDraft, type DeckDraft } from './draft.ts';
import type { DraftInfo } from './catalog.ts';

/** Tells a backup of every deck from a backup of one deck's progress. */
export const ALL_DECKS_KIND = 'all-decks';

export interface AllDecksBackup {
	app: typeof BACKUP_APP;
	kind: typeof ALL_DECKS_KIND;
	exportedAt: string;
	decks: BackedUpDeck[];
	/** The teacher's class results (absent in files from before they were backed up). */
	classResults?: unknown[];
	/** The quizzes handed out from the device, as the Teach page lists them. */
	sharedQuizzes?: unknown[];
}

export interface BackedUpDeck {
	id: string;
	title: string;
	builtIn: boolean;
	/**
	 * The deck's facts; absent for the built-in deck, which every copy of the app has, and for a
	 * deck only written so far (a draft that never passed the checks).
	 */
	factSet?: FactSet;
	/** The deck's progress, as a one-deck backup holds it; absent for a deck only written so far. */
	progress?: Backup;
	/** Changes kept as a draft in the editor, not saved as the deck yet. */
	draft?: BackedUpDraft;
}

export type BackedUpDraft = Omit<DraftInfo, 'id'> & { draft: DeckDraft };

/** A deck of a backup, ready to restore. */
export interface DeckToRestore {
	id: string;
	title: string;
	builtIn: boolean;
	factSet?: FactSet;
	/** Checked when it is merged, as a one-deck backup is; undefined when there is none. */
	progress: unknown;
	draft?: BackedUpDraft;
}

export interface AllDecksRestore {
	decks: DeckToRestore[];
	/** Checked one by one when they are stored. */
	classResults: unknown[];
	sharedQuizzes: unknown[];
	/** Decks left out, each with why. */
	skipped: { title: string; reason: string }[];
}

/** More decks than any device holds; keeps a hostile file from making the app work for minutes. */
const MAX_DECKS = 1_000;
/** A teacher's results over years of classes, and the quizzes behind them. */
const MAX_CLASS_RESULTS = 100_000;
const MAX_SHARED_QUIZZES = 10_000;

const backupShape = v.object({
	app: v.literal(BACKUP_APP, 'must be "summit-quiz"; the file seems to come from another app'),
	kind: v.literal(ALL_DECKS_KIND),
	exportedAt: v.pipe(v.string(), v.isoTimestamp('must be an ISO time')),
	decks: v.pipe(
		v.array(
			v.object({
				id: v.pipe(v.string(), v.nonEmpty(), v.maxLength(200)),
				title: v.pipe(v.string(), v.maxLength(1_000)),
				builtIn: v.boolean(),
				factSet: v.optional(v.unknown()),
				progress: v.optional(v.unknown()),
				draft: v.optional(v.unknown())
			})
		),
		v.maxLength(MAX_DECKS, `must hold at most ${MAX_DECKS} decks`)
	),
	classResults: v.optional(
		v.pipe(
			v.array(v.unknown()),
			v.maxLength(MAX_CLASS_RESULTS, `must hold at most ${MAX_CLASS_RESULTS} class results`)
		)
	),
	sharedQuizzes: v.optional(
		v.pipe(
			v.array(v.unknown()),
			v.maxLength(MAX_SHARED_QUIZZES, `must hold at most ${MAX_SHARED_QUIZZES} shared quizzes`)
		)
	)
});

const draftShape = v.object({
	title: v.pipe(v.string(), v.maxLength(1_000)),
	problemCount: v.pipe(v.number(), v.integer(), v.minValue(0)),
	savedAt: v.pipe(v.string(), v.isoTimestamp()),
	draft: v.unknown()
});

/** A deck's draft as the file holds it, when it is one: a draft of that same deck. */
function readDraft(value: unknown, id: string): BackedUpDraft | undefined {
	const shape = v.safeParse(draftShape, value);
	if (!shape.success || !isDeckDraft(shape.output.draft) || shape.output.draft.id !== id)
		return undefined;
	return { ...shape.output, draft: shape.output.draft };
}

export function buildAllDecksBackup(
	decks: BackedUpDeck[],
	now: Date,
	teaching: { classResults: unknown[]; sharedQuizzes: unknown[] } = {
		classResults: [],
		sharedQuizzes: []
	}
): AllDecksBackup {
	return {
		app: BACKUP_APP,
		kind: ALL_DECKS_KIND,
		exportedAt: now.toISOString(),
		decks,
		...teaching
	};
}

/** True for what looks like a backup of every deck (rather than of one deck's progress). */
export function isAllDecksBackup(data: unknown): boolean {
	return (data as { kind?: unknown } | null)?.kind === ALL_DECKS_KIND;
}

/**
 * The decks a backup of every deck holds, each checked. The built-in deck's progress is restored
 * only to the same built-in deck (`builtInId`); a deck whose facts fail the checks is skipped.
 */
export function readAllDecksBackup(data: unknown, builtInId: string): AllDecksRestore {
	const shape = v.safeParse(backupShape, data);
	if (!shape.success) {
		const issue = shape.issues[0];
		const where = issue.path?.map((item) => String(item.key)).join('.') ?? '';
		throw new StorageError(
			'invalid-backup',
			`it is not a backup of every deck${where ? ` (${where}: ${issue.message})` : ''}`
		);
	}
	const decks: DeckToRestore[] = [];
	const skipped: AllDecksRestore['skipped'] = [];
	const seen = new Set<string>();
	for (const deck of shape.output.decks) {
		const title = deck.title || deck.id;
		if (seen.has(deck.id)) {
			skipped.push({ title, reason: 'it is in the file twice' });
			continue;
		}
		seen.add(deck.id);
		if (deck.builtIn) {
			if (deck.id === builtInId)
				decks.push({ id: deck.id, title, builtIn: true, progress: deck.progress });
			else skipped.push({ title, reason: 'it is the built-in deck of another edition of the app' });
			continue;
		}
		if (deck.id === builtInId) {
			skipped.push({ title, reason: 'it has the id of the deck built into the app' });
			continue;
		}
		const draft = deck.draft === undefined ? undefined : readDraft(deck.draft, deck.id);
		if (deck.draft !== undefined && !draft)
			skipped.push({
				title: `${title} (unfinished changes)`,
				reason: 'they could not be read as a draft of this deck'
			});
		if (deck.factSet === undefined && draft) {
			// Only written so far: the draft is all there is, and it never had progress.
			decks.push({ id: deck.id, title, builtIn: false, progress: undefined, draft });
			continue;
		}
		const { factSet, problems } = checkFactSet(deck.factSet, title);
		if (!factSet)
			skipped.push({
				title,
				reason: `its facts do not pass the checks (${problems[0]?.problem ?? 'unreadable'})`
			});
		else if (factSet.id !== deck.id)
			skipped.push({ title, reason: 'its facts belong to another deck' });
		else
			decks.push({
				id: deck.id,
				title: factSet.title,
				builtIn: false,
				factSet,
				progress: deck.progress,
				draft
			});
	}
	const { classResults = [], sharedQuizzes = [] } = shape.output;
	return { decks, skipped, classResults, sharedQuizzes };
}

/** The id of the deck whose progress database is `name`, or undefined when it is no deck's. */
export function deckIdOfDatabase(name: string): string | null | undefined {
	if (name === DEFAULT_DB_NAME) return null;
	const prefix = progressDbName('');
	return name.startsWith(prefix) && name.length > prefix.length
		? name.slice(prefix.length)
		: undefined;
}
