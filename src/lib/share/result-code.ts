// A student's result ⇄ a short code to send the teacher. Version 2 (`SQR-7K3M9-…`) is Crockford
// base32 that can be read aloud, typed in any case and found inside a sentence; version 1
// (`r1.quiz.name.answers.score.time.check`, base64url) is still read, since students sent those.
import {
	base64urlToBits,
	base64urlToText,
	base64urlToUint,
	bitsToBase64url,
	shortBase64urlToUint,
	textToBase64url,
	uintToBase64url,
	uintToShortBase64url
} from './base64url.ts';
import { readCode, writeCode, type CodeFormat } from './code.ts';
import { base32Value, BASE32_ALPHABET, BitReader, BitWriter } from './base32.ts';
import { cyrb53 } from './checksum.ts';
import { shareError, ShareLinkError, unshareable, type ShareWords } from './errors.ts';
import { textProblem } from './text.ts';
import { stripInvisible } from '../facts/invisible.ts';
import { scoreBounds } from '../quiz/score.ts';

/** What a result may hold; anything else is refused when encoding and decoding. */
export const RESULT_LIMITS = {
	maxQuizKey: 32,
	maxName: 40,
	maxScore: 100_000,
	minAnswers: 1,
	maxAnswers: 50,
	/** A week: generous for a paused run, and small enough for five digits. */
	maxTimeMs: 7 * 24 * 3600 * 1000,
	maxAttempt: 999
} as const;

/** One student's result for one quiz, as the teacher's table receives it. */
export interface SharedResult {
	/** Which quiz it belongs to; see quizKey(). */
	quizKey: string;
	/** The student's nickname, trimmed. */
	name: string;
	score: number;
	/** Right (true) or wrong, per question in order. */
	answers: boolean[];
	/** Total time taken, in whole milliseconds (tenths of a second in a version 2 code). */
	timeMs: number;
	/** Which try at this quiz on the student's device, from 1; absent means the first. */
	attempt?: number;
	/** Per question, whether time ran out (a wrong answer otherwise); absent when none did. */
	timedOut?: boolean[];
	/** Extra time the student played with; absent means the quiz's own limit. */
	allowance?: TimeAllowance;
	/** True when the student's app played other questions than the link's version (absent: same). */
	otherVersion?: boolean;
}

/** A student's time allowance: the quiz's limit, one and a half or twice it, or none at all. */
export const TIME_ALLOWANCES = ['standard', 'x1.5', 'x2', 'none'] as const;
export type TimeAllowance = (typeof TIME_ALLOWANCES)[number];

/** Layout of result code version 1; exported for tests that build codes by hand. */
const RESULT_CODE_WORDS: ShareWords = {
	kind: 'result',
	messages: {
		empty: "There's no result code here. Paste the code the student sent you.",
		truncated:
			'This result code is incomplete: part of it was probably cut off. Ask the student to send the whole code again.',
		malformed:
			"This doesn't look like a Summit Quiz result code. Check that it was copied exactly as it was sent.",
		'unknown-version':
			'This result code was made with a newer version of Summit Quiz. Reload the app to update it, then try again.',
		tampered:
			'This result code has a typing mistake somewhere: its check letters do not match the rest. Check each character, or ask the student to send it again.',
		'out-of-range': "This result code holds values Summit Quiz can't accept"
	},
	wrongKind: 'This is a quiz link, not a result code. Open it to take the quiz.'
};

export const RESULT_CODE_FORMAT: CodeFormat = {
	kind: 'result',
	words: RESULT_CODE_WORDS,
	version: 1,
	fields: 7,
	checkDigits: 5,
	checkSeed: 0x52
};

const ID = /^[A-Za-z0-9_-]+$/;

/**
 * The code for `result` as version 1 wrote it (students' old codes; tests). Only the fields
 * version 1 knew are kept.
 */
export function encodeResultV1(result: SharedResult): string {
	const { quizKey, name, score, answers, timeMs } = result;
	const tidy = tidyResult({ quizKey, name, score, answers, timeMs });
	const problem = resultProblem(tidy);
	if (problem) throw unshareable('result', problem);
	return writeCode(RESULT_CODE_FORMAT, [
		tidy.quizKey,
		textToBase64url(tidy.name),
		uintToBase64url(tidy.answers.length, 1) + bitsToBase64url(tidy.answers),
		uintToShortBase64url(tidy.score),
		uintToShortBase64url(tidy.timeMs)
	]);
}

