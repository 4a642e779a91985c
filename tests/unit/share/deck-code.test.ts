import { readFileSync } from 'node:fs';
import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { importDeck } from '../../../src/lib/decks/import.ts';
import { playableFactSet } from '../../../src/lib/facts/playable.ts';
import { contentVersionOf } from '../../../src/lib/quiz/generate.ts';
import { bytesToBase64url } from '../../../src/lib/share/base64url.ts';
import { checksum } from '../../../src/lib/share/checksum.ts';
import {
	decodeDeckCode,
	DECK_LINK_LIMITS,
	encodeDeckCode
} from '../../../src/lib/share/deck-code.ts';
import { ShareLinkError } from '../../../src/lib/share/errors.ts';

const apollo = importDeck(readFileSync('questions/apollo-11.csv', 'utf8'), {
	fileName: 'apollo-11.csv'
}).factSet!;
const json = JSON.stringify(playableFactSet(apollo));

async function reasonOf(code: string): Promise<string> {
	try {
		await decodeDeckCode(code);
		return 'accepted';
	} catch (error) {
		expect(error).toBeInstanceOf(ShareLinkError);
		return (error as ShareLinkError).reason;
	}
}

/** What the play page does with a code: unpack, check as a deck file, compare versions. */
async function openedVersion(code: string): Promise<string | undefined> {
	try {
		const { factSet } = importDeck(await decodeDeckCode(code), { fileName: 'deck.json' });
		return factSet ? contentVersionOf(factSet) : undefined;
	} catch {
		return undefined;
	}
}

describe('deck codes', () => {
	it('carry a deck whole: same content version after the trip, in a link of a few kB', async () => {
		const code = await encodeDeckCode(json);
		expect(code).toMatch(/^d1\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{4}$/);
		expect(await openedVersion(code)).toBe(contentVersionOf(apollo));
		// The example deck, 20 facts: JSON of about 12 kB travels as about a third of that.
		expect(code.length).toBeLessThan(DECK_LINK_LIMITS.maxLinkChars - 200);
		expect(code.length).toBeLessThan(json.length / 2);
	});

	it('tell cut, damaged, foreign and newer codes apart, in the words a student can act on', async () => {
		const code = await encodeDeckCode(json);
		expect(await reasonOf('')).toBe('empty');
		expect(await reasonOf(code.slice(0, -2))).toBe('truncated');
		expect(await reasonOf(code.slice(0, 200))).toBe('truncated');
		const flipped = code.slice(0, 100) + (code[100] === 'A' ? 'B' : 'A') + code.slice(101);
		expect(await reasonOf(flipped)).toBe('tampered');
		expect(await reasonOf('d2.abc.defg')).toBe('unknown-version');
		expect(await reasonOf('<script>alert(1)</script>')).toBe('malformed');
		expect(await reasonOf('1.seed.abc.KAAAAA..6Q38-')).toBe('malformed');
	});

	it('refuse a compressed bomb before it fills memory, and bytes that are not text', async () => {
		const forge = (bytes: Uint8Array) => {
			const packed = bytesToBase64url(deflateRawSync(bytes));
			return `d1.${packed}.${checksum(packed, 4, 0x44)}`;
		};
		const bomb = forge(new Uint8Array(DECK_LINK_LIMITS.maxJsonBytes + 10).fill(32));
		expect(bomb.length).toBeLessThan(20_000);
		expect(await reasonOf(bomb)).toBe('out-of-range');
		expect(await reasonOf(forge(new Uint8Array([0xff, 0xfe, 0x00, 0xc3])))).toBe('tampered');
		// Valid JSON, forged check and all, that is no deck: refused by the deck checks.
		expect(await openedVersion(forge(new TextEncoder().encode('{"__proto__":{"x":1}}')))).toBe(
			undefined
		);
		expect(({} as Record<string, unknown>).x).toBeUndefined();
	});

	it('never open as different content: 2,000 random edits are refused or give the same deck', async () => {
		const code = await encodeDeckCode(json);
		const original = contentVersionOf(apollo);
		let seed = 7;
		const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
		const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.';
		let changed = 0;
		for (let i = 0; i < 2_000; i++) {
			const at = Math.floor(random() * code.length);
			const edit = random();
			const char = alphabet[Math.floor(random() * alphabet.length)];
			const mutated =
				edit < 0.4
					? code.slice(0, at) + char + code.slice(at + 1)
					: edit < 0.7
						? code.slice(0, at) + code.slice(at + 1)
						: code.slice(0, at) + char + code.slice(at);
			if (mutated === code) continue;
			const version = await openedVersion(mutated);
			if (version !== undefined && version !== original) changed++;
		}
		expect(changed).toBe(0);
	});
});
