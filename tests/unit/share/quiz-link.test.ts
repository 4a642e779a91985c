import { describe, expect, it } from 'vitest';
import { TOPICS } from '../../../src/lib/facts/index.ts';
import { QUESTION_FORMS, type QuizSettings } from '../../../src/lib/quiz/index.ts';
import {
	decodeQuizLink,
	encodeQuizLink,
	quizKey,
	quizLinkProblem,
	ShareLinkError
} from '../../../src/lib/share/index.ts';
import { writeCode } from '../../../src/lib/share/code.ts';
import { QUIZ_LINK_FORMAT } from '../../../src/lib/share/quiz-link.ts';
import { textToBase64url } from '../../../src/lib/share/base64url.ts';
import { CONTENT_VERSION, DEFAULT_SETTINGS, plainQuizLinkProblem, failure } from './helpers.ts';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

function settings(overrides: Partial<QuizSettings>): QuizSettings {
	return { ...DEFAULT_SETTINGS, ...overrides };
}

function roundTrip(input: QuizSettings, contentVersion = CONTENT_VERSION): QuizSettings {
	const link = decodeQuizLink(encodeQuizLink(input, contentVersion));
	expect(link.contentVersion).toBe(contentVersion);
	expect(link.linkVersion).toBe(1);
	return link.settings;
}

/** A link with a valid check around hand-made fields: seed, content, params, title (base64url). */
function forge(fields: string[]): string {
	return writeCode(QUIZ_LINK_FORMAT, fields);
}

/** Params as link version 1 writes them: count, time limit (2), topics (2), forms (1). */
function params(count: number, time: number, topics: number, forms: number): string {
	const digit = (n: number) => ALPHABET[n];
	return (
		digit(count) +
		digit(time >> 6) +
		digit(time & 63) +
		digit(topics >> 6) +
		digit(topics & 63) +
		digit(forms)
	);
}

const VALID = encodeQuizLink(
	settings({ title: 'Summit week', topics: ['people', 'dates'], timeLimit: 30 }),
	CONTENT_VERSION
);

describe('quiz link length', () => {
	it('keeps the default quiz well under 60 characters and the full URL under 200', () => {
		const fragment = encodeQuizLink(DEFAULT_SETTINGS, CONTENT_VERSION);
		expect(fragment.length).toBeLessThan(60);
		expect(`https://summit-quiz.example.org/play#${fragment}`.length).toBeLessThan(200);
		// Even the longest content version leaves room.
		expect(encodeQuizLink(DEFAULT_SETTINGS, 'abcdefgh').length).toBeLessThan(60);
	});

	it('keeps a 60-character title reasonable', () => {
		const fragment = encodeQuizLink(settings({ title: 'x'.repeat(60) }), CONTENT_VERSION);
		expect(fragment.length).toBeLessThan(130);
	});

	it('uses only characters that need no escaping in a URL', () => {
		const fragment = encodeQuizLink(settings({ title: 'Ünïcødé 🏔️ <b>&amp;' }), CONTENT_VERSION);
		expect(fragment).toMatch(/^[A-Za-z0-9_.-]+$/);
		expect(encodeURIComponent(fragment)).toBe(fragment);
	});
});

