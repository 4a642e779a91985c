// A deck written as a spreadsheet, one row per fact, turned into a fact set (format version 2).
// The columns are documented in the README; the template (static/deck-template.csv) has them all.
import type { FactSetError } from '../facts/errors.ts';
import { isEntityType, type AnswerValue } from '../facts/types.ts';
import { isBlankRow, parseTable } from './csv.ts';
import { stripInvisible } from '../facts/invisible.ts';

/** A problem with the place it is at, in a teacher's words. */
export interface DeckProblem {
	/** "Row 5, column “wrong 2”", "Fact “talks-city”, field “question”" or "" for the whole deck. */
	where: string;
	problem: string;
}

export interface SpreadsheetDeck {
	/** The fact set as JSON would hold it, ready for the validator; undefined when unusable. */
	input?: Record<string, unknown>;
	problems: DeckProblem[];
	/** Maps the validator's findings back to rows and columns. */
	locate(error: FactSetError): DeckProblem;
}

/** What a deck made from a spreadsheet is called: the sheet itself has only facts. */
export interface DeckDetails {
	id: string;
	title: string;
	description?: string;
	/** The text the facts come from: its title, and how it is quoted. */
	sourceTitle?: string;
	sourceNote?: string;
}

/** The columns, by their normalised header (lower case, letters and digits only). */
const COLUMNS = {
	id: 'id',
	topic: 'topic',
	question: 'question',
	answer: 'answer',
	type: 'type',
	unit: 'unit',
	statement: 'statement',
	explanation: 'explanation',
	background: 'background',
	source: 'source',
	quote: 'quote',
	alsotrue: 'also true'
} as const;
type Column = keyof typeof COLUMNS;
const REQUIRED: readonly Column[] = [
	'topic',
	'question',
	'answer',
	'statement',
	'explanation',
	'source'
];
const WRONG = /^(?:wrong|wronganswer|distractor)(\d{1,2})$/;
/** Several values in one cell ("also true") are separated by a vertical bar. */
const LIST_SEPARATOR = '|';

export const SPREADSHEET_COLUMNS = [
	...Object.values(COLUMNS),
	'wrong 1',
	'wrong 2',
	'wrong 3'
] as const;

const normalise = (header: string) => header.toLowerCase().replace(/[^a-z0-9]/g, '');

