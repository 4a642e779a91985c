// The teacher's view of self-reported results: one table per quiz, and how hard each question was.
import type { SharedResult } from './result-code.ts';

/** A result as the teacher keeps it: the code it came from identifies it. */
export interface ReceivedResult extends SharedResult {
	code: string;
	/** ISO time the teacher added it. */
	receivedAt: string;
}

/** What the teacher's device knows of a quiz it handed out (a SharedQuiz fits). */
export interface QuizInfo {
	title: string;
	/** ISO time it was handed out. */
	sharedAt: string;
	questions: readonly { prompt: string; answer: string }[];
}

/** One student's outcome on one question. */
export type Outcome = 'right' | 'wrong' | 'timeout' | 'none';

export interface QuestionDifficulty {
	/** 0-based question number. */
	index: number;
	/** The question and its answer, when this device handed the quiz out. */
	prompt?: string;
	answer?: string;
	right: number;
	/** Answers where time ran out, counted among the wrong ones. */
	timeouts: number;
	answered: number;
	/** Share answered right, 0–1. */
	share: number;
}

export interface ClassTable {
	quizKey: string;
	/** The quiz as handed out from this device; undefined for a quiz shared elsewhere. */
	quiz?: QuizInfo;
	/** The most questions any row answered (the quiz's length when it is known). */
	length: number;
	/** Best score first; equal scores by name. */
	rows: ReceivedResult[];
	/** What a teacher should know about a row's name, by code: a twin, or letters of two alphabets. */
	nameNotes: Map<string, string>;
	questions: QuestionDifficulty[];
	averageScore: number;
}

/** Groups results by quiz, newest quiz first, each with rows and per-question difficulty. */
export function classTables(
	results: readonly ReceivedResult[],
	quizzes: ReadonlyMap<string, QuizInfo> = new Map()
): ClassTable[] {
	const byQuiz = new Map<string, ReceivedResult[]>();
	for (const result of results) {
		const rows = byQuiz.get(result.quizKey);
		if (rows) rows.push(result);
		else byQuiz.set(result.quizKey, [result]);
	}
	const latest = (rows: ReceivedResult[]) =>
		rows.reduce((t, r) => (r.receivedAt > t ? r.receivedAt : t), '');
	return [...byQuiz.entries()]
		.map(([quizKey, rows]) => table(quizKey, rows, quizzes.get(quizKey)))
		.sort((a, b) =>
			latest(b.rows) > latest(a.rows) ? 1 : latest(b.rows) < latest(a.rows) ? -1 : 0
		);
}

function table(quizKey: string, rows: ReceivedResult[], quiz?: QuizInfo): ClassTable {
	const length = Math.max(quiz?.questions.length ?? 0, ...rows.map((r) => r.answers.length));
	const questions = Array.from({ length }, (_, index): QuestionDifficulty => {
		const answered = rows.filter((r) => index < r.answers.length);
		const right = answered.filter((r) => r.answers[index]).length;
		const timeouts = answered.filter((r) => outcome(r, index) === 'timeout').length;
		return {
			index,
			...quiz?.questions[index],
			right,
			timeouts,
			answered: answered.length,
			share: answered.length ? right / answered.length : 0
		};
	});
	const sorted = [...rows].sort(
		(a, b) => b.score - a.score || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)
	);
	const averageScore = rows.reduce((t, r) => t + r.score, 0) / rows.length;
	return {
		quizKey,
		...(quiz && { quiz }),
		length,
		rows: sorted,
		questions,
		averageScore,
		nameNotes: nameNotes(sorted)
	};
}

/** Each item under its `key`, for looking quizzes up by the key results name. */
export function byKey<T extends { key: string }>(items: readonly T[]): ReadonlyMap<string, T> {
	return new Map(items.map((item) => [item.key, item]));
}

/** How many results each quiz has, by quiz key. */
export function countByQuiz(results: readonly SharedResult[]): ReadonlyMap<string, number> {
	const counts = new Map<string, number>();
	for (const { quizKey } of results) counts.set(quizKey, (counts.get(quizKey) ?? 0) + 1);
	return counts;
}

/** How `row` did on question `index`: right, wrong, out of time, or not reached. */
export function outcome(row: SharedResult, index: number): Outcome {
	if (index >= row.answers.length) return 'none';
	if (row.answers[index]) return 'right';
	return row.timedOut?.[index] ? 'timeout' : 'wrong';
}

export const SORTS = ['score', 'name', 'time', 'received'] as const;
export type SortBy = (typeof SORTS)[number];

