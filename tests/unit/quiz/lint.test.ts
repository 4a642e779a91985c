import { describe, expect, it } from 'vitest';
import { lexiconOf } from '../../../src/lib/facts';
import { buildQuestion, createRng, type Question } from '../../../src/lib/quiz';
import {
	lintFact,
	lintFactSet,
	lintQuestion,
	lintRun,
	type LintRule
} from '../../../src/lib/quiz/lint.ts';
import { parseFactSet } from '../../../src/lib/facts/validate.ts';
import { miniRaw, miniSet } from './mini-set.ts';

/** The rules a hand-made question breaks. */
function rulesOf(question: Partial<Question>, factId = 'opened-by'): LintRule[] {
	const set = miniSet();
	const fact = set.facts.find((f) => f.id === factId)!;
	const base = buildQuestion(set, fact, 'ask-answer', createRng('x'));
	return lintQuestion(lexiconOf(set), fact, { ...base, ...question }).map((f) => f.rule);
}

const options = (key: string, ...wrong: string[]) => ({ options: [key, ...wrong], answer: 0 });

describe('the question linter', () => {
	it('passes a sound question', () => {
		expect(rulesOf(options('Ana Lima', 'Paulo Reis', 'Marta Sousa', 'Joana Pires'))).toEqual([]);
	});

	it('finds a name after another person’s title', () => {
		const statement = (name: string) => `Engineer ${name} opened the new bridge.`;
		expect(
			rulesOf({
				form: 'true-statement',
				prompt: 'Which of these statements is true?',
				...options(
					statement('Rui Costa'),
					statement('Ana Lima'),
					statement('Paulo Reis'),
					statement('Marta Sousa')
				)
			})
		).toContain('title-mismatch');
	});

	it('finds near twins, a stem that names its answer or an option, and a long key', () => {
		expect(rulesOf(options('Ana Lima', 'Ana Lina', 'Marta Sousa', 'Joana Pires'))).toContain(
			'near-twin-options'
		);
		expect(
			rulesOf({
				prompt: 'Who, Ana Lima or another mayor, opened it?',
				...options('Ana Lima', 'Paulo Reis', 'Marta Sousa', 'Joana Pires')
			})
		).toContain('answer-in-stem');
		expect(
			rulesOf({
				prompt: 'Who, after Paulo Reis, opened it?',
				...options('Ana Lima', 'Paulo Reis', 'Marta Sousa', 'Joana Pires')
			})
		).toContain('stem-names-option');
		expect(
			rulesOf(
				options(
					'Ana Lima, the long-serving mayor of the city',
					'Paulo Reis',
					'Marta Sousa',
					'Joana Pires'
				)
			)
		).toContain('long-key');
	});

	it('finds “1 lanes”, a bare-number subject, a missing “the” and a name twice', () => {
		expect(rulesOf(options('1 lanes', '2 lanes', '3 lanes', '4 lanes'))).toContain(
			'unit-agreement'
		);
		expect(rulesOf({ prompt: 'Which of these is true of 12?' })).toContain('bare-number-clue');
		const set = miniSet();
		const withThe = {
			...set,
			entities: [
				...set.entities,
				{
					name: 'United Provinces',
					type: 'country' as const,
					display: 'the United Provinces',
					aliases: [],
					tags: [],
					titles: []
				}
			]
		};
		const fact = set.facts[0];
		const q = {
			...buildQuestion(set, fact, 'ask-answer', createRng('t')),
			prompt: 'Which of these is true of United Provinces?'
		};
		expect(lintQuestion(lexiconOf(withThe), fact, q).map((f) => f.rule)).toContain('missing-the');
		expect(
			rulesOf({
				form: 'true-statement',
				...options(
					'Ana Lima thanked Ana Lima.',
					'Paulo Reis spoke.',
					'Marta Sousa spoke.',
					'Joana Pires spoke.'
				)
			})
		).toContain('repeated-name');
	});

	it('finds a quote without the answer and an explanation that goes beyond the article', () => {
		const set = miniSet();
		const fact = {
			...set.facts[0],
			source: { paragraph: 1, quote: 'opened the new bridge' },
			explanation: 'Ana Lima, elected in 2017, opened it.'
		};
		const rules = lintFact(set, lexiconOf(set), fact).map((f) => f.rule);
		expect(rules).toContain('quote-misses-answer');
		expect(rules).toContain('explanation-outside-article');
		const fine = lintFact(set, lexiconOf(set), set.facts[0]).map((f) => f.rule);
		expect(fine).toEqual([]);
	});

	it('finds a run whose earlier question states a later answer, or repeats a prompt or fact', () => {
		const set = miniSet();
		const lexicon = lexiconOf(set);
		const q = (id: string, form: 'ask-answer' | 'true-statement' = 'ask-answer') =>
			buildQuestion(
				set,
				set.facts.find((f) => f.id === id)!,
				form,
				createRng(id)
			);
		// "Who opened the new bridge in Porto Alto?" states the answer of "In which city…?".
		const rules = lintRun(lexicon, set, [q('opened-by'), q('bridge-city')], 6).map((f) => f.rule);
		expect(rules).toContain('run-give-away');
		expect(lintRun(lexicon, set, [q('lanes'), q('opening-day')], 6)).toEqual([]);
		const twice = lintRun(lexicon, set, [q('lanes'), q('lanes', 'true-statement')], 6).map(
			(f) => f.rule
		);
		expect(twice).toContain('run-repeated-fact');
	});

	it('accepts a reviewed exception with its reason, and flags one that no longer applies', () => {
		const raw = miniRaw();
		raw.facts[0].explanation = 'Ana Lima, elected in 2017, opened it.';
		raw.facts[0].allow = [{ rule: 'explanation-outside-article', reason: 'checked by a teacher' }];
		raw.facts[1].allow = [{ rule: 'long-key', reason: 'no longer true' }];
		const report = lintFactSet(parseFactSet(raw, 'mini.json'), 2);
		expect(report.allowed.map((f) => f.rule)).toContain('explanation-outside-article');
		expect(report.findings).toContainEqual(
			expect.objectContaining({ rule: 'stale-exception', factId: raw.facts[1].id })
		);
	});

	it('passes the made-up set over every fact, form and many runs', () => {
		expect(lintFactSet(miniSet(), 10).findings).toEqual([]);
	});
});
