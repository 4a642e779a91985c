import { describe, expect, it } from 'vitest';
import { hasInvisible, stripInvisible } from '../../../src/lib/facts/invisible.ts';

/**
 * Format characters (Unicode category Cf) that stay, each for a reason: they show something, or a
 * script needs them between letters.
 */
const KEPT: Record<string, [number, number]> = {
	// Arabic and Syriac number and year signs, and Kaithi number signs: drawn around the digits.
	'prepended concatenation marks': [0x600, 0x605],
	'Arabic end of ayah': [0x6dd, 0x6dd],
	'Syriac abbreviation mark': [0x70f, 0x70f],
	'Arabic pound and piastre marks above': [0x890, 0x891],
	'Arabic disputed end of ayah': [0x8e2, 0x8e2],
	'Kaithi number sign': [0x110bd, 0x110bd],
	'Kaithi number sign above': [0x110cd, 0x110cd],
	// Between two letters they spell Persian and Indic words (and emoji sequences).
	'zero-width non-joiner and joiner': [0x200c, 0x200d],
	'Egyptian hieroglyph format controls': [0x13430, 0x1343f],
	'shorthand format controls': [0x1bca0, 0x1bca3]
};
const kept = (cp: number) => Object.values(KEPT).some(([from, to]) => cp >= from && cp <= to);

describe('invisible characters', () => {
	it('removes every format (Cf) character between two letters but those kept for a reason', () => {
		const left: string[] = [];
		for (let cp = 0; cp <= 0x10ffff; cp++) {
			if (cp >= 0xd800 && cp <= 0xdfff) continue;
			const char = String.fromCodePoint(cp);
			if (!/\p{Cf}/u.test(char)) continue;
			const stripped = stripInvisible(`a${char}b`) === 'ab';
			if (stripped === kept(cp)) left.push(`U+${cp.toString(16).toUpperCase()}`);
		}
		expect(left).toEqual([]);
	});

	it('takes out what hides a name, keeps what spells one', () => {
		const cases: [string, string][] = [
			['\uFEFF', ''],
			['\u3164', ''],
			['\u115F\u1160', ''],
			['Ali\u200Bce', 'Alice'],
			['\u202EecilA', 'ecilA'],
			['so\u00ADcial', 'social'],
			['\u200DAna\u200D', 'Ana'],
			['Ana\u{E0041}\u{E0042}', 'Ana'],
			['👩\u200D💻', '👩\u200D💻'],
			['می\u200Cخواهم', 'می\u200Cخواهم'],
			['❤\uFE0F', '❤\uFE0F'],
			[
				'🏴\u{E0067}\u{E0062}\u{E0073}\u{E0063}\u{E0074}\u{E007F}',
				'🏴\u{E0067}\u{E0062}\u{E0073}\u{E0063}\u{E0074}\u{E007F}'
			],
			['e\u0301', 'é']
		];
		for (const [text, clean] of cases) {
			expect(stripInvisible(text), JSON.stringify(text)).toBe(clean);
			expect(hasInvisible(text), JSON.stringify(text)).toBe(clean !== text.normalize('NFC'));
		}
		expect(hasInvisible('  spaced  ')).toBe(false);
	});
});
