// A deck file (fact-set JSON, or a spreadsheet exported as CSV or TSV) → a validated fact set, or
// every problem at once, each with where it is. Nothing here stores anything.
import { FactSetError } from '../facts/errors.ts';
import type { FactSet } from '../facts/types.ts';
import { checkFactSet } from '../facts/validate.ts';
import { stripInvisible } from '../facts/invisible.ts';
import { parseJsonWithin } from '../storage/json.ts';
import { plainProblem, readSpreadsheet, slugOf, type DeckProblem } from './spreadsheet.ts';

/** Larger files are refused before they are read: a 2,000-fact deck is well under 2 MB. */
export const MAX_DECK_BYTES = 5_000_000;

export type DeckFormat = 'json' | 'spreadsheet';

export interface DeckImport {
	format: DeckFormat;
	/** The deck, when it is valid. */
	factSet?: FactSet;
	problems: DeckProblem[];
}

export interface DeckImportOptions {
	/** The file's name, to tell the format and to name a spreadsheet deck. */
	fileName: string;
	/** A spreadsheet deck's title (a JSON deck has its own); defaults to the file name. */
	title?: string;
	description?: string;
	/** Ids already in use that the deck may not take (the built-in deck's). */
	reservedIds?: readonly string[];
}

/** Reads `text` as a deck. Never throws: anything wrong comes back as problems. */
export function importDeck(text: string, options: DeckImportOptions): DeckImport {
	const format = formatOf(text, options.fileName);
	if (text.length > MAX_DECK_BYTES)
		return {
			format,
			problems: [
				{
					where: '',
					problem: `the file is too large (${megabytes(text.length)}); a deck can be at most ${megabytes(MAX_DECK_BYTES)}`
				}
			]
		};
	const result = format === 'json' ? fromJson(text, options) : fromSpreadsheet(text, options);
	const id = result.factSet?.id;
	if (id !== undefined && options.reservedIds?.includes(id))
		return {
			format,
			problems: [
				{
					where: format === 'json' ? 'Field “id”' : 'Deck title',
					problem: `“${id}” is the id of the deck built into the app; give this deck another id`
				}
			]
		};
	return { format, ...result };
}

/** JSON when the file says so or the text starts like JSON; a spreadsheet otherwise. */
export function formatOf(text: string, fileName: string): DeckFormat {
	if (/\.json$/i.test(fileName)) return 'json';
	if (/\.(csv|tsv|txt)$/i.test(fileName)) return 'spreadsheet';
	return /^\s*[{[]/.test(text) ? 'json' : 'spreadsheet';
}

/** "apollo-11_moon landing.csv" → "Apollo 11 moon landing". */
export function titleFromFileName(fileName: string): string {
	const base = fileName
		.replace(/\.[a-z0-9]{1,5}$/i, '')
		.replace(/[-_]+/g, ' ')
		.trim();
	return base === '' ? 'My deck' : base[0].toUpperCase() + base.slice(1);
}

function fromJson(text: string, options: DeckImportOptions): Omit<DeckImport, 'format'> {
	let raw: unknown;
	try {
		raw = parseJsonWithin(text);
	} catch (error) {
		const reason = error instanceof Error ? error.message : 'it is not valid JSON';
		return { problems: [{ where: '', problem: `the file cannot be read as JSON: ${reason}` }] };
	}
	return validated(withoutInvisible(raw), options.fileName, plainProblem);
}

/**
 * Every string in `value` without invisible characters (text copied from documents brings soft
 * hyphens and zero-width spaces along; a deck keeps none). Objects are rebuilt with their own
 * keys only. The walk is shallow enough: parseJsonWithin refused anything nested deeply.
 */
function withoutInvisible(value: unknown): unknown {
	return typeof value === 'string'
		? stripInvisible(value)
		: Array.isArray(value)
			? value.map(withoutInvisible)
			: value !== null && typeof value === 'object'
				? Object.fromEntries(
						Object.entries(value).map(([key, inner]) => [key, withoutInvisible(inner)])
					)
				: value;
}

function fromSpreadsheet(text: string, options: DeckImportOptions): Omit<DeckImport, 'format'> {
	const title = options.title?.trim() || titleFromFileName(options.fileName);
	const sheet = readSpreadsheet(text, {
		id: slugOf(title) || 'my-deck',
		title,
		description: options.description?.trim() || undefined
	});
	if (!sheet.input) return { problems: sheet.problems };
	return validated(sheet.input, options.fileName, sheet.locate);
}

function validated(
	raw: unknown,
	fileName: string,
	locate: (error: FactSetError) => DeckProblem
): Omit<DeckImport, 'format'> {
	try {
		const { factSet, problems } = checkFactSet(raw, fileName);
		return factSet ? { factSet, problems: [] } : { problems: inFileOrder(problems.map(locate)) };
	} catch {
		// The validator copes with any JSON; this is for what nobody foresaw.
		return { problems: [{ where: '', problem: 'the file could not be checked' }] };
	}
}

/** Problems by row, then column, as a teacher reads the sheet; others keep their order. */
function inFileOrder(problems: DeckProblem[]): DeckProblem[] {
	const rowOf = (problem: DeckProblem) => Number(/^Row (\d+)/.exec(problem.where)?.[1] ?? 0);
	return problems
		.map((problem, index) => ({ problem, index }))
		.sort((a, b) => rowOf(a.problem) - rowOf(b.problem) || a.index - b.index)
		.map(({ problem }) => problem);
}

function megabytes(chars: number): string {
	return `${(chars / 1_000_000).toFixed(1)} MB`;
}
