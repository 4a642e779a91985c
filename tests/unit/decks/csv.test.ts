import { describe, expect, it } from 'vitest';
import { csvCell, parseTable } from '../../../src/lib/decks/csv.ts';

describe('parseTable', () => {
	it('reads quoted cells with separators, doubled quotes and line breaks', () => {
		const text = 'a,b,c\n"x, y","say ""hi""","two\nlines"\n';
		expect(parseTable(text)).toEqual({
			separator: ',',
			rows: [
				['a', 'b', 'c'],
				['x, y', 'say "hi"', 'two\nlines']
			]
		});
	});

	it('tells tab- and semicolon-separated sheets from their header', () => {
		expect(parseTable('a\tb\n1,5\t2').rows).toEqual([
			['a', 'b'],
			['1,5', '2']
		]);
		expect(parseTable('a;b;c\n1,5;2;3').separator).toBe(';');
	});

	it('takes CRLF line ends and a byte-order mark, and keeps blank rows so row numbers hold', () => {
		const { rows } = parseTable('\uFEFFa,b\r\n\r\n1,2\r\n');
		expect(rows).toEqual([['a', 'b'], [''], ['1', '2']]);
	});

	it('round-trips cells written by csvCell', () => {
		const cells = ['plain', 'with, comma', 'with "quote"', 'line\nbreak', 'semi;colon'];
		expect(parseTable(cells.map(csvCell).join(',')).rows).toEqual([cells]);
	});
});
