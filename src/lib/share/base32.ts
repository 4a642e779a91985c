// Crockford's base32 (crockford.com/base32.html): digits and capitals without I, L, O and U, so
// a code can be read aloud and typed; reading folds case and the look-alikes O→0, I and L→1.

export const BASE32_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

const VALUES = new Map<string, number>();
for (const [index, char] of [...BASE32_ALPHABET].entries()) {
	VALUES.set(char, index);
	VALUES.set(char.toLowerCase(), index);
}
for (const [char, value] of [
	['O', 0],
	['o', 0],
	['I', 1],
	['i', 1],
	['L', 1],
	['l', 1]
] as const)
	VALUES.set(char, value);

/** The value 0–31 of a typed symbol (any case, look-alikes folded), or undefined. */
export function base32Value(char: string): number | undefined {
	return VALUES.get(char);
}

/** Writes numbers of any width into a stream of 5-bit symbols, first bit highest. */
export class BitWriter {
	#bits: number[] = [];

	/** `value` in exactly `width` bits (width ≤ 48). */
	uint(value: number, width: number): this {
		for (let k = width - 1; k >= 0; k--) this.#bits.push(Math.floor(value / 2 ** k) % 2);
		return this;
	}

	/** Any whole number ≥ 0 in groups of 4 bits, each after a bit saying whether more follow. */
	varint(value: number): this {
		const groups: number[] = [];
		let rest = value;
		do {
			groups.unshift(rest % 16);
			rest = Math.floor(rest / 16);
		} while (rest > 0);
		for (const [index, group] of groups.entries()) {
			this.uint(index < groups.length - 1 ? 1 : 0, 1).uint(group, 4);
		}
		return this;
	}

	bytes(bytes: Uint8Array): this {
		for (const byte of bytes) this.uint(byte, 8);
		return this;
	}

	/** The symbols, the last one padded with zero bits. */
	symbols(): number[] {
		const out: number[] = [];
		for (let i = 0; i < this.#bits.length; i += 5) {
			let symbol = 0;
			for (let k = 0; k < 5; k++) symbol = symbol * 2 + (this.#bits[i + k] ?? 0);
			out.push(symbol);
		}
		return out;
	}
}

/** Reads what BitWriter wrote; every read returns undefined past the end. */
export class BitReader {
	#bits: number[] = [];
	#at = 0;

	constructor(symbols: readonly number[]) {
		for (const symbol of symbols) for (let k = 4; k >= 0; k--) this.#bits.push((symbol >> k) & 1);
	}

	get remaining(): number {
		return this.#bits.length - this.#at;
	}

	uint(width: number): number | undefined {
		if (width > this.remaining) return undefined;
		let value = 0;
		for (let k = 0; k < width; k++) value = value * 2 + this.#bits[this.#at++];
		return value;
	}

	/** At most 13 groups (52 bits), and only the shortest spelling (no leading zero group). */
	varint(): number | undefined {
		let value = 0;
		for (let group = 0; group < 13; group++) {
			const more = this.uint(1);
			const bits = this.uint(4);
			if (more === undefined || bits === undefined) return undefined;
			if (group === 0 && bits === 0 && more === 1) return undefined;
			value = value * 16 + bits;
			if (more === 0) return value;
		}
		return undefined;
	}

	/** Every whole byte left; undefined when the padding after them is not zero. */
	restAsBytes(): Uint8Array | undefined {
		const out = new Uint8Array(Math.floor(this.remaining / 8));
		for (let i = 0; i < out.length; i++) out[i] = this.uint(8) ?? 0;
		return this.uint(this.remaining) === 0 ? out : undefined;
	}
}
