import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const cli = (...args: string[]) =>
	run(process.execPath, ['--import', 'tsx', 'scripts/questions.ts', ...args], { encoding: 'utf8' });

describe('npm run questions', () => {
	it('prints the same questions twice for the same seed', async () => {
		const first = await cli('--seed', 'x', '--count', '20');
		const second = await cli('--seed', 'x', '--count', '20');
		expect(second.stdout).toBe(first.stdout);
		const questions = JSON.parse(first.stdout);
		expect(questions).toHaveLength(20);
		for (const q of questions) {
			expect(Object.keys(q)).toEqual(
				expect.arrayContaining([
					'id',
					'factId',
					'topic',
					'form',
					'prompt',
					'options',
					'answer',
					'explanation',
					'source'
				])
			);
			expect(q.options).toHaveLength(4);
			expect(q.answer).toBeGreaterThanOrEqual(0);
			expect(q.source).toEqual({ paragraph: expect.any(Number), quote: expect.any(String) });
		}
	}, 30_000);

	it('keeps to a topic', async () => {
		const { stdout } = await cli('--seed', 'y', '--count', '5', '--topic', 'numbers');
		const questions = JSON.parse(stdout) as { topic: string }[];
		expect(questions.length).toBeGreaterThan(0);
		expect(new Set(questions.map((q) => q.topic))).toEqual(new Set(['numbers']));
	}, 30_000);

	it('fails on an invalid file, naming the file, the fact and the field', async () => {
		const raw = JSON.parse(readFileSync('questions/summit.json', 'utf8'));
		raw.facts[0].source.quote = '';
		const file = join(mkdtempSync(join(tmpdir(), 'facts-')), 'broken.json');
		writeFileSync(file, JSON.stringify(raw));
		const failure = await cli(file).then(
			() => undefined,
			(error: { code: number; stderr: string; stdout: string }) => error
		);
		expect(failure?.code).toBe(1);
		expect(failure?.stderr).toContain('broken.json');
		expect(failure?.stderr).toContain(`fact "${raw.facts[0].id}"`);
		expect(failure?.stderr).toContain('field "source.quote"');
		expect(failure?.stdout).toBe('');
	}, 30_000);

	it('fails on a file that is not JSON, and on bad options', async () => {
		const file = join(mkdtempSync(join(tmpdir(), 'facts-')), 'not-json.json');
		writeFileSync(file, '{ "facts": [');
		const notJson = await cli(file).catch((error: { code: number; stderr: string }) => error);
		expect(notJson).toMatchObject({ code: 1 });
		expect((notJson as { stderr: string }).stderr).toMatch(
			/not-json\.json.*cannot be read as JSON/
		);
		const badCount = await cli('--count', 'many').catch(
			(error: { code: number; stderr: string }) => error
		);
		expect(badCount).toMatchObject({ code: 2 });
	}, 30_000);
});
