// A whole deck carried in a link, so a class can play a teacher's own deck with no server:
// `d1.<the deck's JSON, deflate-raw compressed, in base64url>.<check>`, after `#` (never sent to a
// web server). Decoding gives raw JSON only: the caller validates it as any deck file, and
// compares its content version with the quiz link's.
import { base64urlToBytes, bytesToBase64url } from './base64url.ts';
import { checksum } from './checksum.ts';
import { shareError, type ShareWords } from './errors.ts';

/**
 * Links up to 8,192 characters survive the places teachers paste them (chat apps, learning
 * platforms, email, every current browser's address bar); longer ones are sent as a deck file.
 * A QR code is offered up to 1,200 characters: denser codes are hard to scan from a projector.
 */
export const DECK_LINK_LIMITS = {
	maxLinkChars: 8_192,
	maxQrChars: 1_200,
	/** A deck unpacks to at most this (a 2,000-fact deck is well under it); more is refused. */
	maxJsonBytes: 5_000_000
} as const;

const VERSION = 'd1';
const CHECK_DIGITS = 4;
const CHECK_SEED = 0x44;
const CODE = /^d1\.([A-Za-z0-9_-]+)\.([A-Za-z0-9_-]{4})$/;

const DECK_CODE_WORDS: ShareWords = {
	kind: 'deck',
	messages: {
		empty: "There's no deck in this link. Ask whoever shared it to send the whole link again.",
		truncated:
			'This deck link is incomplete: part of it was probably cut off when it was copied. Copy the whole link and try again, or ask for the deck file.',
		malformed:
			"This doesn't look like a Summit Quiz deck link. Check that you copied the whole link, exactly as it was shared.",
		'unknown-version':
			'This deck link was made with a newer version of Summit Quiz. Reload the app to update it, then open the link again.',
		tampered:
			"This deck link has been changed or damaged somewhere, so it can't be opened safely. Copy the link again, or ask for the deck file.",
		'out-of-range': "This deck link holds a deck Summit Quiz can't use"
	},
	wrongKind: 'This is a quiz link, not a deck.'
};

/** The deck code for `json` (a deck's playable fact set, as JSON text). */
export async function encodeDeckCode(json: string): Promise<string> {
	const packed = bytesToBase64url(await pipe(new TextEncoder().encode(json), 'compress'));
	return `${VERSION}.${packed}.${checksum(packed, CHECK_DIGITS, CHECK_SEED)}`;
}

/** The JSON text a deck code holds; throws ShareLinkError (kind 'deck') when it cannot. */
export async function decodeDeckCode(code: string): Promise<string> {
	if (code.trim() === '') throw shareError(DECK_CODE_WORDS, 'empty');
	const version = /^d(\d+)\./.exec(code);
	if (version && version[0] !== `${VERSION}.`) throw shareError(DECK_CODE_WORDS, 'unknown-version');
	const match = CODE.exec(code);
	if (!match) {
		// A deck code cut short loses its check, or part of it.
		const truncated = /^d1\.[A-Za-z0-9_-]*(\.[A-Za-z0-9_-]{0,3})?$/.test(code);
		throw shareError(DECK_CODE_WORDS, truncated ? 'truncated' : 'malformed');
	}
	const [, packed, check] = match;
	if (checksum(packed, CHECK_DIGITS, CHECK_SEED) !== check)
		throw shareError(DECK_CODE_WORDS, 'tampered');
	const bytes = base64urlToBytes(packed);
	if (!bytes) throw shareError(DECK_CODE_WORDS, 'malformed');
	let json: Uint8Array;
	try {
		json = await pipe(bytes, 'decompress', DECK_LINK_LIMITS.maxJsonBytes);
	} catch (error) {
		if (error instanceof TooLarge)
			throw shareError(DECK_CODE_WORDS, 'out-of-range', 'it is far larger than any deck');
		throw shareError(DECK_CODE_WORDS, 'tampered');
	}
	try {
		return new TextDecoder('utf-8', { fatal: true }).decode(json);
	} catch {
		throw shareError(DECK_CODE_WORDS, 'tampered');
	}
}

class TooLarge extends Error {}

/** Runs `bytes` through (De)CompressionStream 'deflate-raw'; stops past `limit` output bytes. */
async function pipe(
	bytes: Uint8Array,
	direction: 'compress' | 'decompress',
	limit = Infinity
): Promise<Uint8Array> {
	const stream =
		direction === 'compress'
			? new CompressionStream('deflate-raw')
			: new DecompressionStream('deflate-raw');
	const writer = stream.writable.getWriter();
	// Errors surface on the reading side; the writer's own promises must not go unhandled.
	writer.write(bytes as Uint8Array<ArrayBuffer>).catch(() => undefined);
	writer.close().catch(() => undefined);
	const reader = stream.readable.getReader();
	const chunks: Uint8Array[] = [];
	let size = 0;
	for (;;) {
		const { done, value } = await reader.read();
		if (done) break;
		size += value.byteLength;
		if (size > limit) {
			await reader.cancel().catch(() => undefined);
			throw new TooLarge();
		}
		chunks.push(value);
	}
	const out = new Uint8Array(size);
	let at = 0;
	for (const chunk of chunks) {
		out.set(chunk, at);
		at += chunk.byteLength;
	}
	return out;
}
