import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatOf, importDeck, titleFromFileName } from '../../../src/lib/decks/import.ts';
import { previewDeck } from '../../../src/lib/decks/preview.ts';
import { csvCell, parseTable } from '../../../src/lib/decks/csv.ts';
import { generateQuiz } from '../../../src/lib/quiz/generate.ts';
import { defaultQuizSettings } from '../../../src/lib/quiz/types.ts';

const APOLLO = readFileSync('questions/apollo-11.csv', 'utf8');
const TEMPLATE = readFileSync('static/deck-template.csv', 'utf8');

/** The example sheet with one cell changed (row counted as a spreadsheet shows it). */
function withCell(row: number, column: string, value: string): string {
	const lines = APOLLO.trimEnd().split('\n');
	const header = lines[0].split(',');
	const index = header.indexOf(column);
	const cells = splitCsvLine(lines[row - 1]);
	cells[index] = value;
	lines[row - 1] = cells.map(csvCell).join(',');
	return lines.join('\n');
}

function splitCsvLine(line: string): string[] {
	return parseTable(line).rows[0];
}

describe('importDeck, spreadsheet', () => {
	it('reads the example deck: 20 facts, its own topics and kinds of answer, units', () => {
		const { factSet, problems, format } = importDeck(APOLLO, { fileName: 'apollo-11.csv' });
		expect(problems).toEqual([]);
		expect(format).toBe('spreadsheet');
		expect(factSet?.title).toBe('Apollo 11');
		expect(factSet?.id).toBe('apollo-11');
		expect(factSet?.facts).toHaveLength(20);
		expect(factSet?.topics).toEqual([
			'Launch',
			'Crew',
			'Landing',
			'On the Moon',
			'Coming home',
			'The goal'
		]);
		expect(new Set(factSet?.entities.map((e) => e.type))).toEqual(
			new Set(['place', 'rocket', 'person', 'spacecraft'])
		);
		const questions = generateQuiz(factSet!, defaultQuizSettings('unit', { count: 20 }));
		expect(questions.length).toBeGreaterThanOrEqual(15);
		const rock = questions.find((q) => q.prompt.startsWith('How much lunar rock'));
		if (rock) expect(rock.options[rock.answer]).toBe('21.5 kilograms');
	});

	it('names the spreadsheet row and column of every problem, all at once', () => {
		let sheet = withCell(3, 'wrong 2', '1969-07-16');
		sheet = sheet.replace('Who was the commander of Apollo 11?', '');
		const { factSet, problems } = importDeck(sheet, { fileName: 'apollo-11.csv' });
		expect(factSet).toBeUndefined();
		expect(problems).toEqual(
			expect.arrayContaining([
				{ where: 'Row 3, column “wrong 2”', problem: 'is the same as the answer' },
				expect.objectContaining({ where: 'Row 5, column “question”' })
			])
		);
	});

	it('says which column is missing or unknown', () => {
		const { problems } = importDeck('topic,question,answer,colour\nx,y,z,red\n', {
			fileName: 'sheet.csv'
		});
		expect(problems.map((p) => p.problem)).toEqual(
			expect.arrayContaining([
				expect.stringContaining('“colour” is not a column'),
				'the header needs a “statement” column',
				'the header needs a “source” column'
			])
		);
	});

	it('keeps fact ids when rows are added or moved, so progress follows the facts', () => {
		const first = importDeck(APOLLO, { fileName: 'a.csv' }).factSet!;
		const [header, ...rows] = APOLLO.trimEnd().split('\n');
		const moved = importDeck([header, ...rows.reverse()].join('\n'), {
			fileName: 'a.csv'
		}).factSet!;
		expect(new Set(moved.facts.map((f) => f.id))).toEqual(new Set(first.facts.map((f) => f.id)));
	});

	it('reads the downloadable template as a valid deck', () => {
		const { factSet, problems } = importDeck(TEMPLATE, { fileName: 'deck-template.csv' });
		expect(problems).toEqual([]);
		expect(factSet?.facts.map((f) => f.id)).toEqual(['launch-date', 'commander', 'samples']);
	});

	it('refuses the built-in deck’s id and oversized files before reading them', () => {
		const json = JSON.stringify({
			...importDeck(APOLLO, { fileName: 'a.csv' }).factSet,
			id: 'summit-2025'
		});
		expect(
			importDeck(json, { fileName: 'x.json', reservedIds: ['summit-2025'] }).problems[0].problem
		).toMatch(/built into the app/);
		expect(importDeck('x'.repeat(5_000_001), { fileName: 'big.csv' }).problems[0].problem).toMatch(
			/too large/
		);
	});
});