/** The result in a version 1 code (bare, after '#' or in a full URL); throws only ShareLinkError. */
function decodeResultV1(code: string): SharedResult {
	const [quizKey, nameCode, answersCode, scoreCode, timeCode] = readCode(code, RESULT_CODE_FORMAT);
	const name = base64urlToText(nameCode);
	const count = base64urlToUint(answersCode.slice(0, 1));
	const answers = count === undefined ? undefined : base64urlToBits(answersCode.slice(1), count);
	const score = shortBase64urlToUint(scoreCode);
	const timeMs = shortBase64urlToUint(timeCode);
	if (name === undefined || !answers || score === undefined || timeMs === undefined) {
		throw shareError(RESULT_CODE_WORDS, 'malformed');
	}
	const result: SharedResult = { quizKey, name, score, answers, timeMs };
	const problem = resultProblem(result);
	if (problem) throw shareError(RESULT_CODE_WORDS, 'out-of-range', problem);
	return result;
}

/** Version 2's prefix: "Summit Quiz result", so a code is found inside any text. */
const PREFIX = 'SQR';
const VERSION = 2;
/** Symbols per group when written: five read aloud comfortably. */
const GROUP = 5;
/** A weighted sum modulo this prime (two symbols) catches any one wrong or swapped symbol. */
const CHECK_PRIME = 1021;
const CHECK_SYMBOLS = 3;
/** version, key, flags, attempt, count, one answer, score, time, name of one byte. */
const MIN_SYMBOLS = Math.ceil((5 + 36 + 5 + 5 + 6 + 2 + 5 + 5 + 8) / 5) + CHECK_SYMBOLS;
/** Outcome of one question, two bits each. */
const WRONG = 0;
const RIGHT = 1;
const TIMED_OUT = 2;
const KEY = /^[A-Za-z0-9_-]{6}$/;

/**
 * The code for `result`, with the name trimmed of spaces and invisible characters and the time
 * rounded to tenths of a second; throws ShareLinkError 'out-of-range' when it cannot be sent. A
 * quiz key that is not one quizKey() makes is written as a version 1 code.
 */
export function encodeResult(result: SharedResult): string {
	const tidy = tidyResult({ ...result, timeMs: Math.round(result.timeMs / 100) * 100 });
	const problem = resultProblem(tidy);
	if (problem) throw unshareable('result', problem);
	if (!KEY.test(tidy.quizKey)) return encodeResultV1(tidy);
	const out = new BitWriter().uint(VERSION, 5);
	for (const char of tidy.quizKey) out.uint(base64urlToUint(char) ?? 0, 6);
	out
		.uint(TIME_ALLOWANCES.indexOf(tidy.allowance ?? 'standard'), 2)
		.uint(tidy.otherVersion ? 1 : 0, 1)
		.uint(0, 2)
		.varint((tidy.attempt ?? 1) - 1)
		.uint(tidy.answers.length - 1, 6);
	for (const [index, right] of tidy.answers.entries())
		out.uint(right ? RIGHT : tidy.timedOut?.[index] ? TIMED_OUT : WRONG, 2);
	out
		.varint(tidy.score)
		.varint(tidy.timeMs / 100)
		.bytes(new TextEncoder().encode(tidy.name));
	const body = out.symbols();
	const symbols = [...body, ...checkSymbols(body)].map((value) => BASE32_ALPHABET[value]);
	const groups: string[] = [];
	for (let i = 0; i < symbols.length; i += GROUP) groups.push(symbols.slice(i, i + GROUP).join(''));
	return [PREFIX, ...groups].join('-');
}

/** The result in `code` (either version; bare, after '#' or in a full URL); throws only ShareLinkError. */
export function decodeResult(code: string): SharedResult {
	return readResultCode(code).result;
}

/**
 * The result in one pasted code and the code as this app writes it (same version), which
 * identifies the result however it was typed; throws only ShareLinkError.
 */
