import { describe, expect, it } from 'vitest';
import { TOPICS, type FactSetError } from '../../../src/lib/facts';
import { checkFactSet } from '../../../src/lib/facts/validate.ts';
import { rawSummit, SUMMIT_FILE } from '../helpers';

function problemsOf(raw: unknown): FactSetError[] {
	return checkFactSet(raw, 'broken.json').problems;
}

describe('the summit fact set', () => {
	it('is valid and covers the article broadly', () => {
		const { factSet, problems } = checkFactSet(rawSummit(), SUMMIT_FILE);
		expect(problems.map((p) => p.message)).toEqual([]);
		expect(factSet!.facts.length).toBeGreaterThanOrEqual(40);
		const topics = new Set(factSet!.facts.map((f) => f.topic));
		for (const topic of TOPICS) expect(topics, `topic ${topic}`).toContain(topic);
	});

	it('asks and answers with real spellings, not the translation’s garbling', () => {
		const { factSet } = checkFactSet(rawSummit(), SUMMIT_FILE);
		const garbled = /Kim Jong (one|One)\b|Choe his Hu|axis of upheavals|video surveillance state/;
		const named = factSet!.entities.flatMap((e) => [e.name, e.display ?? e.name]);
		for (const text of named) expect(text).not.toMatch(garbled);
		for (const fact of factSet!.facts) {
			// Explanations may name a garbled phrase to explain it; what is asked and offered may not.
			const asked = [
				fact.question,
				fact.statement,
				...[fact.answer.value, ...fact.distractors].map(String)
			];
			for (const text of asked) expect(text, fact.id).not.toMatch(garbled);
		}
	});
});

describe('a broken fact file', () => {
	it('names the fact and field of a duplicate id', () => {
		const raw = rawSummit();
		raw.facts[1].id = raw.facts[0].id;
		const [problem] = problemsOf(raw);
		expect(problem).toMatchObject({ file: 'broken.json', factId: raw.facts[0].id, field: 'id' });
		expect(problem.message).toContain('broken.json');
	});

	it('rejects an empty source quote', () => {
		const raw = rawSummit();
		(raw.facts[2].source as { quote: string }).quote = '   ';
		const [problem] = problemsOf(raw);
		expect(problem).toMatchObject({ factId: raw.facts[2].id, field: 'source.quote' });
		expect(problem.message).toMatch(/must not be empty/);
	});

	it('rejects a quote that is not in the cited paragraph', () => {
		const raw = rawSummit();
		(raw.facts[0].source as { quote: string }).quote = 'words the article never used';
		expect(problemsOf(raw)[0]).toMatchObject({ factId: raw.facts[0].id, field: 'source.quote' });
	});

	it('rejects a quote of more than 30 words', () => {
		const raw = rawSummit();
		(raw.facts[0].source as { quote: string }).quote = Array.from(
			{ length: 31 },
			(_, i) => `word${i}`
		).join(' ');
		expect(problemsOf(raw)[0]).toMatchObject({ field: 'source.quote' });
	});

	it('rejects a distractor equal to the answer, whatever its case', () => {
		const raw = rawSummit();
		const fact = raw.facts.find((f) => typeof (f.answer as { value: unknown }).value === 'string')!;
		const answer = (fact.answer as { value: string }).value;
		fact.distractors = [answer.toUpperCase()];
		const problems = problemsOf(raw);
		expect(problems).toContainEqual(
			expect.objectContaining({ factId: fact.id, field: 'distractors[0]' })
		);
		expect(problems.find((p) => p.factId === fact.id)!.message).toMatch(/same as the answer/);
	});

	it('rejects a distractor of another type than the answer', () => {
		const raw = rawSummit();
		const fact = raw.facts.find((f) => (f.answer as { type: string }).type === 'year')!;
		fact.distractors = ['Beijing'];
		expect(problemsOf(raw)).toContainEqual(
			expect.objectContaining({ factId: fact.id, field: 'distractors[0]' })
		);
	});

	it('refuses text with an invisible character in it, naming the fact and field', () => {
		const raw = rawSummit();
		raw.facts[1].question = `Who${'\u200B'} met Xi?`;
		expect(problemsOf(raw)).toContainEqual(
			expect.objectContaining({
				factId: raw.facts[1].id,
				field: 'question',
				message: expect.stringContaining('invisible character')
			})
		);
	});

	it('refuses numbers and dates a question could not show, naming the fact and field', () => {
		for (const [type, value] of [
			['number', 1e308],
			['number', 1e-7],
			['number', -2e15],
			['date', '9999-12-31'],
			['date', '0999-01-01']
		] as const) {
			const raw = rawSummit();
			const fact = raw.facts.find((f) => (f.answer as { type: string }).type === type)!;
			(fact.answer as { value: unknown }).value = value;
			expect(problemsOf(raw), `${type} ${value}`).toContainEqual(
				expect.objectContaining({
					factId: fact.id,
					field: 'answer.value',
					message: expect.stringMatching(/cannot be shown|must fall in the years/)
				})
			);
		}
	});

	it('names the field of a missing explanation and of an answer type that is no label', () => {
		const raw = rawSummit();
		delete raw.facts[3].explanation;
		(raw.facts[4].answer as { type: string }).type = 'Planet names!';
		const problems = problemsOf(raw);
		expect(problems).toContainEqual(
			expect.objectContaining({ factId: raw.facts[3].id, field: 'explanation' })
		);
		expect(problems).toContainEqual(
			expect.objectContaining({ factId: raw.facts[4].id, field: 'answer.type' })
		);
	});

	it('takes any lower-case answer type as a kind of entity, and wants its entities listed', () => {
		const raw = rawSummit();
		(raw.facts[4].answer as { type: string }).type = 'planet';
		expect(problemsOf(raw)).toContainEqual(
			expect.objectContaining({
				factId: raw.facts[4].id,
				field: 'answer.value',
				message: expect.stringMatching(/is not a planet in "entities"/)
			})
		);
	});

	it('rejects a statement without its {answer} slot', () => {
		const raw = rawSummit();
		raw.facts[5].statement = 'A sentence with no slot.';
		expect(problemsOf(raw)).toContainEqual(
			expect.objectContaining({ factId: raw.facts[5].id, field: 'statement' })
		);
	});

	it('rejects a source paragraph the article does not have', () => {
		const raw = rawSummit();
		(raw.facts[6].source as { paragraph: number }).paragraph = 999;
		expect(problemsOf(raw)).toContainEqual(
			expect.objectContaining({ factId: raw.facts[6].id, field: 'source.paragraph' })
		);
	});

	it('rejects a fact with too few wrong answers to make four options', () => {
		const raw = rawSummit();
		const fact = raw.facts.find((f) => (f.answer as { type: string }).type === 'person')!;
		fact.distractors = [];
		(fact.answer as { kind: string[] }).kind = ['no-such-kind'];
		expect(problemsOf(raw)).toContainEqual(
			expect.objectContaining({ factId: fact.id, field: 'distractors' })
		);
	});

	it('reports a whole file that is not a fact set', () => {
		expect(problemsOf(null)[0].field).toBe('(root)');
		expect(problemsOf({ version: 3 })[0]).toMatchObject({ field: 'version' });
	});
});
