import { describe, expect, it } from 'vitest';
import {
	decodeResult,
	encodeQuizLink,
	encodeResultV1,
	quizKey,
	resultProblem,
	type SharedResult
} from '../../../src/lib/share/index.ts';
import {
	bitsToBase64url,
	textToBase64url,
	uintToShortBase64url
} from '../../../src/lib/share/base64url.ts';
import { writeCode } from '../../../src/lib/share/code.ts';
import { RESULT_CODE_FORMAT } from '../../../src/lib/share/result-code.ts';
import { scoreBounds } from '../../../src/lib/quiz/score.ts';
import {
	CONTENT_VERSION,
	DEFAULT_SETTINGS,
	plainResultProblem,
	failure,
	mulberry32,
	randomInt,
	SAMPLE_RESULT
} from './helpers.ts';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const VALID = encodeResultV1(SAMPLE_RESULT);

/** The sample result changed; other answers get a score they can reach, unless one is given. */
function result(overrides: Partial<SharedResult>): SharedResult {
	const score = overrides.answers ? scoreBounds(overrides.answers).min : SAMPLE_RESULT.score;
	return { ...SAMPLE_RESULT, score, ...overrides };
}

/** A code with a valid check around hand-made fields: key, name, answers, score, time. */
function forge(fields: string[]): string {
	return writeCode(RESULT_CODE_FORMAT, fields);
}

const reasonOf = (input: string) => failure(() => decodeResult(input)).reason;
const answers10 = ALPHABET[10] + bitsToBase64url(SAMPLE_RESULT.answers);

describe('result code length', () => {
	it('is short enough to read out for 10 questions and a short name', () => {
		expect(VALID.length).toBeLessThanOrEqual(40);
		expect(VALID).toMatch(/^r1\.[A-Za-z0-9_.-]+$/);
		const real = encodeResultV1(result({ quizKey: quizKey(DEFAULT_SETTINGS, CONTENT_VERSION) }));
		expect(real.length).toBeLessThanOrEqual(40);
	});

	it('is pinned for version 1', () => {
		expect(VALID).toBe('r1.Ab3_x-.U2Ft.K3c.CDk.UUy.bTTvZ');
		expect(decodeResult('r1.Ab3_x-.U2Ft.K3c.CDk.UUy.bTTvZ')).toEqual(SAMPLE_RESULT);
	});
});

describe('result round trips', () => {
	it('keeps every answer pattern from 1 to 50 questions', () => {
		const random = mulberry32(7);
		for (let count = 1; count <= 50; count++) {
			for (let run = 0; run < 5; run++) {
				const answers = Array.from({ length: count }, () => random() < 0.5);
				const { min, max } = scoreBounds(answers);
				const input = result({ answers, score: min + randomInt(random, max - min + 1) });
				expect(decodeResult(encodeResultV1(input))).toEqual(input);
			}
		}
	});

	it('keeps limits, unicode names and long quiz keys', () => {
		const inputs = [
			result({ score: 0, timeMs: 0, answers: [false] }),
			result({
				score: scoreBounds(Array(50).fill(true)).max,
				timeMs: 7 * 24 * 3600 * 1000,
				answers: Array(50).fill(true)
			}),
			result({ name: 'Zoë 🦊' }),
			result({ name: 'Ана-Мария' }),
			result({ name: '李' }),
			result({ name: 'x'.repeat(40) }),
			result({ name: '😀'.repeat(40) }),
			result({ name: '<script>alert(1)</script>' }),
			result({ name: 'Dot . and % and #' }),
			result({ quizKey: 'a' }),
			result({ quizKey: 'seedseedseedseedseedseedseed_k3x' })
		];
		for (const input of inputs) expect(decodeResult(encodeResultV1(input))).toEqual(input);
	});

	it('trims the name and rounds the time', () => {
		const output = decodeResult(encodeResultV1(result({ name: '  Sam \t', timeMs: 1234.6 })));
		expect(output.name).toBe('Sam');
		expect(output.timeMs).toBe(1235);
	});

	it('drops invisible characters from the name, and keeps emoji and joined scripts whole', () => {
		for (const [name, shown] of [
			['\u200FAli\u200Bce\u00AD', 'Alice'],
			['\uFEFFSam\u3164', 'Sam'],
			['👩\u200D💻 Kim', '👩\u200D💻 Kim'],
			['می\u200Cخواهم', 'می\u200Cخواهم']
		])
			expect(decodeResult(encodeResultV1(result({ name }))).name).toBe(shown);
		// A name of invisible characters only is no name.
		expect(() => encodeResultV1(result({ name: '\u200B\uFEFF' }))).toThrow();
	});

	it('returns plain data, with text kept as text', () => {
		const output = decodeResult(encodeResultV1(result({ name: '<b onmouseover=x>' })));
		expect(plainResultProblem(output)).toBeUndefined();
		expect(output.name).toBe('<b onmouseover=x>');
	});

	it('refuses a score its answers cannot reach, however it was made', () => {
		// 10 questions, 8 right (TT F TTT F TTT): 8,000 + 150 streak, plus up to 480 for speed.
		expect(scoreBounds(SAMPLE_RESULT.answers)).toEqual({ min: 8150, max: 8630 });
		for (const score of [0, 8149, 8631, 100_000])
			expect(() => encodeResultV1(result({ score }))).toThrow(/cannot come from 8 right answers/);
		// The sample's own fields, its score swapped for 100 points, behind a valid check.
		const [, ...fields] = VALID.split('.').slice(0, 6);
		fields[3] = uintToShortBase64url(100);
		const forged = forge(fields);
		expect(failure(() => decodeResult(forged)).message).toMatch(/cannot come from 8 right/);
		expect(reasonOf(forged)).toBe('out-of-range');
	});

	it('does not keep a reference to the caller’s answers', () => {
		const answers = [true, false];
		const code = encodeResultV1(result({ answers }));
		answers.push(true);
		expect(decodeResult(code).answers).toEqual([true, false]);
	});

	it('works as a link fragment and with the same input forms as quiz links', () => {
		for (const input of [
			`#${VALID}`,
			`https://summit-quiz.example.org/results#${VALID}`,
			` ${VALID}. `
		]) {
			expect(decodeResult(input)).toEqual(SAMPLE_RESULT);
		}
		expect(encodeURIComponent(VALID)).toBe(VALID);
	});
});

