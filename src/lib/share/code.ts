// Turns whatever was pasted or opened (a full URL, `#…`, percent-encoded) into checked fields.
import { checksum } from './checksum.ts';
import { shareError, type ShareKind, type ShareWords } from './errors.ts';

/** Longer input is refused before any work; real links and codes stay under 1,000 characters. */
const MAX_INPUT = 4096;
/** Every character a link or code of ours can hold; dots separate the fields. */
const CODE_CHARS = /^[A-Za-z0-9_.-]*$/;

/** How the first field looks for each kind, with the version number captured. */
/** The kinds written in this dotted, checked form (a deck code has a form of its own). */
type CodeKind = Exclude<ShareKind, 'deck'>;

const VERSION_FIELD: Record<CodeKind, RegExp> = { quiz: /^(\d{1,4})$/, result: /^r(\d{1,4})$/ };

export interface CodeFormat {
	kind: CodeKind;
	/** What its errors say. */
	words: ShareWords;
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
	const { words } = format;
	const text = cleanInput(input, words);
	if (!CODE_CHARS.test(text)) throw shareError(words, 'malformed');
	const parts = text.split('.');
	checkVersion(parts[0], format);
	if (parts.length < format.fields) throw shareError(words, 'truncated');
	if (parts.length > format.fields) throw shareError(words, 'malformed');
	const check = parts[parts.length - 1];
	if (check.length < format.checkDigits) throw shareError(words, 'truncated');
	const body = text.slice(0, text.length - check.length - 1);
	if (check !== checksum(body, format.checkDigits, format.checkSeed)) {
		throw shareError(words, 'tampered');
	}
	return parts.slice(1, -1);
}

/** The code alone: after any '#', percent-decoded, without spaces around or a final full stop. */
function cleanInput(input: unknown, words: ShareWords): string {
	if (input === null || input === undefined) throw shareError(words, 'empty');
	if (typeof input !== 'string' || input.length > MAX_INPUT) throw shareError(words, 'malformed');
	let text = input.slice(input.indexOf('#') + 1);
	if (text.includes('%')) text = percentDecode(text, words);
	text = text.trim().replace(/^#/, '').replace(/\.+$/, '');
	if (text === '') throw shareError(words, 'empty');
	return text;
}

function percentDecode(text: string, words: ShareWords): string {
	try {
		return decodeURIComponent(text);
	} catch {
		// A '%' with fewer than two hex digits at the very end is an escape cut in half.
		throw shareError(words, /%[0-9A-Fa-f]?$/.test(text) ? 'truncated' : 'malformed');
	}
}

function checkVersion(field: string, format: CodeFormat): void {
	const { kind, words } = format;
	const match = VERSION_FIELD[kind].exec(field);
	if (!match) {
		const other: CodeKind = kind === 'quiz' ? 'result' : 'quiz';
		const hint = VERSION_FIELD[other].test(field) ? words.wrongKind : undefined;
		throw shareError(words, 'malformed', hint);
	}
	const version = Number(match[1]);
	if (version > format.version) throw shareError(words, 'unknown-version');
	if (version !== format.version) throw shareError(words, 'malformed');
}