export function readResultCode(input: string): { result: SharedResult; code: string } {
	const text = typeof input === 'string' ? input.slice(input.indexOf('#') + 1).trim() : '';
	if (text.slice(0, PREFIX.length).toUpperCase() !== PREFIX) {
		const result = decodeResultV1(input);
		return { result, code: encodeResultV1(result) };
	}
	const result = decodeResultV2(text.slice(PREFIX.length));
	return { result, code: encodeResult(result) };
}

function decodeResultV2(text: string): SharedResult {
	const words = RESULT_CODE_WORDS;
	const symbols: number[] = [];
	for (const char of text.replace(/\.+$/, '')) {
		if (/[-\s]/.test(char)) continue;
		const value = base32Value(char);
		if (value === undefined)
			throw shareError(
				words,
				'malformed',
				`This result code has a character result codes never use: “${char}”. Check it against the student’s code.`
			);
		symbols.push(value);
	}
	if (symbols.length === 0) throw shareError(words, 'empty');
	if (symbols[0] > VERSION) throw shareError(words, 'unknown-version');
	if (symbols[0] !== VERSION) throw shareError(words, 'malformed');
	if (symbols.length < MIN_SYMBOLS) throw shareError(words, 'truncated');
	const body = symbols.slice(0, -CHECK_SYMBOLS);
	if (checkSymbols(body).join() !== symbols.slice(-CHECK_SYMBOLS).join())
		throw shareError(words, 'tampered');
	const result = readFields(new BitReader(body));
	if (!result) throw shareError(words, 'malformed');
	const problem = resultProblem(result);
	if (problem) throw shareError(words, 'out-of-range', problem);
	return result;
}

/** The fields after the version symbol; undefined when they do not parse. */
function readFields(bits: BitReader): SharedResult | undefined {
	bits.uint(5);
	let quizKey = '';
	for (let i = 0; i < 6; i++) quizKey += uintToBase64url(bits.uint(6) ?? 0, 1);
	const allowance = TIME_ALLOWANCES[bits.uint(2) ?? 0];
	const otherVersion = bits.uint(1) === 1;
	if (bits.uint(2) !== 0) return undefined;
	const attempt = (bits.varint() ?? -1) + 1;
	const count = (bits.uint(6) ?? -1) + 1;
	const answers: boolean[] = [];
	const timedOut: boolean[] = [];
	for (let i = 0; i < count; i++) {
		const outcome = bits.uint(2);
		if (outcome === undefined || outcome > TIMED_OUT) return undefined;
		answers.push(outcome === RIGHT);
		timedOut.push(outcome === TIMED_OUT);
	}
	const score = bits.varint();
	const tenths = bits.varint();
	const nameBytes = bits.restAsBytes();
	if (attempt < 1 || count < 1 || score === undefined || tenths === undefined || !nameBytes)
		return undefined;
	let name: string;
	try {
		name = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(nameBytes);
	} catch {
		return undefined;
	}
	return {
		quizKey,
		name,
		score,
		answers,
		timeMs: tenths * 100,
		...(attempt > 1 && { attempt }),
		...(timedOut.some(Boolean) && { timedOut }),
		...(allowance !== 'standard' && { allowance }),
		...(otherVersion && { otherVersion })
	};
}

/**
 * Two symbols of Σ (i+1)·symbolᵢ mod 1021, which no single wrong symbol and no swap of two can
 * leave unchanged (1021 is prime and above every weight and difference), then one of a hash
 * against other damage.
 */
function checkSymbols(body: readonly number[]): number[] {
	let sum = 0;
	for (const [index, value] of body.entries()) sum = (sum + (index + 1) * value) % CHECK_PRIME;
	const hash = cyrb53(body.map((value) => BASE32_ALPHABET[value]).join(''), 0x52) % 32;
	return [Math.floor(sum / 32), sum % 32, hash];
}

/** One code found in pasted text: its result and canonical code, or why it cannot be read. */
type FoundCode =
	{ text: string; result: SharedResult; code: string } | { text: string; error: ShareLinkError };
