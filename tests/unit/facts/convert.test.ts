import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkFactSet } from '../../../src/lib/facts/validate.ts';
import { contentVersionOf, generateQuiz, defaultQuizSettings } from '../../../src/lib/quiz';
import { miniRaw } from '../quiz/mini-set.ts';

const V1_FILE = 'tests/fixtures/summit-v1.json';

describe('a version 1 fact set', () => {
	it('is read as it is: converted on reading, valid, and makes questions', () => {
		const { factSet, problems } = checkFactSet(JSON.parse(readFileSync(V1_FILE, 'utf8')), V1_FILE);
		expect(problems.map((p) => p.message)).toEqual([]);
		expect(factSet!.version).toBe(2);
		// Pooled and answered names become entities of their type.
		expect(factSet!.entities).toContainEqual(
			expect.objectContaining({ name: 'Beijing', type: 'city' })
		);
		expect(generateQuiz(factSet!, defaultQuizSettings('v1'))).toHaveLength(10);
	});
});

describe('version 2 checks, in words a teacher can act on', () => {
	const problemsOf = (change: (raw: ReturnType<typeof miniRaw>) => void) => {
		const raw = miniRaw();
		change(raw);
		return checkFactSet(raw, 'mini.json').problems.map((p) => p.message);
	};

	it('asks for a missing entity to be listed', () => {
		expect(
			problemsOf((raw) => ((raw.facts[0].answer as { value: string }).value = 'Ana Limma'))
		).toContainEqual(expect.stringMatching(/"Ana Limma" is not a person in "entities"/));
	});

	it('says when a distractor is not the kind of answer the question asks for', () => {
		expect(problemsOf((raw) => (raw.facts[0].distractors = ['Rui Costa']))).toContainEqual(
			expect.stringMatching(/"Rui Costa" is not tagged mayor/)
		);
	});

	it('says when a statement never names what the fact is about', () => {
		expect(problemsOf((raw) => (raw.facts[5].about = ['Ana Lima']))).toContainEqual(
			expect.stringMatching(/fact "lanes", field "about\[0\]": the statement never names Ana Lima/)
		);
	});

	it('keeps wrong values inside the bounds the question sets', () => {
		expect(problemsOf((raw) => (raw.facts[4].distractors = [2023]))).toContainEqual(
			expect.stringMatching(/distractors\[0\]": is outside answer.min and answer.max/)
		);
	});

	it('says when bounds leave too few wrong years to ask', () => {
		expect(
			problemsOf((raw) => Object.assign(raw.facts[4].answer as object, { min: 2019, max: 2021 }))
		).toContainEqual(expect.stringMatching(/vote-year.*answer.min, answer.max and never leave 2/));
	});

	it('gives a lint exception or a title no weight in the content version of shared links', () => {
		const raw = miniRaw();
		const before = contentVersionOf(checkFactSet(raw, 'mini.json').factSet!);
		raw.facts[0].allow = [{ rule: 'long-key', reason: 'reviewed' }];
		(raw.entities as { titles?: string[] }[])[0].titles = ['Mayor', 'Lady Mayor'];
		expect(contentVersionOf(checkFactSet(raw, 'mini.json').factSet!)).toBe(before);
		raw.facts[0].question = 'Who opened the bridge in Porto Alto?';
		expect(contentVersionOf(checkFactSet(raw, 'mini.json').factSet!)).not.toBe(before);
	});

	it('wants source.says to be words of the quote', () => {
		expect(
			problemsOf((raw) => ((raw.facts[0].source as { says?: string }).says = 'Mayor Lima'))
		).toContainEqual(expect.stringMatching(/source.says/));
	});

	it('refuses one name for two entities', () => {
		expect(
			problemsOf((raw) => (raw.entities as { aliases?: string[] }[])[1].aliases!.push('Lima'))
		).toContainEqual(expect.stringMatching(/"Lima" already stands for "Ana Lima"/));
	});
});
