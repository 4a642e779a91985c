import { describe, expect, it } from 'vitest';
import {
	classTables,
	outcome,
	resultNotes,
	sortRows,
	tableCsv,
	type ReceivedResult,
	type SortBy
} from '../../../src/lib/share/index.ts';

const result = (
	name: string,
	score: number,
	answers: boolean[],
	quizKey = 'quizA1',
	receivedAt = '2026-01-01T10:00:00.000Z'
): ReceivedResult => ({
	name,
	score,
	answers,
	quizKey,
	timeMs: 60_000,
	code: `${quizKey}-${name}`,
	receivedAt
});

describe('classTables', () => {
	it('groups results per quiz and ranks them by score', () => {
		const tables = classTables([
			result('Ana', 3000, [true, true, true]),
			result('Ben', 5100, [true, true, true, true, true], 'quizB2', '2026-01-02T10:00:00.000Z'),
			result('Cem', 2000, [true, false, true])
		]);
		expect(tables.map((t) => t.quizKey)).toEqual(['quizB2', 'quizA1']);
		expect(tables[1].rows.map((r) => r.name)).toEqual(['Ana', 'Cem']);
		expect(tables[1].averageScore).toBe(2500);
	});

	it('shows how many got each question right', () => {
		const [table] = classTables([
			result('Ana', 2000, [true, false, true]),
			result('Ben', 1000, [false, false, true]),
			result('Cem', 3000, [true, false, true])
		]);
		expect(table.questions.map((q) => [q.right, q.answered])).toEqual([
			[2, 3],
			[0, 3],
			[3, 3]
		]);
		expect(table.questions[0].share).toBeCloseTo(2 / 3);
	});

	it('notes names a teacher could mistake: twins, look-alike letters and mixed alphabets', () => {
		const rows = [
			result('Alice', 3000, [true, true, true]),
			// The first letter is Cyrillic А: it reads as Alice.
			result('\u0410lice', 2900, [true, true, true]),
			result('ana', 2000, [true, false, true]),
			result('Ana ', 1000, [true, false, false]),
			result('Дмитрий', 2500, [true, true, false]),
			result('Zoë 🦊', 1500, [true, false, false]),
			// The same name twice: two plays, or two students.
			{ ...result('Ivo', 1000, [true, false, false]), code: 'quizA1-Ivo-1' },
			{ ...result('Ivo', 2000, [true, true, false]), code: 'quizA1-Ivo-2' }
		];
		const [table] = classTables(rows);
		const note = (name: string) => table.nameNotes.get(`quizA1-${name}`);
		expect(note('Alice')).toBe('looks like another name');
		expect(note('\u0410lice')).toBe('looks like another name; mixes Latin and Cyrillic');
		expect(note('ana')).toBe('looks like another name');
		expect(note('Ana ')).toBe('looks like another name');
		expect(table.nameNotes.get('quizA1-Ivo-1')).toBe('2 results under this name');
		// A name in one alphabet, accents and emoji are no cause for a note.
		expect(note('Дмитрий')).toBeUndefined();
		expect(note('Zoë 🦊')).toBeUndefined();
	});
});

describe('a table a teacher can act on', () => {
	const quiz = {
		title: 'Week 3',
		sharedAt: '2026-01-01T09:00:00.000Z',
		questions: [
			{ prompt: 'Where was the summit?', answer: 'Tianjin' },
			{ prompt: 'Who came by train?', answer: 'Kim Jong Un' },
			{ prompt: 'When was the parade?', answer: '3 September' }
		]
	};
	const late = {
		...result('=Cem, "the" 2nd', 1000, [true, false, false]),
		timedOut: [false, true, false]
	};
	const rows = [
		result('ana', 3000, [true, true, true]),
		result('Ben', 2000, [true, false, true]),
		late
	];

	it('names the quiz, tells timeouts from wrong answers, and gives each question its answer', () => {
		const [table] = classTables(rows, new Map([['quizA1', quiz]]));
		expect(table.quiz?.title).toBe('Week 3');
		expect(table.questions.map((q) => [q.prompt, q.answer, q.right, q.timeouts])).toEqual([
			['Where was the summit?', 'Tianjin', 3, 0],
			['Who came by train?', 'Kim Jong Un', 1, 1],
			['When was the parade?', '3 September', 2, 0]
		]);
		expect([0, 1, 2, 3].map((i) => outcome(late, i))).toEqual([
			'right',
			'timeout',
			'wrong',
			'none'
		]);
	});

	it('sorts by score, name (any case), time and arrival', () => {
		const timed = rows.map((r, i) => ({
			...r,
			timeMs: [50, 10, 30][i],
			receivedAt: `2026-01-0${3 - i}`
		}));
		const names = (by: SortBy) => sortRows(timed, by).map((r) => r.name[0]);
		expect(names('score')).toEqual(['a', 'B', '=']);
		expect(names('name')).toEqual(['=', 'a', 'B']);
		expect(names('time')).toEqual(['B', '=', 'a']);
		expect(names('received')).toEqual(['=', 'B', 'a']);
	});

	it('exports CSV a spreadsheet opens safely: quoted, no formulas, outcome words', () => {
		const [table] = classTables(rows, new Map([['quizA1', quiz]]));
		const lines = tableCsv(table).trimEnd().split('\r\n');
		expect(lines[0]).toBe(
			'Name,Score,Right,Questions,Time (s),Notes,Q1: Where was the summit?,Q2: Who came by train?,Q3: When was the parade?'
		);
		expect(lines).toContain(`"'=Cem, ""the"" 2nd",1000,1,3,60,,right,time ran out,wrong`);
		expect(lines).toHaveLength(4);
	});

	it('notes an attempt after the first, extra time and another version', () => {
		expect(
			resultNotes({
				...result('Dee', 1000, [true]),
				attempt: 2,
				allowance: 'x1.5',
				otherVersion: true
			})
		).toEqual(['attempt 2', 'more time (×1.5)', 'played other questions (another app version)']);
		expect(resultNotes(result('Dee', 1000, [true]))).toEqual([]);
	});
});
