// base64url (RFC 4648 §5, no padding) for bytes, text, bits and numbers, strict on the way back.

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const DIGITS = new Map([...ALPHABET].map((char, index) => [char, index]));

/** Only base64url characters (possibly none). */
export const BASE64URL = /^[A-Za-z0-9_-]*$/;

/** Longest number field we read: 8 digits is 48 bits, well inside a safe integer. */
const MAX_NUMBER_DIGITS = 8;

export function bytesToBase64url(bytes: Uint8Array): string {
	let out = '';
	for (let i = 0; i < bytes.length; i += 3) {
		const n = (bytes[i] << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
		// 1, 2 or 3 bytes need 2, 3 or 4 digits.
		const digits = Math.min(3, bytes.length - i) + 1;
		for (let k = 0; k < digits; k++) out += ALPHABET[(n >> (18 - 6 * k)) & 63];
	}
	return out;
}

/** The bytes, or undefined for a non-base64url or non-canonical string (stray trailing bits). */
export function base64urlToBytes(text: string): Uint8Array | undefined {
	if (text.length % 4 === 1) return undefined;
	const out = new Uint8Array(Math.floor((text.length * 6) / 8));
	let acc = 0;
	let bits = 0;
	let at = 0;
	for (const char of text) {
		const digit = DIGITS.get(char);
		if (digit === undefined) return undefined;
		acc = (acc << 6) | digit;
		bits += 6;
		if (bits >= 8) {
			bits -= 8;
			out[at++] = (acc >> bits) & 255;
			acc &= (1 << bits) - 1;
		}
	}
	return acc === 0 ? out : undefined;
}

export function textToBase64url(text: string): string {
	return bytesToBase64url(new TextEncoder().encode(text));
}

/** The UTF-8 text, or undefined when the bytes are not valid UTF-8; a leading BOM is kept. */
export function base64urlToText(code: string): string | undefined {
	const bytes = base64urlToBytes(code);
	if (!bytes) return undefined;
	try {
		return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
	} catch {
		return undefined;
	}
}

/** `n` (a non-negative safe integer) in exactly `width` digits, most significant first. */
export function uintToBase64url(n: number, width: number): string {
	let out = '';
	for (let k = width - 1; k >= 0; k--) out += ALPHABET[Math.floor(n / 64 ** k) % 64];
	return out;
}

/** `n` in as few digits as it needs (0 is 'A'), for fields whose length is free. */
export function uintToShortBase64url(n: number): string {
	let width = 1;
	while (64 ** width <= n) width++;
	return uintToBase64url(n, width);
}

/** The number, or undefined for no digits, a bad digit or too many digits. */
export function base64urlToUint(code: string): number | undefined {
	if (code.length === 0 || code.length > MAX_NUMBER_DIGITS) return undefined;
	let n = 0;
	for (const char of code) {
		const digit = DIGITS.get(char);
		if (digit === undefined) return undefined;
		n = n * 64 + digit;
	}
	return n;
}

/** Like base64urlToUint, but only the shortest spelling (no leading 'A') is accepted. */
export function shortBase64urlToUint(code: string): number | undefined {
	return code.length > 1 && code[0] === 'A' ? undefined : base64urlToUint(code);
}

/** Six flags per digit, first flag in the highest bit; the last digit is padded with zeros. */
export function bitsToBase64url(bits: readonly boolean[]): string {
	let out = '';
	for (let i = 0; i < bits.length; i += 6) {
		let digit = 0;
		for (let k = 0; k < 6; k++) digit = (digit << 1) | (bits[i + k] ? 1 : 0);
		out += ALPHABET[digit];
	}
	return out;
}

/** `count` flags, or undefined when the length is wrong or the padding bits are not zero. */
export function base64urlToBits(code: string, count: number): boolean[] | undefined {
	if (code.length !== Math.ceil(count / 6)) return undefined;
	const bits: boolean[] = [];
	for (let i = 0; i < code.length; i++) {
		const digit = DIGITS.get(code[i]);
		if (digit === undefined) return undefined;
		for (let k = 0; k < 6; k++) {
			const on = ((digit >> (5 - k)) & 1) === 1;
			if (i * 6 + k < count) bits.push(on);
			else if (on) return undefined;
		}
	}
	return bits;
}