describe('quiz link round trips', () => {
	it('keeps every subset of topics and forms, in canonical order', () => {
		for (let topicMask = 0; topicMask < 2 ** TOPICS.length; topicMask++) {
			for (let formMask = 0; formMask < 2 ** QUESTION_FORMS.length; formMask++) {
				const topics = TOPICS.filter((_, i) => topicMask & (1 << i));
				const forms = QUESTION_FORMS.filter((_, i) => formMask & (1 << i));
				const input = settings({ topics, forms });
				expect(roundTrip(input)).toEqual(input);
			}
		}
	});

	it('keeps counts, time limits and seeds at and between their limits', () => {
		for (const count of [1, 2, 10, 49, 50]) {
			for (const timeLimit of [null, 5, 6, 30, 63, 64, 119, 120]) {
				const input = settings({ count, timeLimit });
				expect(roundTrip(input)).toEqual(input);
			}
		}
		for (const seed of ['a', '-', '_', 'Z9', 'abcdefghijklmnopqrstu', 'V1StGXR8_Z']) {
			expect(roundTrip(settings({ seed })).seed).toBe(seed);
		}
		for (const contentVersion of ['1', 'a_b-C9', 'abcdefgh']) {
			expect(roundTrip(DEFAULT_SETTINGS, contentVersion)).toEqual(DEFAULT_SETTINGS);
		}
	});

	it('keeps unicode and emoji titles exactly, up to 80 characters', () => {
		const titles = [
			'Gipfeltreffen – Woche 3',
			'Саммит: люди и даты',
			'峰会测验',
			'قمة',
			'🏔️👩‍👩‍👧‍👦 summit 🎉',
			'🏴\u{E0067}\u{E0062}\u{E0073}\u{E0063}\u{E0074}\u{E007F} quiz',
			'<script>alert(1)</script>',
			'%41 #hash . dots . %zz',
			'😀'.repeat(80),
			'é'.repeat(80)
		];
		for (const title of titles) expect(roundTrip(settings({ title })).title).toBe(title);
	});

	it('drops invisible characters and outer spaces from a title; a link that holds some is refused', () => {
		for (const [title, shown] of [
			['\uFEFFleading byte order mark', 'leading byte order mark'],
			['  spaced  ', 'spaced'],
			['Sum\u200Bmit\u00AD quiz\u200F', 'Summit quiz'],
			['\uFEFF', '']
		])
			expect(roundTrip(settings({ title })).title).toBe(shown);
		// Written by hand, past the encoder: the reader refuses it rather than show a hidden text.
		const hidden = forge([
			'seed42',
			CONTENT_VERSION,
			params(10, 0, 0, 0),
			textToBase64url('Qu\u200Biz')
		]);
		expect(failure(() => decodeQuizLink(hidden))).toMatchObject({ reason: 'out-of-range' });
	});

	it('returns topics in TOPICS order, each once', () => {
		const input = settings({
			topics: ['events', 'people', 'events'],
			forms: ['ask-clue', 'ask-answer']
		});
		const output = roundTrip(input);
		expect(output.topics).toEqual(['people', 'events']);
		expect(output.forms).toEqual(['ask-answer', 'ask-clue']);
	});

	it('returns plain data, with text kept as text', () => {
		const link = decodeQuizLink(
			encodeQuizLink(settings({ title: '<img src=x onerror=alert(1)>' }), 'v1')
		);
		expect(plainQuizLinkProblem(link)).toBeUndefined();
		expect(link.settings.title).toBe('<img src=x onerror=alert(1)>');
	});

	it('still reads links made by link version 1 (the format must never change)', () => {
		const golden = '1.V1StGXR8_Z.k3x9q2.KAeAFA.U3VtbWl0IPCfj5Q.VpoWe';
		const expected = settings({ timeLimit: 30, topics: ['people', 'dates'], title: 'Summit 🏔' });
		expect(decodeQuizLink(golden)).toEqual({
			settings: expected,
			contentVersion: CONTENT_VERSION,
			linkVersion: 1
		});
		expect(encodeQuizLink(expected, CONTENT_VERSION)).toBe(golden);
		expect(encodeQuizLink(DEFAULT_SETTINGS, CONTENT_VERSION)).toBe(
			'1.V1StGXR8_Z.k3x9q2.KAAAAA..hmJYc'
		);
	});
});

describe('quiz link input forms', () => {
	const fragment = encodeQuizLink(settings({ title: 'Wk 3' }), CONTENT_VERSION);
	const expected = decodeQuizLink(fragment);

	it('accepts a leading #, a full URL, percent-encoding, spaces and a final full stop', () => {
		const percent = [...fragment].map((char) => '%' + char.charCodeAt(0).toString(16)).join('');
		for (const input of [
			`#${fragment}`,
			`https://summit-quiz.example.org/play#${fragment}`,
			percent,
			`%23${fragment}`,
			encodeURIComponent(`#${fragment}`),
			`  ${fragment}\n`,
			`${fragment}.`
		]) {
			expect(decodeQuizLink(input)).toEqual(expected);
		}
	});
});