/** Reads spreadsheet text (CSV, TSV or semicolon-separated) into a fact set input. */
export function readSpreadsheet(text: string, details: DeckDetails): SpreadsheetDeck {
	// Text pasted from documents brings soft hyphens and zero-width spaces along: they go here,
	// header included (a byte order mark often starts a saved file).
	const rows = parseTable(text).rows.map((cells) => cells.map(stripInvisible));
	const problems: DeckProblem[] = [];
	const headerIndex = rows.findIndex((cells) => !isBlankRow(cells));
	const header = rows[headerIndex] ?? [];
	const columns = new Map<Column, number>();
	const wrongColumns: { index: number; label: string; n: number }[] = [];
	header.forEach((raw, index) => {
		const name = normalise(raw);
		if (name === '') return;
		const wrong = WRONG.exec(name);
		if (wrong) wrongColumns.push({ index, label: raw.trim(), n: Number(wrong[1]) });
		else if (name in COLUMNS && !columns.has(name as Column)) columns.set(name as Column, index);
		else
			problems.push({
				where: `Row ${headerIndex + 1}, column ${index + 1}`,
				problem: `“${raw.trim()}” is not a column this app reads (the columns are: ${SPREADSHEET_COLUMNS.join(', ')}, and more “wrong” columns)`
			});
	});
	wrongColumns.sort((a, b) => a.n - b.n);
	for (const column of REQUIRED)
		if (!columns.has(column))
			problems.push({
				where: `Row ${headerIndex + 1}`,
				problem: `the header needs a “${COLUMNS[column]}” column`
			});
	const body = rows
		.map((cells, index) => ({ cells, row: index + 1 }))
		.filter(({ cells, row }) => row > headerIndex + 1 && !isBlankRow(cells));
	if (headerIndex < 0 || body.length === 0)
		problems.push({ where: '', problem: 'the sheet has no rows of facts under its header' });
	if (problems.length > 0) return { problems, locate: (error) => plainProblem(error) };

	const cell = (cells: string[], column: Column) => (cells[columns.get(column) ?? -1] ?? '').trim();
	// A fact's id comes from its question, not its row, so a re-imported sheet with rows added or
	// moved keeps each fact's progress.
	const taken = new Set<string>();
	const uniqueId = (base: string) => {
		let id = base;
		for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
		taken.add(id);
		return id;
	};
	const paragraphs: string[] = [];
	const entities = new Map<string, { name: string; type: string }>();
	// Per fact: its row, and which wrong column each distractor came from.
	const origin: { row: number; id: string; wrongLabels: string[] }[] = [];
	const facts = body.map(({ cells, row }) => {
		const type = cell(cells, 'type').toLowerCase() || 'term';
		const id = uniqueId(cell(cells, 'id') || slugOf(cell(cells, 'question'), 8) || `row-${row}`);
		const value = (written: string): AnswerValue => toValue(type, written);
		const wrongs = wrongColumns
			.map((column) => ({ label: column.label, text: (cells[column.index] ?? '').trim() }))
			.filter((wrong) => wrong.text !== '');
		const alsoTrue = splitList(cell(cells, 'alsotrue'));
		const source = cell(cells, 'source');
		let paragraph = paragraphs.indexOf(source);
		if (paragraph < 0 && source !== '') paragraph = paragraphs.push(source) - 1;
		if (isEntityType(type))
			for (const name of [cell(cells, 'answer'), ...wrongs.map((w) => w.text), ...alsoTrue])
				if (name !== '' && !entities.has(`${type}|${name.toLowerCase()}`))
					entities.set(`${type}|${name.toLowerCase()}`, { name, type });
		origin.push({ row, id, wrongLabels: wrongs.map((wrong) => wrong.label) });
		const unit = cell(cells, 'unit');
		const [one, other] = unit.split(LIST_SEPARATOR).map((part) => part.trim());
		return {
			id,
			topic: cell(cells, 'topic'),
			question: cell(cells, 'question'),
			statement: cell(cells, 'statement'),
			answer: {
				type,
				value: value(cell(cells, 'answer')),
				...(unit ? { unit: { one, other: other || `${one}s` } } : {})
			},
			distractors: wrongs.map((wrong) => value(wrong.text)),
			alsoTrue: alsoTrue.map(value),
			explanation: cell(cells, 'explanation'),
			...(cell(cells, 'background') ? { background: cell(cells, 'background') } : {}),
			source: {
				paragraph: paragraph + 1,
				quote: cell(cells, 'quote') || source
			}
		};
	});
	const input = {
		version: 2,
		id: details.id,
		title: details.title,
		...(details.description ? { description: details.description } : {}),
		article: {
			title: details.sourceTitle || details.title,
			...(details.sourceNote ? { note: details.sourceNote } : {}),
			paragraphs
		},
		entities: [...entities.values()],
		facts
	};

	const locate = (error: FactSetError): DeckProblem => {
		const fact = origin.find((entry) => entry.id === error.factId);
		if (!fact) return plainProblem(error);
		const column = columnOf(error.field, fact.wrongLabels, columns.has('quote'));
		return {
			where: column ? `Row ${fact.row}, column “${column}”` : `Row ${fact.row}`,
			problem: error.problem
		};
	};
	return { input, problems: [], locate };
}

/** The column a validator field comes from. */
function columnOf(field: string, wrongLabels: string[], hasQuote: boolean): string | undefined {
	const wrong = /^distractors\[(\d+)\]$/.exec(field);
	if (wrong) return wrongLabels[Number(wrong[1])];
	if (field === 'distractors') return 'wrong answers';
	if (/^alsoTrue/.test(field)) return COLUMNS.alsotrue;
	if (field === 'answer.unit' || field.startsWith('answer.unit.')) return COLUMNS.unit;
	if (field === 'answer.type') return COLUMNS.type;
	if (field.startsWith('answer')) return COLUMNS.answer;
	if (field === 'source.quote') return hasQuote ? COLUMNS.quote : COLUMNS.source;
	if (field.startsWith('source')) return COLUMNS.source;
	const top = field.split(/[.[]/)[0];
	return top in COLUMNS ? COLUMNS[top as Column] : undefined;
}

/** A problem as the validator words it, without the file name. */
export function plainProblem(error: FactSetError): DeckProblem {
	const where = error.factId
		? `Fact “${error.factId}”, field “${error.field}”`
		: error.field === '(root)' || error.field === '(file)'
			? ''
			: `Field “${error.field}”`;
	return { where, problem: error.problem };
}

/** Numbers and years as numbers ("1,969" and "21.5" too); anything unreadable stays text. */
export function toValue(type: string, written: string): AnswerValue {
	if (type !== 'number' && type !== 'year') return written;
	const number = Number(written.replace(/[,\s\u00a0]/g, ''));
	return written.trim() !== '' && Number.isFinite(number) ? number : written;
}

/** Lower-case ASCII words joined by hyphens, at most `words` of them: "Who flew Eagle?" → "who-flew-eagle". */
export function slugOf(text: string, words = 8): string {
	return text
		.normalize('NFKD')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, ' ')
		.trim()
		.split(' ')
		.filter((word) => word !== '')
		.slice(0, words)
		.join('-');
}

function splitList(text: string): string[] {
	return text
		.split(LIST_SEPARATOR)
		.map((part) => part.trim())
		.filter((part) => part !== '');
}