export type FoundResultCode = FoundCode & {
	/** The line of the text it was found on (a chat line says who sent it), shortened. */
	line: string;
};

/** Longest text searched: a big file of a year's chats; longer text is cut (`cut` says so). */
export const MAX_PASTE = 5_000_000;
/** Most codes read from one text: more than any class sends, few enough to list. */
export const MAX_FOUND = 2_000;
/**
 * SQR and a version digit, then groups. After a dash (a line may break there) a group always
 * belongs to the code, even one starting "SQR"; after a space a new "SQR" and digit starts another
 * code, and other words may be chat (readInText tries them off).
 */
const V2_IN_TEXT =
	/(?<![0-9A-Za-z])sqr[-\t ]*[0-9][0-9A-Za-z]*(?:-+(?:\r?\n)?[0-9A-Za-z]+|[\t ]+(?!sqr[-\t ]*[0-9])[0-9A-Za-z]+)*/giu;
const V1_IN_TEXT = /(?<![A-Za-z0-9_-])r1\.[A-Za-z0-9_.-]{1,4096}/g;
/** More than the longest code with a few words after it: longer matches are not real codes. */
const MAX_V2_MATCH = 600;
/** Dashes and spaces other keyboards and chat apps put in, one for one (positions stay). */
const OTHER_DASHES = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g;
const OTHER_SPACES = /[\u00A0\u2007\u2009\u202F]/g;

/**
 * Every result code in `text` (codes, result links, codes inside sentences, from a chat export),
 * in the order they appear, at most MAX_FOUND. Words after a code that the code could continue
 * into are tried off one by one; a code that still does not read is returned with its error.
 */
export function findResultCodes(text: string): { found: FoundResultCode[]; cut: boolean } {
	const cut = text.length > MAX_PASTE;
	const input = (cut ? text.slice(0, MAX_PASTE) : text)
		.replace(OTHER_DASHES, '-')
		.replace(OTHER_SPACES, ' ');
	const found: { at: number; item: FoundResultCode }[] = [];
	let stopped = false;
	for (const match of input.matchAll(V2_IN_TEXT)) {
		if (found.length >= MAX_FOUND) {
			stopped = true;
			break;
		}
		const code = match[0].slice(0, MAX_V2_MATCH).replace(/-\r?\n/g, '-');
		found.push({
			at: match.index,
			item: { ...readInText(code), line: lineAt(input, match.index) }
		});
	}
	for (const match of input.matchAll(V1_IN_TEXT)) {
		if (found.length >= 2 * MAX_FOUND) {
			stopped = true;
			break;
		}
		let end = match[0].length;
		while (end > 0 && match[0][end - 1] === '.') end--;
		const raw = match[0].slice(0, end);
		found.push({
			at: match.index,
			item: { ...readOne(raw, raw), line: lineAt(input, match.index) }
		});
	}
	const ordered = found.sort((a, b) => a.at - b.at).map(({ item }) => item);
	return {
		found: ordered.slice(0, MAX_FOUND),
		cut: cut || stopped || ordered.length > MAX_FOUND
	};
}

/** The line around `at`, at most 100 characters of it. */
function lineAt(text: string, at: number): string {
	const start = text.lastIndexOf('\n', at) + 1;
	const end = text.indexOf('\n', at);
	const line = text.slice(start, end === -1 ? undefined : end).trim();
	return line.length > 100 ? `${line.slice(0, 97)}…` : line;
}

function readInText(match: string): FoundCode {
	const words = match.split(/[\t ]+/).filter(Boolean);
	// Shortest first: a code written with dashes is its first word, one in spaced groups a few.
	for (let keep = 1; keep <= words.length; keep++) {
		const text = words.slice(0, keep).join(' ');
		const item = readOne(text, text);
		if ('result' in item) return item;
	}
	const first = readOne(match, match);
	// Report the code as written up to the first space (trailing words are most likely chat),
	// unless it was typed in spaced groups.
	const [head] = words;
	return head === match || head.length <= PREFIX.length + 1 ? first : readOne(head, head);
}

function readOne(text: string, input: string): FoundCode {
	try {
		return { text, ...readResultCode(input) };
	} catch (error) {
		if (error instanceof ShareLinkError) return { text, error };
		throw error;
	}
}

