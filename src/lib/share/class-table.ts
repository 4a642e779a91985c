// The teacher's view of self-reported results: one table per quiz, and how hard each question was.
import type { SharedResult } from './result-code.ts';

/** A result as the teacher keeps it: the code it came from identifies it. */
export interface ReceivedResult extends SharedResult {
	code: string;
	/** ISO time the teacher added it. */
	receivedAt: string;
}

export interface QuestionDifficulty {
	/** 0-based question number. */
	index: number;
	right: number;
	answered: number;
	/** Share answered right, 0–1. */
	share: number;
}

export interface ClassTable {
	quizKey: string;
	/** Best score first; equal scores by name. */
	rows: ReceivedResult[];
	/** What a teacher should know about a row's name, by code: a twin, or letters of two alphabets. */
	nameNotes: Map<string, string>;
	questions: QuestionDifficulty[];
	averageScore: number;
}

/** Groups results by quiz, newest quiz first, each with rows and per-question difficulty. */
export function classTables(results: readonly ReceivedResult[]): ClassTable[] {
	const byQuiz = new Map<string, ReceivedResult[]>();
	for (const result of results) {
		const rows = byQuiz.get(result.quizKey);
		if (rows) rows.push(result);
		else byQuiz.set(result.quizKey, [result]);
	}
	const latest = (rows: ReceivedResult[]) =>
		rows.reduce((t, r) => (r.receivedAt > t ? r.receivedAt : t), '');
	return [...byQuiz.entries()]
		.map(([quizKey, rows]) => table(quizKey, rows))
		.sort((a, b) =>
			latest(b.rows) > latest(a.rows) ? 1 : latest(b.rows) < latest(a.rows) ? -1 : 0
		);
}

function table(quizKey: string, rows: ReceivedResult[]): ClassTable {
	const length = Math.max(...rows.map((r) => r.answers.length));
	const questions = Array.from({ length }, (_, index): QuestionDifficulty => {
		const answered = rows.filter((r) => index < r.answers.length);
		const right = answered.filter((r) => r.answers[index]).length;
		return {
			index,
			right,
			answered: answered.length,
			share: answered.length ? right / answered.length : 0
		};
	});
	const sorted = [...rows].sort(
		(a, b) => b.score - a.score || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)
	);
	const averageScore = rows.reduce((t, r) => t + r.score, 0) / rows.length;
	return { quizKey, rows: sorted, questions, averageScore, nameNotes: nameNotes(sorted) };
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
		if ((byLook.get(looks(row.name)) ?? 0) > 1) said.push('looks like another name');
		if (mixed.length > 1) said.push(`mixes ${mixed.join(' and ')}`);
		if (said.length > 0) notes.set(row.code, said.join('; '));
	}
	return notes;
}
