// Whatever is pasted or opened, decoding gives valid plain data or a ShareLinkError: nothing else.
import { describe, expect, it } from 'vitest';
import { TOPICS } from '../../../src/lib/facts/index.ts';
import { QUESTION_FORMS, type QuizSettings } from '../../../src/lib/quiz/index.ts';
import { scoreBounds } from '../../../src/lib/quiz/score.ts';
import {
	decodeQuizLink,
	decodeResult,
	encodeQuizLink,
	encodeResult,
	encodeResultV1,
	readResultCode,
	quizLinkProblem,
	resultProblem,
	SHARE_LINK_REASONS,
	ShareLinkError,
	type ShareLinkReason,
	type SharedResult
} from '../../../src/lib/share/index.ts';
import {
	CONTENT_VERSION,
	plainQuizLinkProblem,
	plainResultProblem,
	mulberry32,
	pick,
	randomInt,
	type Random
} from './helpers.ts';

const RUNS = 5000;
const ID_CHARS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const PIECES = [
	...ID_CHARS,
	'.',
	'.',
	'%',
	'%2E',
	'%zz',
	'%F0%9F',
	'#',
	' ',
	'\n',
	'\u0000',
	'\u202E',
	'\uD800',
	'\uDC00',
	'é',
	'😀',
	'👩‍👩‍👧',
	'<script>',
	'"',
	"'",
	'\\',
	'1.',
	'r1.',
	'2.',
	'__proto__',
	'constructor'
];
const VERSIONS = ['0', '1', '2', '01', '10', '9999', 'r1', 'r2', 'v1', '', '1a', '%31'];

function randomString(random: Random): string {
	const length = random() < 0.01 ? 5000 + randomInt(random, 10_000) : randomInt(random, 120);
	let out = '';
	while (out.length < length) out += pick(random, PIECES);
	return out;
}

function randomSettings(random: Random): QuizSettings {
	const titleLength = random() < 0.3 ? 0 : randomInt(random, 80);
	let title = '';
	for (let i = 0; i < titleLength; i++)
		title += pick(random, ['a', 'Z', ' ', 'é', '😀', '<', '%', '.']);
	return {
		seed: Array.from({ length: 1 + randomInt(random, 21) }, () => pick(random, [...ID_CHARS])).join(
			''
		),
		count: 1 + randomInt(random, 50),
		topics: TOPICS.filter(() => random() < 0.5),
		forms: QUESTION_FORMS.filter(() => random() < 0.5),
		timeLimit: random() < 0.4 ? null : 5 + randomInt(random, 116),
		title: [...title].slice(0, 80).join('')
	};
}

function randomResult(random: Random): SharedResult {
	const answers = Array.from({ length: 1 + randomInt(random, 50) }, () => random() < 0.5);
	const { min, max } = scoreBounds(answers);
	return {
		quizKey: Array.from({ length: 6 }, () => pick(random, [...ID_CHARS])).join(''),
		name: pick(random, ['Sam', 'Zoë', 'Ана', '李 明', '🦊 fox', 'x'.repeat(40)]),
		score: min + randomInt(random, max - min + 1),
		answers,
		timeMs: randomInt(random, 10_000_000)
	};
}

/** Like encodeURIComponent, but a lone surrogate (which it refuses) is left as it is. */
function percentEncode(char: string): string {
	try {
		return encodeURIComponent(char);
	} catch {
		return char;
	}
}

/** One to three random edits of a valid code, of the kinds copying and typing produce. */
function mutate(random: Random, code: string): string {
	let out = code;
	const edits = 1 + randomInt(random, 3);
	for (let e = 0; e < edits; e++) {
		const at = randomInt(random, out.length + 1);
		switch (randomInt(random, 9)) {
			case 0: // flip one character
				out = out.slice(0, at) + pick(random, PIECES) + out.slice(at + 1);
				break;
			case 1: // drop one
				out = out.slice(0, at) + out.slice(at + 1);
				break;
			case 2: // insert one
				out = out.slice(0, at) + pick(random, PIECES) + out.slice(at);
				break;
			case 3: // cut off the end
				out = out.slice(0, at);
				break;
			case 4: // another version
				out = pick(random, VERSIONS) + out.slice(Math.max(out.indexOf('.'), 0));
				break;
			case 5: // percent-encode some or all of it
				out = [...out].map((c) => (random() < 0.5 ? percentEncode(c) : c)).join('');
				break;
			case 6: // swap neighbours
				out =
					out.slice(0, at) + out.slice(at + 1, at + 2) + out.slice(at, at + 1) + out.slice(at + 2);
				break;
			case 7: // change case
				out = out.slice(0, at) + out.slice(at, at + 1).toUpperCase() + out.slice(at + 1);
				break;
			default: // wrapped as a URL or with a '#'
				out = pick(random, ['#', 'https://x.org/play#', ' ', '%23']) + out;
		}
	}
	return out;
}

type Outcome = ShareLinkReason | 'ok' | `bug: ${string}`;

