// Shared by the share tests: a seeded PRNG, sample data and checks that decoded data is plain.
import { TOPICS } from '../../../src/lib/facts/index.ts';
import {
	defaultQuizSettings,
	QUESTION_FORMS,
	type QuizSettings
} from '../../../src/lib/quiz/index.ts';
import { ShareLinkError, type QuizLink, type SharedResult } from '../../../src/lib/share/index.ts';

/** mulberry32: a tiny seeded PRNG, so every fuzz run sees the same inputs. */
export function mulberry32(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

export type Random = () => number;

export function randomInt(random: Random, n: number): number {
	return Math.floor(random() * n);
}

export function pick<T>(random: Random, items: readonly T[]): T {
	return items[randomInt(random, items.length)];
}

/** What the app makes for a normal shared quiz: 10-char nanoid seed, everything else default. */
export const DEFAULT_SETTINGS: QuizSettings = defaultQuizSettings('V1StGXR8_Z', { count: 10 });

/** A content version like the one the fact-set plugin writes (6 base36 characters). */
export const CONTENT_VERSION = 'k3x9q2';

export const SAMPLE_RESULT: SharedResult = {
	quizKey: 'Ab3_x-',
	name: 'Sam',
	score: 8420,
	answers: [true, true, false, true, true, true, false, true, true, true],
	timeMs: 83_250
};

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
	typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype;

const hasKeys = (value: object, keys: string[]): boolean =>
	JSON.stringify(Object.keys(value).sort()) === JSON.stringify(keys);

const isInteger = (value: unknown): boolean => typeof value === 'number' && Number.isInteger(value);

/** What makes `link` more than the typed plain data a QuizLink promises, or undefined. */
export function plainQuizLinkProblem(link: QuizLink): string | undefined {
	if (!isPlainObject(link) || !hasKeys(link, ['contentVersion', 'linkVersion', 'settings'])) {
		return 'link is not a plain object with the expected keys';
	}
	if (typeof link.contentVersion !== 'string' || !isInteger(link.linkVersion))
		return 'bad versions';
	const settings: unknown = link.settings;
	const keys = ['count', 'forms', 'seed', 'timeLimit', 'title', 'topics'];
	if (!isPlainObject(settings) || !hasKeys(settings, keys)) return 'settings are not plain';
	const { seed, title, count, timeLimit, topics, forms } = settings;
	if (typeof seed !== 'string' || typeof title !== 'string') return 'seed or title is not text';
	if (!isInteger(count) || !(timeLimit === null || isInteger(timeLimit))) return 'bad numbers';
	if (!Array.isArray(topics) || !topics.every((topic) => TOPICS.includes(topic)))
		return 'bad topics';
	if (!Array.isArray(forms) || !forms.every((form) => QUESTION_FORMS.includes(form)))
		return 'bad forms';
	return undefined;
}

/** What makes `result` more than the typed plain data a SharedResult promises, or undefined. */
export function plainResultProblem(result: SharedResult): string | undefined {
	if (
		!isPlainObject(result) ||
		!hasKeys(result, ['answers', 'name', 'quizKey', 'score', 'timeMs'])
	) {
		return 'result is not a plain object with the expected keys';
	}
	const { quizKey, name, score, timeMs, answers } = result as Record<string, unknown>;
	if (typeof quizKey !== 'string' || typeof name !== 'string') return 'key or name is not text';
	if (!isInteger(score) || !isInteger(timeMs)) return 'bad numbers';
	if (!Array.isArray(answers) || !answers.every((answer) => typeof answer === 'boolean')) {
		return 'answers are not booleans';
	}
	return undefined;
}

/** The ShareLinkError `run` throws; any other outcome fails the test. */
export function failure(run: () => unknown): ShareLinkError {
	try {
		run();
	} catch (error) {
		if (error instanceof ShareLinkError) return error;
		throw error;
	}
	throw new Error('expected a ShareLinkError, but nothing was thrown');
}
