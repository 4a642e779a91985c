// Reading JSON from files and links people bring: a file nested thousands of levels deep (50 MB of
// "[[[[…") can take the tab down while it is parsed, so its depth is measured first, building
// nothing. Real backups and decks are about 6 levels deep.

/** The deepest nesting of arrays and objects a backup or deck may have. */
export const MAX_JSON_DEPTH = 64;

/** Thrown for text nested deeper than the limit, before any of it is parsed. */
export class TooDeepError extends Error {
	constructor(readonly maxDepth: number) {
		super(`it is nested more than ${maxDepth} levels deep`);
		this.name = 'TooDeepError';
	}
}

/** JSON.parse, after checking the text's nesting in one pass; throws TooDeepError or SyntaxError. */
export function parseJsonWithin(text: string, maxDepth = MAX_JSON_DEPTH): unknown {
	let depth = 0;
	let inString = false;
	for (let i = 0; i < text.length; i++) {
		const code = text.charCodeAt(i);
		if (inString) {
			if (code === 0x5c)
				i++; // a backslash escapes the next character
			else if (code === 0x22) inString = false;
		} else if (code === 0x22) inString = true;
		else if (code === 0x5b || code === 0x7b) {
			if (++depth > maxDepth) throw new TooDeepError(maxDepth);
		} else if (code === 0x5d || code === 0x7d) depth--;
	}
	return JSON.parse(text);
}
