// Rules for the free text people put into links and codes: quiz titles and nicknames.
import { hasInvisible } from '../facts/invisible.ts';

/**
 * Control characters, unpaired surrogates (not valid UTF-8), line/paragraph separators and bidi
 * overrides: none belongs in a one-line label, and bidi overrides can make text read backwards.
 */
const FORBIDDEN = /[\p{Cc}\p{Cs}\p{Zl}\p{Zp}\u202A-\u202E\u2066-\u2069]/u;

/** Length as people count it: an emoji or accented letter typed as one character counts once. */
export function characterCount(text: string): number {
	return Array.from(text).length;
}

/** What is wrong with `text` as the `what` (e.g. 'the title'), or undefined when it is fine. */
export function textProblem(
	text: unknown,
	what: string,
	min: number,
	max: number
): string | undefined {
	if (typeof text !== 'string') return `${what} is missing`;
	if (FORBIDDEN.test(text)) return `${what} contains invisible control characters`;
	if (hasInvisible(text)) return `${what} contains invisible characters`;
	const count = characterCount(text);
	if (count < min) return `${what} is empty`;
	if (count > max) return `${what} is longer than ${max} characters`;
	return undefined;
}