/** Rows ordered for the teacher: best score, name, fastest, or first received first. */
export function sortRows(rows: readonly ReceivedResult[], by: SortBy): ReceivedResult[] {
	const byName = (a: ReceivedResult, b: ReceivedResult) =>
		a.name.localeCompare(b.name, undefined, { sensitivity: 'base' });
	const compare: Record<SortBy, (a: ReceivedResult, b: ReceivedResult) => number> = {
		score: (a, b) => b.score - a.score || byName(a, b),
		name: (a, b) => byName(a, b) || b.score - a.score,
		time: (a, b) => a.timeMs - b.timeMs || byName(a, b),
		received: (a, b) => (a.receivedAt < b.receivedAt ? -1 : a.receivedAt > b.receivedAt ? 1 : 0)
	};
	return [...rows].sort(compare[by]);
}

/** What a teacher should know about a result beyond its score: its attempt, time, version. */
export function resultNotes(row: SharedResult): string[] {
	const notes: string[] = [];
	if (row.attempt && row.attempt > 1) notes.push(`attempt ${row.attempt}`);
	if (row.allowance === 'none') notes.push('no time limit');
	else if (row.allowance) notes.push(`more time (${row.allowance.replace('x', '×')})`);
	if (row.otherVersion) notes.push('played other questions (another app version)');
	return notes;
}

const OUTCOME_WORDS: Record<Outcome, string> = {
	right: 'right',
	wrong: 'wrong',
	timeout: 'time ran out',
	none: ''
};

/** The table as CSV (RFC 4180, one row per student, in `rows`' order), for a spreadsheet. */
export function tableCsv(table: ClassTable, rows: readonly ReceivedResult[] = table.rows): string {
	const cell = (value: string | number) => {
		const text = String(value);
		// A leading =, +, - or @ would run as a formula in a spreadsheet.
		const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
		return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
	};
	const header = [
		'Name',
		'Score',
		'Right',
		'Questions',
		'Time (s)',
		'Notes',
		...table.questions.map((q) => `Q${q.index + 1}${q.prompt ? `: ${q.prompt}` : ''}`)
	];
	const lines = rows.map((row) => [
		row.name,
		row.score,
		row.answers.filter(Boolean).length,
		row.answers.length,
		Math.round(row.timeMs / 1000),
		[...resultNotes(row), table.nameNotes.get(row.code) ?? ''].filter(Boolean).join('; '),
		...table.questions.map((q) => OUTCOME_WORDS[outcome(row, q.index)])
	]);
	return [header, ...lines].map((line) => line.map(cell).join(',')).join('\r\n') + '\r\n';
}

/**
 * Letters of other alphabets that look like Latin ones: "Аlice" with a Cyrillic А reads as Alice.
 * Lower case; enough for the names a class types, not a full confusables table.
 */
const LOOK_ALIKES: Record<string, string> = {
	а: 'a',
	в: 'b',
	е: 'e',
	ё: 'e',
	к: 'k',
	м: 'm',
	н: 'h',
	о: 'o',
	р: 'p',
	с: 'c',
	т: 't',
	у: 'y',
	х: 'x',
	і: 'i',
	ї: 'i',
	ј: 'j',
	ѕ: 's',
	ԁ: 'd',
	һ: 'h',
	ӏ: 'l',
	α: 'a',
	β: 'b',
	ε: 'e',
	η: 'n',
	ι: 'i',
	κ: 'k',
	ν: 'v',
	ο: 'o',
	ρ: 'p',
	τ: 't',
	υ: 'u',
	χ: 'x',
	ζ: 'z'
};

/** A name as it looks: case, accents' composition, spacing and look-alike letters folded. */
function looks(name: string): string {
	return [...name.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim()]
		.map((char) => LOOK_ALIKES[char] ?? char)
		.join('');
}

const ALPHABETS: [string, RegExp][] = [
	['Latin', /\p{Script=Latin}/u],
	['Cyrillic', /\p{Script=Cyrillic}/u],
	['Greek', /\p{Script=Greek}/u]
];

/** Notes on names a teacher could mistake: the same-looking name twice, or mixed alphabets. */
function nameNotes(rows: readonly ReceivedResult[]): Map<string, string> {
	const notes = new Map<string, string>();
	const byLook = new Map<string, number>();
	for (const row of rows) byLook.set(looks(row.name), (byLook.get(looks(row.name)) ?? 0) + 1);
	for (const row of rows) {
		const mixed = ALPHABETS.filter(([, letters]) => letters.test(row.name)).map(([name]) => name);
		const said: string[] = [];
		const same = rows.filter((other) => other.name === row.name).length;
		if (same > 1) said.push(`${same} results under this name`);
		else if ((byLook.get(looks(row.name)) ?? 0) > 1) said.push('looks like another name');
		if (mixed.length > 1) said.push(`mixes ${mixed.join(' and ')}`);
		if (said.length > 0) notes.set(row.code, said.join('; '));
	}
	return notes;
}
