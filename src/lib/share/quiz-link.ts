// Quiz settings ⇄ the text after `#` in a shared quiz link: `1.seed.content.params.title.check`.
import { MAX_TOPICS, TOPICS } from '../facts/types.ts';
import { QUESTION_FORMS, type QuizSettings } from '../quiz/types.ts';
import { base64urlToText, base64urlToUint, textToBase64url, uintToBase64url } from './base64url.ts';
import { checksum } from './checksum.ts';
import { readCode, writeCode, type CodeFormat } from './code.ts';
import { shareError, unshareable, type ShareWords } from './errors.ts';
import { textProblem } from './text.ts';
import { stripInvisible } from '../facts/invisible.ts';

/** What a shared quiz may ask for; anything else is refused when encoding and decoding. */
export const QUIZ_LINK_LIMITS = {
	minCount: 1,
	maxCount: 50,
	minTimeLimit: 5,
	maxTimeLimit: 120,
	maxTitle: 80,
	maxSeed: 21,
	maxContentVersion: 8
} as const;

/** A decoded quiz link: what to generate, and with which facts and link format it was made. */
export interface QuizLink {
	settings: QuizSettings;
	/** The fact set and generator version the link was made with; compare it with the app's own. */
	contentVersion: string;
	linkVersion: number;
}

const QUIZ_LINK_WORDS: ShareWords = {
	kind: 'quiz',
	messages: {
		empty: "There's no quiz in this link. Ask whoever shared it to send the whole link again.",
		truncated:
			'This quiz link is incomplete: part of it was probably cut off when it was copied. Copy the whole link and try again.',
		malformed:
			"This doesn't look like a Summit Quiz link. Check that you copied the whole link, exactly as it was shared.",
		'unknown-version':
			'This quiz link was made with a newer version of Summit Quiz. Reload the app to update it, then open the link again.',
		tampered:
			"This quiz link has been changed or mistyped somewhere, so it can't be opened safely. Copy the link again instead of typing it, or ask for a new one.",
		'out-of-range': "This quiz link asks for settings this version of Summit Quiz can't use"
	},
	wrongKind:
		"This is a student's result code, not a quiz link. Paste it on the results page instead."
};

/** Layout of link version 1; exported for tests that build links by hand. */
export const QUIZ_LINK_FORMAT: CodeFormat = {
	kind: 'quiz',
	words: QUIZ_LINK_WORDS,
	version: 1,
	fields: 6,
	checkDigits: 5,
	checkSeed: 0x51
};

/**
 * Params, fixed width in link version 1: count (1 digit), time limit (2, 0 = none), topics
 * (2 digits, 12 bits) and forms (1 digit, 6 bits). More topics or forms need link version 2.
 */
const PARAM_DIGITS = 6;
/** Bits past the known topics or forms: most likely a link from a newer app. */
const UNKNOWN_CHOICES =
	"it uses topics or kinds of question this app doesn't know yet. Reload the app to update it";
const ID = /^[A-Za-z0-9_-]+$/;
/** 36 bits: a teacher's quizzes will not collide, and it stays short in a result code. */
const KEY_DIGITS = 6;
const KEY_SEED = 0x4b;

/**
 * A deck's topics in its own order: a link numbers the chosen ones by their place in this list.
 * The built-in deck's are the topics of format version 1, so its older links still read the same.
 */
export type TopicList = readonly string[];

/** The fragment (without '#') for `settings`; throws ShareLinkError 'out-of-range' if it can't. */
export function encodeQuizLink(
	settings: QuizSettings,
	contentVersion: string,
	topics: TopicList = TOPICS
): string {
	const { seed } = settings;
	const title =
		typeof settings.title === 'string' ? stripInvisible(settings.title) : settings.title;
	const problem = quizLinkProblem({ ...settings, title }, contentVersion, topics);
	if (problem) throw unshareable('quiz', problem);
	return writeCode(QUIZ_LINK_FORMAT, [
		seed,
		contentVersion,
		encodeParams(settings, topics),
		textToBase64url(title)
	]);
}

/** The quiz in `fragment` (with or without '#', URL-encoded or not); throws only ShareLinkError. */
export function decodeQuizLink(fragment: string, topics: TopicList = TOPICS): QuizLink {
	const [seed, contentVersion, params, titleCode] = readCode(fragment, QUIZ_LINK_FORMAT);
	const title = base64urlToText(titleCode);
	const numbers = decodeParams(params);
	if (title === undefined || !numbers) throw shareError(QUIZ_LINK_WORDS, 'malformed');
	if (numbers.topics >= 2 ** topics.length || numbers.forms >= 2 ** QUESTION_FORMS.length) {
		throw shareError(QUIZ_LINK_WORDS, 'out-of-range', UNKNOWN_CHOICES);
	}
	const settings: QuizSettings = {
		seed,
		count: numbers.count,
		topics: fromMask(numbers.topics, topics),
		forms: fromMask(numbers.forms, QUESTION_FORMS),
		timeLimit: numbers.timeLimit === 0 ? null : numbers.timeLimit,
		title
	};
	const problem = quizLinkProblem(settings, contentVersion, topics);
	if (problem) throw shareError(QUIZ_LINK_WORDS, 'out-of-range', problem);
	return { settings, contentVersion, linkVersion: QUIZ_LINK_FORMAT.version };
}

