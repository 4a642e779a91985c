import { describe, expect, it, vi } from 'vitest';

// Hundreds of seeds per test: generous time on a busy 2-core machine.
vi.setConfig({ testTimeout: 60_000 });
import { lexiconOf, type FactSet } from '../../../src/lib/facts';
import { lintRun } from '../../../src/lib/quiz/lint.ts';
import {
	countQuestions,
	defaultQuizSettings,
	formsFor,
	generateQuiz,
	QUESTION_FORMS,
	type Question,
	type QuizSettings
} from '../../../src/lib/quiz';
import { summit } from '../helpers';

const factSet = summit();
const settings = (seed: string, extra: Partial<QuizSettings> = {}): QuizSettings =>
	defaultQuizSettings(seed, { count: 10, ...extra });

/** Every option that would be a right answer to a question about this fact. */
function rightTexts(set: FactSet, factId: string): Set<string> {
	const fact = set.facts.find((f) => f.id === factId)!;
	const lexicon = lexiconOf(set);
	return new Set([fact.answer.value, ...fact.alsoTrue].map((v) => lexicon.show(fact.answer, v)));
}

/** Every fact's statement filled with a value that makes it true. */
function trueStatements(set: FactSet): Set<string> {
	const lexicon = lexiconOf(set);
	return new Set(
		set.facts.flatMap((fact) =>
			[fact.answer.value, ...fact.alsoTrue].map((v) =>
				fact.statement.replace('{answer}', lexicon.show(fact.answer, v))
			)
		)
	);
}

