// A chosen file read as JSON: the limits hold in the worker's code as on the page.
import { describe, expect, it } from 'vitest';
import { JsonFileError, readJsonFile, readJsonText } from '../../../src/lib/storage/json-file.ts';

const file = (text: string) => new File([text], 'backup.json', { type: 'application/json' });

describe('reading a chosen JSON file', () => {
	it('gives the value, or says it is too large, too deep or not JSON', async () => {
		expect(await readJsonText({ file: file('{"a":[1,2]}'), maxChars: 100 })).toEqual({
			ok: true,
			value: { a: [1, 2] }
		});
		expect(await readJsonText({ file: file('[1,2,3]'), maxChars: 3 })).toMatchObject({
			ok: false,
			reason: 'too-large'
		});
		expect(await readJsonText({ file: file('['.repeat(100_000)), maxChars: 1e6 })).toMatchObject({
			ok: false,
			reason: 'too-deep'
		});
		expect(await readJsonText({ file: file('{nope'), maxChars: 100 })).toMatchObject({
			ok: false,
			reason: 'not-json'
		});
	});

	it('reads on the page where there are no workers, and throws a JsonFileError', async () => {
		expect(typeof Worker).toBe('undefined');
		expect(await readJsonFile(file('[1]'), 100)).toEqual([1]);
		await expect(readJsonFile(file('x'), 100)).rejects.toBeInstanceOf(JsonFileError);
	});
});