/**
 * The length of the longest code encodeResult can make (an astral-plane name at the longest, every
 * limit at its top): whatever keeps codes must take one this long.
 */
export function longestResultCode(): number {
	const answers = Array<boolean>(RESULT_LIMITS.maxAnswers).fill(true);
	const longest: SharedResult = {
		quizKey: 'k'.repeat(RESULT_LIMITS.maxQuizKey),
		name: '\u{1D538}'.repeat(RESULT_LIMITS.maxName),
		score: scoreBounds(answers).max,
		answers,
		timeMs: RESULT_LIMITS.maxTimeMs,
		attempt: RESULT_LIMITS.maxAttempt,
		allowance: 'none',
		otherVersion: true
	};
	return Math.max(
		encodeResultV1(longest).length,
		encodeResult({ ...longest, quizKey: 'k'.repeat(6) }).length
	);
}

/** In plain words, why `result` cannot be sent as it is; undefined when it can. */
export function resultProblem(result: SharedResult): string | undefined {
	const limits = RESULT_LIMITS;
	const { quizKey, name, score, answers, timeMs } = result;
	if (typeof quizKey !== 'string' || quizKey.length > limits.maxQuizKey || !ID.test(quizKey)) {
		return "it doesn't say which quiz it is for";
	}
	const nameProblem = textProblem(name, 'the name', 1, limits.maxName);
	if (nameProblem) return nameProblem;
	if (name !== name.trim()) return 'the name starts or ends with spaces';
	if (!isIntegerIn(score, 0, limits.maxScore)) {
		return `the score must be a whole number from 0 to ${limits.maxScore}`;
	}
	const { minAnswers, maxAnswers } = limits;
	if (!Array.isArray(answers) || answers.length < minAnswers || answers.length > maxAnswers) {
		return `it must have between ${minAnswers} and ${maxAnswers} answers`;
	}
	if (answers.some((answer) => typeof answer !== 'boolean')) return 'an answer is not yes or no';
	const { min, max } = scoreBounds(answers);
	if (score < min || score > max)
		return `a score of ${score} cannot come from ${answers.filter(Boolean).length} right answers out of ${answers.length}`;
	if (!isIntegerIn(timeMs, 0, limits.maxTimeMs)) return 'the time taken is not valid';
	const { attempt, timedOut, allowance, otherVersion } = result;
	if (attempt !== undefined && !isIntegerIn(attempt, 1, limits.maxAttempt))
		return `the attempt must be a whole number from 1 to ${limits.maxAttempt}`;
	if (
		timedOut !== undefined &&
		(!Array.isArray(timedOut) ||
			timedOut.length !== answers.length ||
			timedOut.some((late, index) => typeof late !== 'boolean' || (late && answers[index])))
	)
		return 'its list of questions where time ran out does not match its answers';
	if (allowance !== undefined && !TIME_ALLOWANCES.includes(allowance))
		return 'its extra time is not one the app offers';
	if (otherVersion !== undefined && typeof otherVersion !== 'boolean')
		return 'it does not say plainly which questions were played';
	return undefined;
}

/**
 * The result as it will be encoded: name trimmed of spaces and invisible characters, whole
 * milliseconds, plain copies, and optional fields only where they say something.
 */
function tidyResult(result: SharedResult): SharedResult {
	const { quizKey, name, score, answers, timeMs, attempt, timedOut, allowance, otherVersion } =
		result;
	return {
		quizKey,
		name: typeof name === 'string' ? stripInvisible(name) : name,
		score,
		answers: Array.isArray(answers) ? [...answers] : answers,
		timeMs: typeof timeMs === 'number' ? Math.round(timeMs) : timeMs,
		...(attempt !== undefined && attempt !== 1 && { attempt }),
		...(Array.isArray(timedOut) &&
			timedOut.some((t) => t !== false) && { timedOut: [...timedOut] }),
		...(allowance !== undefined && allowance !== 'standard' && { allowance }),
		...(otherVersion !== undefined && otherVersion !== false && { otherVersion })
	};
}

function isIntegerIn(value: unknown, min: number, max: number): value is number {
	return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;
}