describe('generateQuiz', () => {
	it('gives the same questions in the same order for the same seed and settings', () => {
		const a = generateQuiz(factSet, settings('class-7b', { count: 30 }));
		const b = generateQuiz(summit(), settings('class-7b', { count: 30 }));
		expect(b).toEqual(a);
		expect(generateQuiz(factSet, settings('class-7c', { count: 30 }))).not.toEqual(a);
	});

	it('makes valid questions for hundreds of seeds', () => {
		for (let s = 0; s < 300; s++) {
			const questions = generateQuiz(factSet, settings(`seed-${s}`, { count: 20 }));
			expect(questions).toHaveLength(20);
			expect(new Set(questions.map((q) => q.id)).size).toBe(20);
			for (const q of questions) expectValid(q);
		}
	});

	it('never offers a true value or a true statement as a wrong option', () => {
		const allTrue = trueStatements(factSet);
		for (let s = 0; s < 200; s++) {
			for (const q of generateQuiz(factSet, settings(`true-${s}`, { count: 40 }))) {
				const wrong = q.options.filter((_, i) => i !== q.answer);
				if (q.form === 'ask-answer') {
					const right = rightTexts(factSet, q.factId);
					for (const option of wrong) expect(right.has(option), `${q.id}: ${option}`).toBe(false);
				} else {
					for (const option of wrong) expect(allTrue.has(option), `${q.id}: ${option}`).toBe(false);
				}
			}
		}
	});

	it('spreads the correct option evenly over the four positions', () => {
		const counts = [0, 0, 0, 0];
		for (let s = 0; s < 500; s++)
			for (const q of generateQuiz(factSet, settings(`pos-${s}`, { count: 20 })))
				counts[q.answer]++;
		const total = counts.reduce((a, b) => a + b, 0);
		// 10,000 draws: a uniform position stays within ±2 percentage points of 25% (> 4 sigma).
		for (const c of counts) expect(Math.abs(c / total - 0.25)).toBeLessThan(0.02);
	});

	it('draws wrong answers of the same type as the right one', () => {
		const lexicon = lexiconOf(factSet);
		for (let s = 0; s < 100; s++) {
			const questions = generateQuiz(
				factSet,
				settings(`type-${s}`, { count: 40, forms: ['ask-answer'] })
			);
			for (const q of questions) {
				const fact = factSet.facts.find((f) => f.id === q.factId)!;
				const wrong = q.options.filter((_, i) => i !== q.answer);
				const { type } = fact.answer;
				if (type === 'year') for (const w of wrong) expect(w, q.id).toMatch(/^\d{4}$/);
				else if (type === 'date')
					for (const w of wrong) expect(w, q.id).toMatch(/^\d{1,2} [A-Z][a-z]+ \d{4}$/);
				else if (type === 'number')
					for (const w of wrong) expect(w, q.id).toMatch(/^[\d,.]+( \S.*)?$/);
				else if (type === 'weekday') for (const w of wrong) expect(w, q.id).toMatch(/day$/);
				else {
					const sameType = factSet.entities.filter((e) => e.type === type).map((e) => e.name);
					const allowed = new Set(
						[...fact.distractors, ...sameType].map((v) => lexicon.show(fact.answer, v))
					);
					for (const w of wrong) expect(allowed.has(w), `${q.id}: ${w}`).toBe(true);
				}
			}
		}
	});

	it('offers at least two forms for every fact, and uses every form', () => {
		for (const fact of factSet.facts)
			expect(formsFor(factSet, fact).length, fact.id).toBeGreaterThanOrEqual(2);
		const used = new Set(
			generateQuiz(factSet, settings('forms', { count: 100 })).map((q) => q.form)
		);
		expect([...used].sort()).toEqual([...QUESTION_FORMS].sort());
	});

	it('assembles runs without give-aways, repeated prompts or repeated facts', () => {
		const lexicon = lexiconOf(factSet);
		for (let s = 0; s < 100; s++) {
			const questions = generateQuiz(factSet, settings(`run-${s}`, { count: 10 }));
			expect(questions).toHaveLength(10);
			expect(lintRun(lexicon, factSet, questions, factSet.facts.length)).toEqual([]);
		}
	});

	it('fills a run of one form, repeating only a form’s fixed prompt', () => {
		for (const form of QUESTION_FORMS) {
			const questions = generateQuiz(factSet, settings(`one-${form}`, { forms: [form] }));
			const prompts = questions.map((q) => q.prompt);
			if (form === 'true-statement') expect(new Set(prompts).size).toBe(1);
			else expect(new Set(prompts).size, form).toBe(questions.length);
			// "True of X" asks once per subject, so a run of that form alone may be shorter.
			if (form === 'ask-clue') expect(questions.length).toBeGreaterThanOrEqual(5);
			else expect(questions, form).toHaveLength(10);
		}
	});

	it('keeps to the chosen topics and forms, and stops when it runs out', () => {
		const questions = generateQuiz(
			factSet,
			settings('topic', { count: 500, topics: ['dates'], forms: ['ask-answer'] })
		);
		const dateFacts = factSet.facts.filter((f) => f.topic === 'dates');
		expect(questions.length).toBeGreaterThan(dateFacts.length / 2);
		expect(questions.length).toBeLessThanOrEqual(dateFacts.length);
		expect(new Set(questions.map((q) => q.factId)).size).toBe(questions.length);
		for (const q of questions) expect(q).toMatchObject({ topic: 'dates', form: 'ask-answer' });
	});

	it('cites the paragraph each question rests on', () => {
		for (const q of generateQuiz(factSet, settings('source', { count: 50 }))) {
			expect(q.source.text).toContain(q.source.quote);
			expect(q.source.text).toBe(factSet.article.paragraphs[q.source.paragraph - 1]);
		}
	});
});

function expectValid(q: Question): void {
	expect(q.options, q.id).toHaveLength(4);
	expect(new Set(q.options).size, q.id).toBe(4);
	expect(q.answer, q.id).toBeGreaterThanOrEqual(0);
	expect(q.answer, q.id).toBeLessThan(4);
	for (const option of q.options) expect(option.trim(), q.id).not.toBe('');
	if (q.form === 'ask-answer')
		expect(rightTexts(factSet, q.factId), q.id).toContain(q.options[q.answer]);
	else expect(q.options[q.answer], q.id).toBe(q.statement);
	expect(q.prompt, q.id).not.toBe('');
	expect(q.explanation, q.id).not.toBe('');
}

describe('countQuestions', () => {
	it('says how many questions generateQuiz makes, for any settings', () => {
		const cases: Partial<QuizSettings>[] = [
			{ count: 10 },
			{ count: 500 },
			{ count: 500, topics: ['dates'] },
			{ count: 500, forms: ['ask-clue'] },
			{ count: 7, topics: ['quotes', 'numbers'], forms: ['true-statement'] }
		];
		for (const extra of cases)
			expect(countQuestions(factSet, settings('count', extra)), JSON.stringify(extra)).toBe(
				generateQuiz(factSet, settings('count', extra)).length
			);
	});
});
