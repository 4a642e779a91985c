import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkFactSet } from '../../../src/lib/facts/validate.ts';
import { buildQuestion, createRng, formsFor } from '../../../src/lib/quiz';

describe('the README’s fact-set example', () => {
	it('is valid as written and makes its questions', () => {
		const readme = readFileSync('README.md', 'utf8');
		const section = readme.slice(readme.indexOf('### Writing a fact set'));
		const json = /```json\n([\s\S]*?)```/.exec(section)?.[1];
		expect(json, 'a ```json block under “Writing a fact set”').toBeDefined();
		const { factSet, problems } = checkFactSet(JSON.parse(json!), 'README.md');
		expect(problems.map((p) => p.message)).toEqual([]);
		const [fact] = factSet!.facts;
		for (const form of formsFor(factSet!, fact)) {
			const q = buildQuestion(factSet!, fact, form, createRng('readme'));
			expect(q.options).toHaveLength(4);
			expect(q.options).not.toContain('Sergei Lavrov');
		}
	});
});
