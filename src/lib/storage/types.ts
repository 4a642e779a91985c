// What the app keeps between visits: card states, the review log, runs, settings.
import type { QuizSettings } from '../quiz/types.ts';
import type { CardState, ReviewLogEntry, ReviewResult } from '../srs/index.ts';
import type { StorageReason } from './errors.ts';

export const STUDY_MODES = ['choice', 'flashcard'] as const;
export type StudyMode = (typeof STUDY_MODES)[number];

/** The learner's study preferences. */
export interface StudySettings {
	/** Target probability of recall when a card comes due (0.7–0.99). */
	desiredRetention: number;
	newPerDay: number;
	studyMode: StudyMode;
}

export const DEFAULT_STUDY_SETTINGS: Readonly<StudySettings> = Object.freeze({
	desiredRetention: 0.9,
	newPerDay: 10,
	studyMode: 'choice'
});

export interface RunAnswer {
	questionId: string;
	factId: string;
	/** Index of the option chosen, or null when time ran out. */
	choice: number | null;
	correct: boolean;
	elapsedMs: number;
}

/** One quiz run, saved after every answer so a reload mid-run keeps what was answered. */
export interface RunRecord {
	/** A nanoid. */
	id: string;
	status: 'in-progress' | 'finished';
	/** ISO time. */
	startedAt: string;
	/** ISO time; set once finished. */
	finishedAt?: string;
	settings: QuizSettings;
	/** True when the run came from a shared link. */
	shared: boolean;
	answers: RunAnswer[];
	score: number;
	correct: number;
	total: number;
	durationMs: number;
}

/** A review log entry with its storage id (`<review time>:<nanoid>`). */
export interface LoggedReview extends ReviewLogEntry {
	id: string;
}

/** A stored record that was left out on reading, and why. */
export interface SkippedRecord {
	key: string;
	reason: string;
}

/** The schema-version record kept under `meta`. */
export interface MetaRecord {
	schemaVersion: number;
	/** ISO time the database was first set up. */
	createdAt: string;
}

export const BACKUP_APP = 'summit-quiz';

/** Everything the app stored, as one JSON document. */
export interface Backup {
	app: typeof BACKUP_APP;
	schemaVersion: number;
	exportedAt: string;
	cards: CardState[];
	log: LoggedReview[];
	runs: RunRecord[];
	settings: StudySettings;
}

export interface MergeCounts {
	added: number;
	updated: number;
	kept: number;
}

/** What an import did: totals, per kind, and the backup entries left out. */
export interface ImportReport extends MergeCounts {
	cards: MergeCounts;
	log: MergeCounts;
	runs: MergeCounts;
	/** Settings are taken from a backup only when none were saved here. */
	settings: 'imported' | 'kept';
	skipped: SkippedRecord[];
	/** Cards last reviewed "in the future" (the other device's clock was ahead), moved to now. */
	redated: number;
}

export interface ProgressStore {
	/** False when progress lives only in memory and is lost with the tab. */
	readonly persistent: boolean;
	/** Why the store is not persistent (or null when it is), for the UI to explain. */
	readonly problem: StorageReason | null;
	loadCards(): Promise<{ cards: Map<string, CardState>; skipped: SkippedRecord[] }>;
	/**
	 * Reads the card, runs `compute` on it and writes card and log entry in one transaction. With
	 * `once` (an answer kept in the journal, given at `at`), the answer is recorded only once: if it
	 * already was, nothing is written and the stored card and entry are returned.
	 */
	recordReview(
		cardId: string,
		compute: (current: CardState | undefined) => ReviewResult,
		once?: { id: string; at: Date }
	): Promise<{ card: CardState; log: LoggedReview }>;
	/** The review log, oldest first. */
	loadLog(): Promise<{ log: LoggedReview[]; skipped: SkippedRecord[] }>;
	/** Inserts or replaces the run with this id. */
	saveRun(run: RunRecord): Promise<void>;
	/** Runs, oldest first. */
	loadRuns(): Promise<{ runs: RunRecord[]; skipped: SkippedRecord[] }>;
	/** The saved settings, with defaults for anything missing or unreadable. */
	loadSettings(): Promise<StudySettings>;
	saveSettings(settings: StudySettings): Promise<void>;
	/** Every valid record as a backup document stamped `now`. */
	exportBackup(now: Date): Promise<Backup>;
	/**
	 * Merges a backup (JSON text or parsed) into what is stored; never deletes anything. `now`
	 * (this device's clock, by default) repairs cards a device with its clock ahead dated in the
	 * future.
	 */
	importBackup(raw: unknown, now?: Date): Promise<ImportReport>;
	/** Every stored record that is invalid or not ours. */
	audit(): Promise<SkippedRecord[]>;
	/** Deletes everything this app stored and starts a fresh schema record dated `now`. */
	reset(now: Date): Promise<void>;
}
