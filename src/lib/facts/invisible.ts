// Invisible characters in text people type or paste: names, titles, deck text. No imports, so
// the play page, which checks a quiz link's title, carries only this.

/**
 * Characters that show nothing and only hide or disguise text: soft hyphens, zero-width spaces,
 * byte-order marks, direction marks, embeddings, overrides and isolates (which can make text read
 * backwards), invisible operators and the Hangul fillers that pass for blank names. Variation selectors stay (they choose an emoji's look), as do joiners inside a
 * word or emoji sequence and tag characters in a subdivision flag (see stripInvisible).
 */
const INVISIBLE =
	/[\u00AD\u061C\u115F\u180E\u200B\u200E\u200F\u202A-\u202E\u2060-\u2069\u206A-\u206F\u3164\uFEFF\uFFA0\uFFF9-\uFFFB\u{1D173}-\u{1D17A}]|\u034F|\u1160|\u17B4|\u17B5/gu;
/** A subdivision flag (🏴 and tag letters ending in a cancel tag), or a tag character elsewhere. */
const TAGS = /\u{1F3F4}[\u{E0020}-\u{E007E}]+\u{E007F}|[\u{E0000}-\u{E007F}]/gu;
/**
 * Zero-width joiners and non-joiners at the edges or beside a space, where they join nothing. In
 * the middle of a word they spell Persian and Indic words and emoji sequences, so they stay.
 */
const LOOSE_JOINERS = /(^|\s)[\u200C\u200D]+|[\u200C\u200D]+(?=\s|$)/gu;

/** `text` without invisible characters (see INVISIBLE), NFC-normalised and trimmed. */
export function stripInvisible(text: string): string {
	return text
		.normalize('NFC')
		.replace(INVISIBLE, '')
		.replace(TAGS, (found) => (found.length > 2 ? found : ''))
		.replace(LOOSE_JOINERS, '$1')
		.trim();
}

/** Spaces at the ends, but not U+FEFF, which String.prototype.trim also takes for a space. */
const END_SPACES =
	/^[\t-\r \u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]+|[\t-\r \u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]+$/g;

/** Whether `text` holds a character stripInvisible would remove (beyond spaces at its ends). */
export function hasInvisible(text: string): boolean {
	return stripInvisible(text) !== text.normalize('NFC').replace(END_SPACES, '');
}
