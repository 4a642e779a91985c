import { describe, expect, it } from 'vitest';
import { classTables, type ReceivedResult } from '../../../src/lib/share/index.ts';

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
			result('Zoë 🦊', 1500, [true, false, false])
		];
		const [table] = classTables(rows);
		const note = (name: string) => table.nameNotes.get(`quizA1-${name}`);
		expect(note('Alice')).toBe('looks like another name');
		expect(note('\u0410lice')).toBe('looks like another name; mixes Latin and Cyrillic');
		expect(note('ana')).toBe('looks like another name');
		expect(note('Ana ')).toBe('looks like another name');
		// A name in one alphabet, accents and emoji are no cause for a note.
		expect(note('Дмитрий')).toBeUndefined();
		expect(note('Zoë 🦊')).toBeUndefined();
	});
});
