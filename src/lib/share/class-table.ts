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
	return { quizKey, rows: sorted, questions, averageScore };
}