describe('quiz link errors', () => {
	const reasonOf = (input: string) => failure(() => decodeQuizLink(input)).reason;

	it('says "empty" when there is nothing to read', () => {
		for (const input of ['', '#', '   ', '%20', 'https://x.org/play#']) {
			expect(reasonOf(input)).toBe('empty');
		}
		expect(failure(() => decodeQuizLink(undefined as unknown as string)).reason).toBe('empty');
	});

	it('says "truncated" for every cut-off start of a valid link', () => {
		for (let end = 1; end < VALID.length; end++)
			expect(reasonOf(VALID.slice(0, end))).toBe('truncated');
		expect(reasonOf(encodeURIComponent('#') + '%3')).toBe('truncated');
	});

	it('says "malformed" for things that are not quiz links', () => {
		for (const input of [
			'hello',
			'<script>alert(1)</script>',
			'1.abc def',
			'%zz',
			'x'.repeat(100_000),
			'\u0000\u0000',
			'1.😀',
			'0.V1StGXR8_Z.k3x9q2.KAAA_H..abcde',
			`${VALID}.extra`
		]) {
			expect(reasonOf(input)).toBe('malformed');
		}
		expect(failure(() => decodeQuizLink(42 as unknown as string)).reason).toBe('malformed');
	});

	it('says "malformed" for fields that cannot be read even with a valid check', () => {
		const p = params(10, 0, 0, 0);
		expect(reasonOf(forge(['seed', 'v1', p, 'A']))).toBe('malformed');
		expect(reasonOf(forge(['seed', 'v1', p, 'AB']))).toBe('malformed');
		expect(reasonOf(forge(['seed', 'v1', p, '_w']))).toBe('malformed');
		expect(reasonOf(forge(['seed', 'v1', p + 'A', '']))).toBe('malformed');
		expect(reasonOf(forge(['seed', 'v1', p.slice(1), '']))).toBe('malformed');
	});

	it('says so when a result code is pasted instead', () => {
		const error = failure(() => decodeQuizLink('r1.Ab3_x-.U2Ft.K9_.CDk.UUV.abcde'));
		expect(error.reason).toBe('malformed');
		expect(error.message).toMatch(/result code/);
	});

	it('says "unknown-version" for links from a newer app', () => {
		for (const version of ['2', '3', '10', '9999']) {
			expect(reasonOf(VALID.replace(/^1\./, `${version}.`))).toBe('unknown-version');
		}
		expect(reasonOf('2')).toBe('unknown-version');
	});

	it('says "tampered" when any character after the version is changed', () => {
		for (let i = 2; i < VALID.length; i++) {
			if (VALID[i] === '.') continue;
			const other = ALPHABET[(ALPHABET.indexOf(VALID[i]) + 1 + (i % 63)) % 64];
			expect(reasonOf(VALID.slice(0, i) + other + VALID.slice(i + 1))).toBe('tampered');
		}
	});

	it('says "tampered" when neighbouring characters are swapped', () => {
		for (let i = 2; i < VALID.length - 1; i++) {
			const [here, next] = [VALID[i], VALID[i + 1]];
			if (here === next || here === '.' || next === '.') continue;
			const swapped = VALID.slice(0, i) + next + here + VALID.slice(i + 2);
			expect(reasonOf(swapped)).toBe('tampered');
		}
	});

	it('says "out-of-range" for readable settings the app cannot use', () => {
		const title = (text: string) => textToBase64url(text);
		const cases = [
			['seed', 'v1', params(0, 0, 0, 0), ''],
			['seed', 'v1', params(51, 0, 0, 0), ''],
			['seed', 'v1', params(63, 0, 0, 0), ''],
			['seed', 'v1', params(10, 4, 0, 0), ''],
			['seed', 'v1', params(10, 121, 0, 0), ''],
			['seed', 'v1', params(10, 4095, 0, 0), ''],
			['seed', 'v1', params(10, 0, 1 << TOPICS.length, 0), ''],
			['seed', 'v1', params(10, 0, 0, 1 << QUESTION_FORMS.length), ''],
			['', 'v1', params(10, 0, 0, 0), ''],
			['a'.repeat(22), 'v1', params(10, 0, 0, 0), ''],
			['seed', '', params(10, 0, 0, 0), ''],
			['seed', 'abcdefghi', params(10, 0, 0, 0), ''],
			['seed', 'v1', params(10, 0, 0, 0), title('x'.repeat(81))],
			['seed', 'v1', params(10, 0, 0, 0), title('tab\there')],
			['seed', 'v1', params(10, 0, 0, 0), title('null\u0000byte')],
			['seed', 'v1', params(10, 0, 0, 0), title('right-to-left \u202Eoverride')]
		];
		for (const fields of cases) {
			const error = failure(() => decodeQuizLink(forge(fields)));
			expect(error.reason).toBe('out-of-range');
			expect(error.message.length).toBeGreaterThan(20);
		}
	});

	it('gives every error a plain-language message', () => {
		const error = failure(() => decodeQuizLink(VALID.slice(0, -1)));
		expect(error).toBeInstanceOf(ShareLinkError);
		expect(error.name).toBe('ShareLinkError');
		expect(error.kind).toBe('quiz');
		expect(error.message).toMatch(/^[A-Z].*\.$/);
		expect(error.message).not.toMatch(/[<>{}]|undefined|NaN/);
	});
});

