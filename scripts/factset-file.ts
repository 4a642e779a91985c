// Reads a fact-set file from disk for the build and the CLI (Node only; the app gets it bundled).
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { FactSetError } from '../src/lib/facts/index.ts';
import { checkFactSet, type FactSetCheck } from '../src/lib/facts/validate.ts';
import { formatOf, importDeck } from '../src/lib/decks/import.ts';

export const DEFAULT_FACT_SET = 'questions/summit.json';
/** The example deck the README documents (a spreadsheet): linted and reviewed beside the summit. */
export const EXAMPLE_DECK = 'questions/apollo-11.csv';
/** What `lint:questions` and `review` check when given no file. */
export const DEFAULT_DECKS = [DEFAULT_FACT_SET, EXAMPLE_DECK];

/**
 * Parses and validates a fact-set file (JSON, or a spreadsheet deck as CSV or TSV); every problem
 * names the file and the fact and field, or the row and column.
 */
export function readFactSetFile(path: string): FactSetCheck {
	const file = relative(process.cwd(), path) || path;
	let raw: unknown;
	try {
		const text = readFileSync(path, 'utf8');
		if (formatOf(text, file) === 'spreadsheet') return readSpreadsheetFile(text, file);
		raw = JSON.parse(text);
	} catch (error) {
		const reason = error instanceof Error ? error.message : String(error);
		return {
			problems: [new FactSetError(file, undefined, '(file)', `cannot be read as JSON: ${reason}`)]
		};
	}
	return checkFactSet(raw, file);
}

function readSpreadsheetFile(text: string, file: string): FactSetCheck {
	const { factSet, problems } = importDeck(text, { fileName: file.split(/[\\/]/).pop() ?? file });
	return {
		factSet,
		problems: problems.map(
			({ where, problem }) =>
				new FactSetError(file, undefined, '(file)', problem, where || 'the file')
		)
	};
}
