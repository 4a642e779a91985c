import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importDeck } from '../../../src/lib/decks/import.ts';

describe('the README’s spreadsheet example', () => {
	it('is valid as written, and is the template the Decks page offers', () => {
		const readme = readFileSync('README.md', 'utf8');
		const section = readme.slice(readme.indexOf('### Writing a deck as a spreadsheet'));
		const csv = /```csv\n([\s\S]*?)```/.exec(section)?.[1];
		expect(csv, 'a ```csv block under “Writing a deck as a spreadsheet”').toBeDefined();
		const { factSet, problems } = importDeck(csv!, { fileName: 'deck-template.csv' });
		expect(problems).toEqual([]);
		expect(factSet?.facts).toHaveLength(3);
		expect(csv).toBe(readFileSync('static/deck-template.csv', 'utf8'));
	});
});