describe('importDeck, JSON and hostile input', () => {
	it('reads a fact-set JSON file and names fact and field of problems', () => {
		const factSet = importDeck(APOLLO, { fileName: 'a.csv' }).factSet!;
		expect(
			importDeck(JSON.stringify(factSet), { fileName: 'deck.json' }).factSet?.facts
		).toHaveLength(20);
		const broken = structuredClone(factSet) as unknown as { facts: { question?: string }[] };
		delete broken.facts[2].question;
		expect(importDeck(JSON.stringify(broken), { fileName: 'deck.json' }).problems).toContainEqual({
			where: `Fact “${factSet.facts[2].id}”, field “question”`,
			problem: 'is missing'
		});
	});

	it('drops the invisible characters pasted text brings (soft hyphens, zero-width spaces, BOMs)', () => {
		const clean = importDeck(APOLLO, { fileName: 'a.csv' }).factSet!;
		// Every comma-separated cell gains a zero-width space; words gain soft hyphens.
		const pasted = APOLLO.replace(/Apollo/g, 'Apol\u00ADlo').replace(/,(?=[A-Z])/g, ',\u200B');
		expect(importDeck('\uFEFF' + pasted, { fileName: 'a.csv' }).factSet).toEqual(clean);
		const json = JSON.stringify(clean).replace(/Armstrong/g, 'Arm\u200Bstrong\u2060');
		expect(importDeck(json, { fileName: 'deck.json' }).factSet).toEqual(clean);
	});

	it('never throws on junk, and gives a reason', () => {
		const junk = [
			'',
			'{',
			'[[[[[[[[[[',
			'null',
			'"text"',
			'{"__proto__":{"polluted":true},"version":2}',
			'[' + '['.repeat(100_000) + ']'.repeat(100_000) + ']',
			'\u0000\u0001\u0002',
			'a,b\n"unterminated',
			'<script>alert(1)</script>'
		];
		for (const text of junk) {
			const result = importDeck(text, { fileName: 'x' });
			expect(result.factSet, text.slice(0, 20)).toBeUndefined();
			expect(result.problems.length, text.slice(0, 20)).toBeGreaterThan(0);
		}
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
	});
});

describe('formatOf and titleFromFileName', () => {
	it('tells JSON from spreadsheets by name, then by content', () => {
		expect(formatOf('topic,question', 'deck.json')).toBe('json');
		expect(formatOf('{"a":1}', 'deck.csv')).toBe('spreadsheet');
		expect(formatOf('  {"a":1}', 'pasted text')).toBe('json');
		expect(formatOf('topic\tquestion', 'pasted text')).toBe('spreadsheet');
	});

	it('names a deck after its file', () => {
		expect(titleFromFileName('apollo-11_moon landing.csv')).toBe('Apollo 11 moon landing');
		expect(titleFromFileName('.csv')).toBe('My deck');
	});
});

describe('previewDeck', () => {
	it('shows each fact in every form it supports, and the linter’s findings by fact and rule', () => {
		const factSet = importDeck(APOLLO, { fileName: 'a.csv' }).factSet!;
		const preview = previewDeck(factSet);
		expect(preview.facts).toHaveLength(20);
		expect(preview.findings).toEqual([]);
		for (const { questions } of preview.facts) {
			expect(questions.length).toBeGreaterThan(0);
			for (const { question } of questions) expect(new Set(question.options).size).toBe(4);
		}
		const article = structuredClone(factSet);
		article.facts[0].explanation = 'Apollo 11 was launched by NASA engineers from Houston.';
		const flagged = previewDeck(article).findings;
		expect(flagged).toContainEqual(expect.objectContaining({ factId: factSet.facts[0].id }));
	});
});
