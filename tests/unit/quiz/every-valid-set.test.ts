// A property of the checks and the generator together: any fact set the checks accept makes every
// question form of every fact without throwing: four distinct options, the right one among them,
// and nothing that reads "undefined", "NaN" or "1e+308".
// Hundreds of sets are made by changing the two real decks at random (values, bounds, wrong
// answers, lists); those the checks refuse are skipped, the rest must all play.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importDeck } from '../../../src/lib/decks/import.ts';
import { checkFactSet } from '../../../src/lib/facts/validate.ts';
import { buildQuestion, formsFor } from '../../../src/lib/quiz/generate.ts';
import { createRng, type Rng } from '../../../src/lib/quiz/rng.ts';
import { rawSummit } from '../helpers.ts';

type Raw = { facts: Record<string, unknown>[] } & Record<string, unknown>;

const apollo = (): Raw =>
	JSON.parse(
		JSON.stringify(
			importDeck(readFileSync('questions/apollo-11.csv', 'utf8'), { fileName: 'a.csv' }).factSet
		)
	);

const NUMBERS = [
	0, 1, -1, 2, 7, 9.5, 10, 0.25, 12.75, 99, 100, 999, 1000, 1e6, 123456789, 9e14, -3
];
const DATES = ['1000-01-01', '1969-07-20', '2000-02-29', '2025-09-03', '2999-12-31', '1999-12-31'];
const YEARS = [1000, 1001, 1969, 2025, 2998, 2999];

/** One random change to one fact of `raw`, in place. */
function mutate(raw: Raw, rng: Rng): void {
	const fact = raw.facts[rng.int(raw.facts.length)];
	const answer = fact.answer as Record<string, unknown>;
	const wrong = (fact.distractors as unknown[] | undefined) ?? [];
	const pickValue = () =>
		answer.type === 'number'
			? rng.pick(NUMBERS)
			: answer.type === 'date'
				? rng.pick(DATES)
				: answer.type === 'year'
					? rng.pick(YEARS)
					: answer.value;
	switch (rng.int(8)) {
		case 0:
			answer.value = pickValue();
			break;
		case 1:
			fact.distractors = wrong.slice(0, rng.int(wrong.length + 1));
			break;
		case 2:
			fact.distractors = [...wrong, pickValue()];
			break;
		case 3:
			answer.min = pickValue();
			break;
		case 4:
			answer.max = pickValue();
			break;
		case 5:
			fact.alsoTrue = [pickValue()];
			break;
		case 6:
			fact.never = [pickValue()];
			break;
		default:
			// Another fact's answer for this one (types may now disagree).
			fact.answer = { ...(raw.facts[rng.int(raw.facts.length)].answer as object) };
	}
}

describe('every fact set the checks accept plays', () => {
	it('makes every form of every fact, with the answer among distinct options', () => {
		const rng = createRng('every-valid-set');
		let accepted = 0;
		for (let n = 0; n < 300; n++) {
			const raw = n % 5 === 0 ? (rawSummit() as Raw) : apollo();
			for (let changes = 1 + rng.int(3); changes > 0; changes--) mutate(raw, rng);
			const { factSet } = checkFactSet(raw, `mutated-${n}.json`);
			if (!factSet) continue;
			accepted++;
			for (const fact of factSet.facts)
				for (const form of formsFor(factSet, fact)) {
					const question = buildQuestion(factSet, fact, form, createRng(`${n}:${fact.id}`));
					const where = `set ${n}, fact ${fact.id}, ${form}`;
					expect(question.options[question.answer], where).toBeDefined();
					expect(question.options, where).toHaveLength(4);
					expect(new Set(question.options).size, where).toBe(4);
					// Every option and the prompt read as text: no value the page cannot show.
					for (const text of [question.prompt, ...question.options])
						expect(text, where).not.toMatch(/undefined|NaN|Infinity|e\+\d/);
				}
		}
		// Most changes keep the set valid; enough are tried to mean something.
		expect(accepted).toBeGreaterThan(75);
		console.info(`${accepted} of 300 changed fact sets accepted, and every one plays`);
	});
});
