// Finding names and phrases in sentences, the same way for the generator, validator and linter.

/** Lower case, straight quotes and apostrophes, single spaces, no spaces around hyphens. */
export function normalizeText(text: string): string {
	let normal = normalized.get(text);
	if (normal === undefined) {
		normal = normalize(text);
		// A fact set repeats the same few thousand texts; the generator and linter compare them often.
		if (normalized.size > 20_000) normalized.clear();
		normalized.set(text, normal);
	}
	return normal;
}

const normalized = new Map<string, string>();

function normalize(text: string): string {
	return text
		.normalize('NFKC')
		.replace(/[‘’ʼ]/g, "'")
		.replace(/[“”]/g, '"')
		.replace(/[–—]/g, '-')
		.replace(/\s*-\s*/g, '-')
		.replace(/\s+/g, ' ')
		.trim()
		.toLowerCase();
}

/** Whether `phrase` occurs in `text` as whole words, ignoring case and typographic quotes. */
export function containsPhrase(text: string, phrase: string): boolean {
	return includesWords(normalizeText(text), normalizeText(phrase));
}

/** containsPhrase for texts already passed through normalizeText, for hot loops. */
export function includesWords(haystack: string, needle: string): boolean {
	if (needle === '') return false;
	let at = haystack.indexOf(needle);
	while (at !== -1) {
		if (!isWordChar(haystack[at - 1]) && !isWordChar(haystack[at + needle.length])) return true;
		at = haystack.indexOf(needle, at + 1);
	}
	return false;
}

/** Where `phrase` occurs as whole words, as character offsets into the normalised text. */
export function phraseOffsets(text: string, phrase: string): number[] {
	const needle = normalizeText(phrase);
	const haystack = normalizeText(text);
	const out: number[] = [];
	if (needle === '') return out;
	for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) {
		if (!isWordChar(haystack[at - 1]) && !isWordChar(haystack[at + needle.length])) out.push(at);
	}
	return out;
}

function isWordChar(char: string | undefined): boolean {
	return char !== undefined && /[\p{L}\p{N}]/u.test(char);
}

/** Edit distance (Levenshtein), for spotting near-twin names such as "Austria" and "Australia". */
export function editDistance(a: string, b: string): number {
	const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
	for (let i = 1; i <= a.length; i++) {
		let diagonal = prev[0];
		prev[0] = i;
		for (let j = 1; j <= b.length; j++) {
			const above = prev[j];
			prev[j] = Math.min(prev[j] + 1, prev[j - 1] + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
			diagonal = above;
		}
	}
	return prev[b.length];
}
