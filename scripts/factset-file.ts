// Reads a fact-set file from disk for the build and the CLI (Node only; the app gets it bundled).
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { FactSetError } from '../src/lib/facts/index.ts';
import { checkFactSet, type FactSetCheck } from '../src/lib/facts/validate.ts';

export const DEFAULT_FACT_SET = 'questions/summit.json';

/** Parses and validates a fact-set file; every problem names the file, fact and field. */
export function readFactSetFile(path: string): FactSetCheck {
	const file = relative(process.cwd(), path) || path;
	let raw: unknown;
	try {
		raw = JSON.parse(readFileSync(path, 'utf8'));
	} catch (error) {
		const reason = error instanceof Error ? error.message : String(error);
		return {
			problems: [new FactSetError(file, undefined, '(file)', `cannot be read as JSON: ${reason}`)]
		};
	}
	return checkFactSet(raw, file);
}
