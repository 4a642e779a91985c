// A run in progress, kept in localStorage as it goes (in the same task as each tap), so a reload,
// a crash or Back and Forward come back to the same question with the time already used. The
// questions are not kept: the settings' seed makes them again, the same.
import type { QuizSettings } from '../quiz/types.ts';
import type { Question } from '../quiz/types.ts';
import type { KeyValueStore } from '../storage/journal-write.ts';
import { readLocalJson } from '../storage/local-json.ts';
import type { GivenAnswer, RunPhase, RunState } from './run.svelte.ts';

export interface RunSnapshot {
	/** The run's id in the history, so a resumed run updates the same record. */
	id: string;
	settings: QuizSettings;
	shared: boolean;
	/** Which try at this quiz on this device, from 1 (a shared quiz's result code says it). */
	attempt: number;
	answers: GivenAnswer[];
	index: number;
	phase: RunPhase;
	/** Time spent playing, the current question included, when the snapshot was taken. */
	usedMs: number;
	/** Of that, time on the current question. */
	currentMs: number;
	/** ISO time of the snapshot. */
	savedAt: string;
}

/** An unfinished run older than this is not resumed: the player has moved on. */
export const RESUME_WITHIN_MS = 7 * 24 * 3600 * 1000;

const isDuration = (value: unknown): value is number =>
	typeof value === 'number' && value >= 0 && value <= RESUME_WITHIN_MS;
const isWhole = (value: unknown, min: number, max: number): value is number =>
	typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;
const isStringList = (value: unknown): value is string[] =>
	Array.isArray(value) && value.every((item) => typeof item === 'string');

function isAnswer(value: unknown): value is GivenAnswer {
	const a = value as Partial<GivenAnswer> | null;
	return (
		typeof a === 'object' &&
		a !== null &&
		typeof a.questionId === 'string' &&
		typeof a.factId === 'string' &&
		(a.choice === null || isWhole(a.choice, 0, 3)) &&
		typeof a.correct === 'boolean' &&
		isDuration(a.elapsedMs)
	);
}

/** Checked by hand, not with the schema library: this runs on the page shared links open. */
function isSnapshot(value: unknown): value is RunSnapshot {
	const s = value as Partial<RunSnapshot> | null;
	if (typeof s !== 'object' || s === null) return false;
	const settings = s.settings as Partial<QuizSettings> | undefined;
	return (
		typeof s.id === 'string' &&
		typeof settings === 'object' &&
		settings !== null &&
		typeof settings.seed === 'string' &&
		isWhole(settings.count, 1, 50) &&
		isStringList(settings.topics) &&
		isStringList(settings.forms) &&
		(settings.timeLimit === null || isWhole(settings.timeLimit, 1, 3600)) &&
		typeof settings.title === 'string' &&
		typeof s.shared === 'boolean' &&
		isWhole(s.attempt, 1, 999) &&
		Array.isArray(s.answers) &&
		s.answers.length <= settings.count &&
		s.answers.every(isAnswer) &&
		isWhole(s.index, 0, 49) &&
		(s.phase === 'question' || s.phase === 'feedback' || s.phase === 'finished') &&
		isDuration(s.usedMs) &&
		isDuration(s.currentMs) &&
		typeof s.savedAt === 'string' &&
		!Number.isNaN(Date.parse(s.savedAt))
	);
}

/**
 * The run kept under `key`, when there is a readable one that is finished or recent enough to
 * resume and whose settings are `settings` (a link's quiz; any for the player's own runs).
 */
export function readSnapshot(
	storage: KeyValueStore | undefined,
	key: string,
	now: number,
	settings?: QuizSettings
): RunSnapshot | undefined {
	const parsed = readLocalJson(storage, key);
	if (!isSnapshot(parsed)) return undefined;
	const snapshot = parsed;
	const age = now - Date.parse(snapshot.savedAt);
	if (snapshot.phase !== 'finished' && !(age < RESUME_WITHIN_MS)) return undefined;
	if (settings && JSON.stringify(snapshot.settings) !== JSON.stringify(settings)) return undefined;
	return snapshot;
}

/**
 * The run `snapshot` kept, on `questions` made again from its settings, at the same question with
 * the time it had used; undefined when the questions are not the ones it was playing (the app
 * changed in between). Here rather than on RunState: only a page that has a run to resume loads it.
 */
export function resumeRun(
	Run: typeof RunState,
	snapshot: RunSnapshot,
	questions: Question[],
	now: number
): RunState | undefined {
	const { answers, index, phase } = snapshot;
	const answered = index + (phase === 'question' ? 0 : 1);
	if (index >= questions.length || answers.length !== answered) return undefined;
	if (answers.some((answer, i) => answer.questionId !== questions[i].id)) return undefined;
	const run = new Run(
		snapshot.id,
		questions,
		snapshot.settings,
		snapshot.shared,
		now - snapshot.usedMs
	);
	run.answers = answers;
	run.index = index;
	run.phase = phase;
	run.shownAt = now - snapshot.currentMs;
	if (phase === 'finished') run.finishedAt = now;
	return run;
}
