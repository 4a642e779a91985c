import { describe, expect, it } from 'vitest';
import { MAX_JSON_DEPTH, parseJsonWithin, TooDeepError } from '../../../src/lib/storage/json.ts';
import { importDeck } from '../../../src/lib/decks/import.ts';
import { freshFactory, openPersistent } from './helpers.ts';

describe('JSON from files and links', () => {
	it('parses what is within the depth, counting only brackets outside strings', () => {
		const nested = '['.repeat(MAX_JSON_DEPTH) + ']'.repeat(MAX_JSON_DEPTH);
		expect(() => parseJsonWithin(nested)).not.toThrow();
		const text = JSON.stringify({ a: '[[[[{{{{ "quoted \\" [ ]', b: [1, { c: '\\\\' }] });
		expect(parseJsonWithin(text, 3)).toEqual(JSON.parse(text));
	});

	it('refuses text nested too deeply before building any of it', () => {
		const deep = '['.repeat(MAX_JSON_DEPTH + 1) + ']'.repeat(MAX_JSON_DEPTH + 1);
		expect(() => parseJsonWithin(deep)).toThrow(TooDeepError);
		// 20 MB of "[[[[…": refused in one pass, where parsing it builds millions of arrays.
		expect(() => parseJsonWithin('['.repeat(20_000_000))).toThrow(/nested more than 64 levels/);
	});

	it('a backup or deck file nested too deeply gets a plain reason, and nothing is stored', async () => {
		const deep = '['.repeat(100_000);
		const store = await openPersistent(freshFactory());
		await expect(store.importBackup(deep)).rejects.toMatchObject({ reason: 'invalid-backup' });
		expect((await store.loadCards()).cards.size).toBe(0);
		expect(importDeck(deep, { fileName: 'deep.json' }).problems).toEqual([
			{
				where: '',
				problem: 'the file cannot be read as JSON: it is nested more than 64 levels deep'
			}
		]);
	});
});