describe('result code errors', () => {
	it('says "empty" when there is nothing to read', () => {
		for (const input of ['', '#', '  \n ']) expect(reasonOf(input)).toBe('empty');
	});

	it('says "truncated" for every cut-off start of a valid code', () => {
		for (let end = 1; end < VALID.length; end++) {
			const reason = reasonOf(VALID.slice(0, end));
			// 'r' alone is not yet recognisable as a result code.
			expect(reason).toBe(end === 1 ? 'malformed' : 'truncated');
		}
	});

	it('says "malformed" for things that are not result codes', () => {
		for (const input of [
			'hello',
			'r1 .x',
			'<svg/onload=alert(1)>',
			'r0.a.b.c.d.e.fffff',
			`${VALID}.x`
		]) {
			expect(reasonOf(input)).toBe('malformed');
		}
	});

	it('says "malformed" for fields that cannot be read even with a valid check', () => {
		const name = textToBase64url('Sam');
		const cases = [
			['key', 'A', answers10, 'A', 'A'],
			['key', '_w', answers10, 'A', 'A'],
			['key', name, 'K', 'A', 'A'],
			['key', name, answers10 + 'A', 'A', 'A'],
			['key', name, 'B_', 'A', 'A'],
			['key', name, answers10, 'AB', 'A'],
			['key', name, answers10, 'A', 'AAB'],
			['key', name, answers10, '', 'A'],
			['key', name, answers10, 'A', 'ABCDEFGHIJ']
		];
		for (const fields of cases) expect(reasonOf(forge(fields))).toBe('malformed');
	});

	it('says so when a quiz link is pasted instead', () => {
		const error = failure(() => decodeResult(encodeQuizLink(DEFAULT_SETTINGS, CONTENT_VERSION)));
		expect(error.reason).toBe('malformed');
		expect(error.message).toMatch(/quiz link/);
	});

	it('says "unknown-version" for codes from a newer app', () => {
		expect(reasonOf(VALID.replace(/^r1\./, 'r2.'))).toBe('unknown-version');
		expect(reasonOf('r12')).toBe('unknown-version');
	});

	it('says "tampered" when any character after the version is changed', () => {
		for (let i = 3; i < VALID.length; i++) {
			if (VALID[i] === '.') continue;
			const other = ALPHABET[(ALPHABET.indexOf(VALID[i]) + 1 + (i % 63)) % 64];
			expect(reasonOf(VALID.slice(0, i) + other + VALID.slice(i + 1))).toBe('tampered');
		}
	});

	it('says "out-of-range" for readable results the app cannot accept', () => {
		const name = textToBase64url('Sam');
		const cases = [
			['', name, answers10, 'A', 'A'],
			['k'.repeat(33), name, answers10, 'A', 'A'],
			['key', '', answers10, 'A', 'A'],
			['key', textToBase64url(' Sam'), answers10, 'A', 'A'],
			['key', textToBase64url('x'.repeat(41)), answers10, 'A', 'A'],
			['key', textToBase64url('Sam\u0007'), answers10, 'A', 'A'],
			['key', textToBase64url('Sam\u2028'), answers10, 'A', 'A'],
			// Invisible characters beside a name that looks like another's.
			['key', textToBase64url('Ali\u200Bce'), answers10, 'A', 'A'],
			['key', textToBase64url('\uFEFF'), answers10, 'A', 'A'],
			['key', textToBase64url('\u3164'), answers10, 'A', 'A'],
			['key', name, 'A', 'A', 'A'],
			['key', name, 'z' + 'A'.repeat(9), 'A', 'A'],
			['key', name, answers10, 'Yai', 'A'],
			['key', name, answers10, 'A', 'lAAAA']
		];
		for (const fields of cases) {
			const error = failure(() => decodeResult(forge(fields)));
			expect(error.reason).toBe('out-of-range');
			expect(error.kind).toBe('result');
		}
	});
});

describe('encoding refuses results that could not be read', () => {
	it('throws out-of-range with a message for each bad field', () => {
		const bad = [
			result({ quizKey: '' }),
			result({ quizKey: 'has space' }),
			result({ name: '' }),
			result({ name: '   ' }),
			result({ name: 'x'.repeat(41) }),
			result({ name: 'new\nline' }),
			result({ name: 'nul\u0000' }),
			result({ name: 'lone \uDC00' }),
			result({ score: -1 }),
			result({ score: 100_001 }),
			result({ score: 1.5 }),
			result({ answers: [] }),
			result({ answers: Array(51).fill(true) }),
			result({ answers: [1 as unknown as boolean] }),
			result({ timeMs: -1 }),
			result({ timeMs: Number.POSITIVE_INFINITY }),
			result({ timeMs: 7 * 24 * 3600 * 1000 + 1 })
		];
		for (const input of bad) {
			const error = failure(() => encodeResultV1(input));
			expect(error.reason).toBe('out-of-range');
			expect(error.message).toMatch(/^This result can't be sent: .+\.$/);
		}
	});

	it('finds no problem with a good result', () => {
		expect(resultProblem(SAMPLE_RESULT)).toBeUndefined();
	});
});