/** Runs `decode`: its error reason, 'ok' when `check` finds nothing wrong, or what went wrong. */
function outcome<T>(decode: () => T, check: (value: T) => string | undefined): Outcome {
	let value: T;
	try {
		value = decode();
	} catch (error) {
		if (!(error instanceof ShareLinkError)) return `bug: threw ${String(error)}`;
		if (!SHARE_LINK_REASONS.includes(error.reason)) return `bug: reason ${error.reason}`;
		if (error.message.trim() === '') return 'bug: empty message';
		return error.reason;
	}
	const problem = check(value);
	return problem ? `bug: ${problem}` : 'ok';
}

function checkQuizLink(fragment: string): Outcome {
	return outcome(
		() => decodeQuizLink(fragment),
		(link) => {
			const plain = plainQuizLinkProblem(link);
			if (plain) return plain;
			const problem = quizLinkProblem(link.settings, link.contentVersion);
			if (problem) return `decoded invalid settings: ${problem}`;
			const again = decodeQuizLink(encodeQuizLink(link.settings, link.contentVersion));
			return JSON.stringify(again) === JSON.stringify(link) ? undefined : 're-encoding changed it';
		}
	);
}

function checkResult(code: string): Outcome {
	return outcome(
		() => readResultCode(code),
		({ result, code: canonical }) => {
			const plain = plainResultProblem(result);
			if (plain) return plain;
			const problem = resultProblem(result);
			if (problem) return `decoded invalid result: ${problem}`;
			const again = decodeResult(canonical);
			return JSON.stringify(again) === JSON.stringify(result)
				? undefined
				: 're-encoding changed it';
		}
	);
}

/** How often each outcome happened, and every input that exposed a bug. */
function tally(runs: [input: string, outcome: Outcome][]) {
	const counts: Record<string, number> = {};
	const bugs: string[] = [];
	for (const [input, result] of runs) {
		counts[result] = (counts[result] ?? 0) + 1;
		if (result.startsWith('bug')) bugs.push(`${JSON.stringify(input.slice(0, 200))}: ${result}`);
	}
	return { counts, bugs };
}

function run(check: (input: string) => Outcome, input: string): [string, Outcome] {
	return [input, check(input)];
}

describe('quiz link fuzz', () => {
	it('decodes random strings to valid settings or a ShareLinkError', () => {
		const random = mulberry32(0x5eed);
		const runs = Array.from({ length: RUNS }, () => run(checkQuizLink, randomString(random)));
		const { counts, bugs } = tally(runs);
		expect(bugs).toEqual([]);
		expect(counts.malformed).toBeGreaterThan(RUNS / 4);
	});

	it('decodes mutated valid links to valid settings or a ShareLinkError', () => {
		const random = mulberry32(0xc0de);
		const runs = Array.from({ length: RUNS }, (): [string, Outcome] => {
			const link = encodeQuizLink(randomSettings(random), CONTENT_VERSION);
			const original = checkQuizLink(link);
			if (original !== 'ok') return [link, `bug: a valid link gave ${original}`];
			const mutated = run(checkQuizLink, mutate(random, link));
			if (mutated[1] !== 'ok') return mutated;
			// An edit that still decodes must be harmless (a '#', spaces, escapes), never another quiz.
			const same =
				JSON.stringify(decodeQuizLink(mutated[0])) === JSON.stringify(decodeQuizLink(link));
			return same ? mutated : [mutated[0], 'bug: an edited link gave a different quiz'];
		});
		const { counts, bugs } = tally(runs);
		expect(bugs).toEqual([]);
		for (const reason of ['ok', 'truncated', 'malformed', 'unknown-version', 'tampered']) {
			expect(counts[reason]).toBeGreaterThan(0);
		}
		// A typo almost never gives a different quiz: the check catches it.
		expect(counts.tampered).toBeGreaterThan(counts.ok);
	});
});

describe('result code fuzz', () => {
	it('decodes random strings to valid results or a ShareLinkError', () => {
		const random = mulberry32(0xfeed);
		const runs = Array.from({ length: RUNS }, () => run(checkResult, randomString(random)));
		const { counts, bugs } = tally(runs);
		expect(bugs).toEqual([]);
		expect(counts.malformed).toBeGreaterThan(RUNS / 4);
	});

	it('decodes mutated valid codes to valid results or a ShareLinkError', () => {
		const random = mulberry32(0xbeef);
		const runs = Array.from({ length: RUNS }, (): [string, Outcome] => {
			// Both versions: students still send version 1 codes.
			const encode = random() < 0.5 ? encodeResult : encodeResultV1;
			const code = encode(randomResult(random));
			const original = checkResult(code);
			if (original !== 'ok') return [code, `bug: a valid code gave ${original}`];
			const mutated = run(checkResult, mutate(random, code));
			if (mutated[1] !== 'ok') return mutated;
			const same = JSON.stringify(decodeResult(mutated[0])) === JSON.stringify(decodeResult(code));
			return same ? mutated : [mutated[0], 'bug: an edited code gave a different result'];
		});
		const { counts, bugs } = tally(runs);
		expect(bugs).toEqual([]);
		for (const reason of ['ok', 'truncated', 'malformed', 'unknown-version', 'tampered']) {
			expect(counts[reason]).toBeGreaterThan(0);
		}
	});
});