describe('encoding refuses quizzes that could not be opened', () => {
	it('throws out-of-range with a message for each bad setting', () => {
		const bad: [QuizSettings, string][] = [
			[settings({ count: 0 }), CONTENT_VERSION],
			[settings({ count: 51 }), CONTENT_VERSION],
			[settings({ count: 2.5 }), CONTENT_VERSION],
			[settings({ count: Number.NaN }), CONTENT_VERSION],
			[settings({ timeLimit: 4 }), CONTENT_VERSION],
			[settings({ timeLimit: 121 }), CONTENT_VERSION],
			[settings({ timeLimit: 0 }), CONTENT_VERSION],
			[settings({ seed: '' }), CONTENT_VERSION],
			[settings({ seed: 'has space' }), CONTENT_VERSION],
			[settings({ seed: 'x'.repeat(22) }), CONTENT_VERSION],
			[settings({ topics: ['volcanoes' as never] }), CONTENT_VERSION],
			[settings({ forms: ['essay' as never] }), CONTENT_VERSION],
			[settings({ title: 'x'.repeat(81) }), CONTENT_VERSION],
			[settings({ title: 'line\nbreak' }), CONTENT_VERSION],
			[settings({ title: 'lone \uD800 surrogate' }), CONTENT_VERSION],
			[DEFAULT_SETTINGS, ''],
			[DEFAULT_SETTINGS, 'toolong99'],
			[DEFAULT_SETTINGS, 'v.1']
		];
		for (const [input, contentVersion] of bad) {
			expect(quizLinkProblem(input, contentVersion)).toBeTypeOf('string');
			const error = failure(() => encodeQuizLink(input, contentVersion));
			expect(error.reason).toBe('out-of-range');
			expect(error.message).toMatch(/^This quiz can't be shared: .+\.$/);
		}
	});

	it('finds no problem with shareable settings', () => {
		expect(quizLinkProblem(DEFAULT_SETTINGS, CONTENT_VERSION)).toBeUndefined();
	});
});

describe('quizKey', () => {
	it('is short, stable and ignores the title', () => {
		const key = quizKey(DEFAULT_SETTINGS, CONTENT_VERSION);
		expect(key).toMatch(/^[A-Za-z0-9_-]{6}$/);
		expect(quizKey(settings({ title: 'Other title' }), CONTENT_VERSION)).toBe(key);
		expect(quizKey({ ...DEFAULT_SETTINGS }, CONTENT_VERSION)).toBe(key);
	});

	it('treats no topics or forms as all of them', () => {
		const all = settings({ topics: [...TOPICS], forms: [...QUESTION_FORMS] });
		expect(quizKey(all, CONTENT_VERSION)).toBe(quizKey(DEFAULT_SETTINGS, CONTENT_VERSION));
	});

	it('differs when the questions would', () => {
		const base = quizKey(DEFAULT_SETTINGS, CONTENT_VERSION);
		const variants = [
			quizKey(settings({ seed: 'V1StGXR8_Y' }), CONTENT_VERSION),
			quizKey(settings({ count: 11 }), CONTENT_VERSION),
			quizKey(settings({ topics: ['people'] }), CONTENT_VERSION),
			quizKey(settings({ forms: ['ask-clue'] }), CONTENT_VERSION),
			quizKey(settings({ timeLimit: 20 }), CONTENT_VERSION),
			quizKey(DEFAULT_SETTINGS, 'k3x9q3')
		];
		expect(new Set([base, ...variants]).size).toBe(variants.length + 1);
	});

	it('refuses settings that cannot be shared', () => {
		expect(failure(() => quizKey(settings({ count: 0 }), CONTENT_VERSION)).reason).toBe(
			'out-of-range'
		);
	});
});

describe('bit order of topics and forms', () => {
	it('is pinned: TOPICS and QUESTION_FORMS may only be appended to', () => {
		// If this fails, an entry was moved or removed and every shared link changed meaning.
		expect(TOPICS.slice(0, 7)).toEqual([
			'people',
			'places',
			'dates',
			'numbers',
			'quotes',
			'relations',
			'events'
		]);
		expect(QUESTION_FORMS.slice(0, 3)).toEqual(['ask-answer', 'true-statement', 'ask-clue']);
		// Link version 1 holds 12 topic bits and 6 form bits.
		expect(TOPICS.length).toBeLessThanOrEqual(12);
		expect(QUESTION_FORMS.length).toBeLessThanOrEqual(6);
	});
});
