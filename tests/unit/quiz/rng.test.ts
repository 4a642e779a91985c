import { describe, expect, it } from 'vitest';
import { createRng } from '../../../src/lib/quiz';

describe('createRng', () => {
	it('repeats its sequence for a seed and differs between seeds', () => {
		const take = (seed: string) => Array.from({ length: 5 }, createRng(seed).next);
		expect(take('a')).toEqual(take('a'));
		expect(take('a')).not.toEqual(take('b'));
	});

	it('pins the sequence, so every machine generates the same quiz', () => {
		const rng = createRng('summit');
		expect(Array.from({ length: 6 }, () => rng.int(1000))).toMatchInlineSnapshot(`
			[
			  552,
			  408,
			  499,
			  462,
			  186,
			  355,
			]
		`);
	});

	it('shuffles without losing or duplicating items', () => {
		const items = [...Array(50).keys()];
		const shuffled = createRng('x').shuffle(items);
		expect(shuffled).not.toEqual(items);
		expect([...shuffled].sort((a, b) => a - b)).toEqual(items);
	});
});
