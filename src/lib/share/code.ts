// Turns whatever was pasted or opened (a full URL, `#…`, percent-encoded) into checked fields.
import { checksum } from './checksum.ts';
import { shareError, type ShareKind } from './errors.ts';

/** Longer input is refused before any work; real links and codes stay under 1,000 characters. */
const MAX_INPUT = 4096;
/** Every character a link or code of ours can hold; dots separate the fields. */
const CODE_CHARS = /^[A-Za-z0-9_.-]*$/;

/** How the first field looks for each kind, with the version number captured. */
const VERSION_FIELD: Record<ShareKind, RegExp> = { quiz: /^(\d{1,4})$/, result: /^r(\d{1,4})$/ };

/** What to say when someone pastes the other kind of code. */
const WRONG_KIND: Record<ShareKind, string> = {
	quiz: "This is a student's result code, not a quiz link. Paste it on the results page instead.",
	result: 'This is a quiz link, not a result code. Open it to take the quiz.'
};

export interface CodeFormat {
	kind: ShareKind;
	/** The version this app writes and reads. */
	version: number;
	/** Number of dot-separated fields, counting the version and the check. */
	fields: number;
	/** Length of the check, the last field. */
	checkDigits: number;
	/** Seeds the check, so a quiz link and a result code never share one. */
	checkSeed: number;
}

/** The first field of a code of `format`, e.g. '1' or 'r1'. */
export function versionField(format: CodeFormat): string {
	return format.kind === 'quiz' ? String(format.version) : `r${format.version}`;
}

/** The full code for `fields` (without version and check). */
export function writeCode(format: CodeFormat, fields: readonly string[]): string {
	const body = [versionField(format), ...fields].join('.');
	return `${body}.${checksum(body, format.checkDigits, format.checkSeed)}`;
}

/** The fields between version and check, after every check that needs no parsing. */
export function readCode(input: unknown, format: CodeFormat): string[] {
	const { kind } = format;
	const text = cleanInput(input, kind);
	if (!CODE_CHARS.test(text)) throw shareError(kind, 'malformed');
	const parts = text.split('.');
	checkVersion(parts[0], format);
	if (parts.length < format.fields) throw shareError(kind, 'truncated');
	if (parts.length > format.fields) throw shareError(kind, 'malformed');
	const check = parts[parts.length - 1];
	if (check.length < format.checkDigits) throw shareError(kind, 'truncated');
	const body = text.slice(0, text.length - check.length - 1);
	if (check !== checksum(body, format.checkDigits, format.checkSeed)) {
		throw shareError(kind, 'tampered');
	}
	return parts.slice(1, -1);
}

/** The code alone: after any '#', percent-decoded, without spaces around or a final full stop. */
function cleanInput(input: unknown, kind: ShareKind): string {
	if (input === null || input === undefined) throw shareError(kind, 'empty');
	if (typeof input !== 'string' || input.length > MAX_INPUT) throw shareError(kind, 'malformed');
	let text = input.slice(input.indexOf('#') + 1);
	if (text.includes('%')) text = percentDecode(text, kind);
	text = text.trim().replace(/^#/, '').replace(/\.+$/, '');
	if (text === '') throw shareError(kind, 'empty');
	return text;
}

function percentDecode(text: string, kind: ShareKind): string {
	try {
		return decodeURIComponent(text);
	} catch {
		// A '%' with fewer than two hex digits at the very end is an escape cut in half.
		throw shareError(kind, /%[0-9A-Fa-f]?$/.test(text) ? 'truncated' : 'malformed');
	}
}

function checkVersion(field: string, format: CodeFormat): void {
	const { kind } = format;
	const match = VERSION_FIELD[kind].exec(field);
	if (!match) {
		const other: ShareKind = kind === 'quiz' ? 'result' : 'quiz';
		const hint = VERSION_FIELD[other].test(field) ? WRONG_KIND[kind] : undefined;
		throw shareError(kind, 'malformed', hint);
	}
	const version = Number(match[1]);
	if (version > format.version) throw shareError(kind, 'unknown-version');
	if (version !== format.version) throw shareError(kind, 'malformed');
}