/**
 * Short and stable id of the quiz `settings` generate, to group students' results: the title
 * is left out (it does not change the questions) and no topics or forms count as all of them.
 */
export function quizKey(
	settings: QuizSettings,
	contentVersion: string,
	topics: TopicList = TOPICS
): string {
	const problem = quizLinkProblem(settings, contentVersion, topics);
	if (problem) throw unshareable('quiz', problem);
	const whole: QuizSettings = {
		...settings,
		topics: settings.topics.length > 0 ? settings.topics : [...topics],
		forms: settings.forms.length > 0 ? settings.forms : [...QUESTION_FORMS]
	};
	const params = encodeParams(whole, topics);
	return checksum(`${settings.seed}.${contentVersion}.${params}`, KEY_DIGITS, KEY_SEED);
}

/** In plain words, why `settings` cannot be shared; undefined when they can. */
export function quizLinkProblem(
	settings: QuizSettings,
	content: string,
	topics: TopicList = TOPICS
): string | undefined {
	const { minCount, maxCount, minTimeLimit, maxTimeLimit, ...max } = QUIZ_LINK_LIMITS;
	const { seed, count, timeLimit, topics: chosenTopics, forms, title } = settings;
	if (!isId(seed, max.maxSeed)) return 'its random seed is not valid';
	if (!isId(content, max.maxContentVersion)) return 'its question set version is not valid';
	if (!isIntegerIn(count, minCount, maxCount)) {
		return `the number of questions must be between ${minCount} and ${maxCount}`;
	}
	if (timeLimit !== null && !isIntegerIn(timeLimit, minTimeLimit, maxTimeLimit)) {
		return `the time limit must be none or ${minTimeLimit} to ${maxTimeLimit} seconds a question`;
	}
	if (topics.length > MAX_TOPICS) return `its deck has more than ${MAX_TOPICS} topics`;
	if (!isListOf(chosenTopics, topics)) return "it uses a topic this deck doesn't have";
	if (!isListOf(forms, QUESTION_FORMS)) return "it uses a kind of question this app doesn't know";
	return textProblem(title, 'the title', 0, max.maxTitle);
}

function encodeParams(settings: QuizSettings, topics: TopicList): string {
	return (
		uintToBase64url(settings.count, 1) +
		uintToBase64url(settings.timeLimit ?? 0, 2) +
		uintToBase64url(toMask(settings.topics, topics), 2) +
		uintToBase64url(toMask(settings.forms, QUESTION_FORMS), 1)
	);
}

interface Params {
	count: number;
	timeLimit: number;
	topics: number;
	forms: number;
}

function decodeParams(params: string): Params | undefined {
	if (params.length !== PARAM_DIGITS) return undefined;
	const count = base64urlToUint(params.slice(0, 1));
	const timeLimit = base64urlToUint(params.slice(1, 3));
	const topics = base64urlToUint(params.slice(3, 5));
	const forms = base64urlToUint(params.slice(5, 6));
	if (
		count === undefined ||
		timeLimit === undefined ||
		topics === undefined ||
		forms === undefined
	) {
		return undefined;
	}
	return { count, timeLimit, topics, forms };
}

/**
 * Bit i stands for `all[i]`. TOPICS and QUESTION_FORMS must therefore only ever be appended to:
 * reordering or removing an entry silently changes every quiz link already shared. A deck's own
 * topics may change with its content, which changes its content version too, so links can tell.
 */
function toMask<T extends string>(chosen: readonly T[], all: readonly T[]): number {
	return chosen.reduce((mask, item) => mask | (1 << all.indexOf(item)), 0);
}

/** The chosen items in `all`'s order, each once. */
function fromMask<T extends string>(mask: number, all: readonly T[]): T[] {
	return all.filter((_, index) => (mask & (1 << index)) !== 0);
}

function isId(value: unknown, max: number): value is string {
	return typeof value === 'string' && value.length <= max && ID.test(value);
}

function isIntegerIn(value: unknown, min: number, max: number): value is number {
	return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;
}

function isListOf<T extends string>(value: unknown, all: readonly T[]): value is T[] {
	return Array.isArray(value) && value.every((item) => (all as readonly unknown[]).includes(item));
}
