// Version 2 result codes: read aloud, typed in any case, found in a chat message, and any one
// wrong or swapped character caught.
import { describe, expect, it } from 'vitest';
import {
	decodeResult,
	encodeResult,
	encodeResultV1,
	findResultCodes,
	quizKey,
	readResultCode,
	type SharedResult
} from '../../../src/lib/share/index.ts';
import { BASE32_ALPHABET } from '../../../src/lib/share/base32.ts';
import { scoreBounds } from '../../../src/lib/quiz/score.ts';
import {
	CONTENT_VERSION,
	DEFAULT_SETTINGS,
	failure,
	mulberry32,
	randomInt,
	SAMPLE_RESULT
} from './helpers.ts';

const SAMPLE = { ...SAMPLE_RESULT, timeMs: 83_200 };
const CODE = encodeResult(SAMPLE);

function found(text: string) {
	return findResultCodes(text).found.map((item) =>
		'result' in item ? item.result.name : `damaged: ${item.error.reason}`
	);
}

describe('version 2 result codes', () => {
	it('are base32 without look-alikes, in groups of five after SQR, and short for a short name', () => {
		expect(CODE).toMatch(/^SQR(-[0-9A-HJKMNP-TV-Z]{1,5})+$/);
		expect(CODE.replace(/^SQR|-/g, '').length).toBeLessThanOrEqual(31);
		const real = encodeResult({ ...SAMPLE, quizKey: quizKey(DEFAULT_SETTINGS, CONTENT_VERSION) });
		expect(real).toMatch(/^SQR-/);
		expect(BASE32_ALPHABET).not.toMatch(/[ILOU]/);
	});

	it('is pinned, so codes students already sent keep reading the same', () => {
		expect(CODE).toBe('SQR-206YZ-ZHZ00-2AHA5-CM7H4-X02KC-5PGYT-N');
		expect(decodeResult('SQR-206YZ-ZHZ00-2AHA5-CM7H4-X02KC-5PGYT-N')).toEqual(SAMPLE);
	});

	it('read the same typed in lower case, with O for 0, I or L for 1, spaces for dashes', () => {
		const typed = CODE.toLowerCase().replaceAll('0', 'o').replaceAll('1', 'l').replaceAll('-', ' ');
		expect(decodeResult(typed)).toEqual(SAMPLE);
		expect(decodeResult(CODE.replaceAll('-', ''))).toEqual(SAMPLE);
		expect(readResultCode(`https://example.org/results/#${typed}`).code).toBe(CODE);
	});

	it(
		'catch every single wrong character and every swap of two neighbours',
		{ timeout: 30_000 },
		() => {
			const random = mulberry32(21);
			let tried = 0;
			for (let run = 0; run < 40; run++) {
				const answers = Array.from({ length: 1 + randomInt(random, 20) }, () => random() < 0.5);
				const result: SharedResult = {
					...SAMPLE,
					answers,
					score: scoreBounds(answers).min,
					name: ['Ana', 'Zoë', 'Ben K'][run % 3]
				};
				const code = encodeResult(result);
				const symbols = code.slice(4).replaceAll('-', '');
				for (let at = 0; at < symbols.length; at++) {
					for (const other of BASE32_ALPHABET) {
						if (other === symbols[at]) continue;
						const typo = symbols.slice(0, at) + other + symbols.slice(at + 1);
						expect(() => decodeResult(`SQR${typo}`), typo).toThrow();
						tried++;
					}
					if (at + 1 < symbols.length && symbols[at] !== symbols[at + 1]) {
						const swapped =
							symbols.slice(0, at) + symbols[at + 1] + symbols[at] + symbols.slice(at + 2);
						// Moving the version symbol makes another version; any other swap fails the check.
						const reason = failure(() => decodeResult(`SQR${swapped}`)).reason;
						if (at === 0) expect(['malformed', 'unknown-version']).toContain(reason);
						else expect(reason).toBe('tampered');
						tried++;
					}
				}
			}
			expect(tried).toBeGreaterThan(20_000);
		}
	);

	it('keep the attempt, timeouts, extra time and another version, and leave defaults out', () => {
		const timedOut = SAMPLE.answers.map((right, index) => !right && index === 2);
		const full: SharedResult = {
			...SAMPLE,
			attempt: 3,
			timedOut,
			allowance: 'x1.5',
			otherVersion: true
		};
		expect(decodeResult(encodeResult(full))).toEqual(full);
		const plain = decodeResult(
			encodeResult({ ...SAMPLE, attempt: 1, timedOut: SAMPLE.answers.map(() => false) })
		);
		expect(plain).toEqual(SAMPLE);
		expect(Object.keys(plain)).not.toContain('attempt');
	});

	it('refuse a timeout on a right answer and an attempt of 0', () => {
		const timedOut = SAMPLE.answers.map((_, index) => index === 0);
		expect(() => encodeResult({ ...SAMPLE, timedOut })).toThrow(/time ran out/);
		expect(() => encodeResult({ ...SAMPLE, attempt: 0 })).toThrow(/attempt/);
	});

	it('say a character codes never use, a newer version and a cut code plainly', () => {
		expect(failure(() => decodeResult(CODE.replace('Z', 'U'))).message).toMatch(/“U”/);
		expect(failure(() => decodeResult(`SQR-3${CODE.slice(5)}`)).reason).toBe('unknown-version');
		expect(failure(() => decodeResult(CODE.slice(0, 12))).reason).toBe('truncated');
		expect(failure(() => decodeResult(CODE.slice(0, -1))).reason).toBe('tampered');
	});

	it('round-trip names in any script and the longest results', () => {
		for (const name of ['Zoë 🦊', 'Ана-Мария', '李', '😀'.repeat(40), 'x'.repeat(40)]) {
			const answers = Array<boolean>(50).fill(true);
			const result = { ...SAMPLE, name, answers, score: scoreBounds(answers).max };
			expect(decodeResult(encodeResult(result))).toEqual(result);
		}
	});
});

