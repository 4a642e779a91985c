// A student's result ⇄ a short code to send the teacher: `r1.quiz.name.answers.score.time.check`.
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
import { shareError, unshareable, type ShareWords } from './errors.ts';
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
	maxTimeMs: 7 * 24 * 3600 * 1000
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
	/** Total time taken, in whole milliseconds. */
	timeMs: number;
}

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
 * The code for `result`, with the name trimmed and the time rounded to whole milliseconds;
 * throws ShareLinkError 'out-of-range' when it cannot be sent.
 */
export function encodeResult(result: SharedResult): string {
	const tidy = tidyResult(result);
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

/** The result in `code` (bare, after '#' or in a full URL); throws only ShareLinkError. */
export function decodeResult(code: string): SharedResult {
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

/**
 * The length of the longest code encodeResult can make (an astral-plane name at the longest, every
 * limit at its top): whatever keeps codes must take one this long.
 */
export function longestResultCode(): number {
	return encodeResult({
		quizKey: 'k'.repeat(RESULT_LIMITS.maxQuizKey),
		name: '\u{1D538}'.repeat(RESULT_LIMITS.maxName),
		score: scoreBounds(Array<boolean>(RESULT_LIMITS.maxAnswers).fill(true)).max,
		answers: Array<boolean>(RESULT_LIMITS.maxAnswers).fill(true),
		timeMs: RESULT_LIMITS.maxTimeMs
	}).length;
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
	return undefined;
}

/** The result as it will be encoded: name trimmed of spaces and invisible characters, whole milliseconds, plain copies. */
function tidyResult(result: SharedResult): SharedResult {
	const { quizKey, name, score, answers, timeMs } = result;
	return {
		quizKey,
		name: typeof name === 'string' ? stripInvisible(name) : name,
		score,
		answers: Array.isArray(answers) ? [...answers] : answers,
		timeMs: typeof timeMs === 'number' ? Math.round(timeMs) : timeMs
	};
}

function isIntegerIn(value: unknown, min: number, max: number): value is number {
	return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;
}