describe('finding result codes in pasted text', () => {
	const ana = encodeResult({ ...SAMPLE, name: 'Ana' });
	const ben = encodeResult({ ...SAMPLE, name: 'Ben' });
	const old = encodeResultV1({ ...SAMPLE_RESULT, name: 'Old' });

	it('finds codes in sentences, links, lists and a chat export, in order', () => {
		const chat = [
			`[10:31] Ana: my code is ${ana}, thanks!`,
			`[10:32] Ben: https://quiz.example.org/results/#${ben}`,
			`[10:33] Old: ${old}.`,
			`${ana.toLowerCase()} ${ben}`
		].join('\n');
		expect(found(chat)).toEqual(['Ana', 'Ben', 'Old', 'Ana', 'Ben']);
		expect(found(`${ana},${ben};${old}`)).toEqual(['Ana', 'Ben', 'Old']);
	});

	it('takes following words off a code that was typed in spaced groups', () => {
		const spaced = ana.replaceAll('-', ' ');
		expect(found(`here it is ${spaced} thanks miss`)).toEqual(['Ana']);
		expect(found(`${spaced}\nok`)).toEqual(['Ana']);
	});

	it('reports a damaged code with its reason, beside the good ones', () => {
		const typo = ana.slice(0, 10) + (ana[10] === 'A' ? 'B' : 'A') + ana.slice(11);
		expect(found(`${typo} and ${ben}`)).toEqual(['damaged: tampered', 'Ben']);
		expect(found(`r1.broken and ${ben}`)).toEqual(['damaged: truncated', 'Ben']);
	});

	it('finds nothing in text without codes, and canonical codes identify a result', () => {
		expect(found('sqrt of 2 is 1.41; sequence r10, SQL and sqr root')).toEqual([]);
		expect(found('no codes here')).toEqual([]);
		const [one, two] = findResultCodes(`${ana} ${ana.toLowerCase().replaceAll('-', ' ')}`).found;
		expect('code' in one && 'code' in two && one.code === two.code).toBe(true);
	});

	it('reads a group that happens to start with SQR, and a code broken onto two lines at a dash', () => {
		// Symbols 5 to 7 come from the quiz key: this key puts "SQR" at the start of a group.
		const code = encodeResult({ ...SAMPLE, quizKey: 'mmis3x', name: 'Ann' });
		expect(code).toMatch(/-SQR/);
		expect(found(`Ann: ${code} thanks`)).toEqual(['Ann']);
		const at = code.indexOf('-', 10);
		expect(found(`${code.slice(0, at + 1)}\n${code.slice(at + 1)}`)).toEqual([
			'Sam'.replace('Sam', 'Ann')
		]);
	});

	it('reads codes with other dashes and spaces chat apps put in, and says the line each was on', () => {
		const typed = ana.replaceAll('-', '\u2011').replace('\u2011', '\u202F');
		const { found: items } = findResultCodes(`[10:31] Ana: ${typed}\n[10:32] Ben: ${ben}`);
		expect(items.map((i) => ('result' in i ? i.result.name : i.error.reason))).toEqual([
			'Ana',
			'Ben'
		]);
		expect(items[1].line).toBe(`[10:32] Ben: ${ben}`);
	});

	it('stays quick on hostile text: long junk, endless dots, thousands of near-codes', () => {
		const hostile = [
			'r1.' + '.'.repeat(200_000) + 'x',
			'SQR 2 ' + 'ab '.repeat(600_000),
			'sqr2 '.repeat(400_000)
		];
		for (const text of hostile) {
			// Quadratic work here used to take minutes; the test's own time limit would catch it.
			const { found: items, cut } = findResultCodes(text);
			expect(items.length).toBeLessThanOrEqual(2_000);
			if (items.length === 2_000) expect(cut).toBe(true);
		}
	});
});
