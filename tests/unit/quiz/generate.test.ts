import { describe, expect, it, vi } from 'vitest';

// Hundreds of seeds per test: generous time on a busy 2-core machine.
vi.setConfig({ testTimeout: 60_000 });
import { formatValue, valueKey, type FactSet } from '../../../src/lib/facts';
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
	return new Set(
		[fact.answer.value, ...fact.alsoTrue].map((v) => formatValue(fact.answer.type, v))
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

	it('never offers a true value as a wrong option', () => {
		for (let s = 0; s < 200; s++) {
			for (const q of generateQuiz(factSet, settings(`true-${s}`, { count: 40 }))) {
				const fact = factSet.facts.find((f) => f.id === q.factId)!;
				const wrong = q.options.filter((_, i) => i !== q.answer);
				if (q.form === 'ask-answer') {
					const right = rightTexts(factSet, q.factId);
					for (const option of wrong) expect(right.has(option), `${q.id}: ${option}`).toBe(false);
				} else if (q.form === 'true-statement') {
					for (const value of [fact.answer.value, ...fact.alsoTrue]) {
						const trueText = fact.statement.replace(
							'{answer}',
							formatValue(fact.answer.type, value)
						);
						expect(wrong, q.id).not.toContain(trueText);
					}
				} else {
					// ask-clue: each wrong option is another fact's statement filled with this answer.
					const key = valueKey(fact.answer.value);
					for (const other of factSet.facts) {
						const holds = [other.answer.value, ...other.alsoTrue].some((v) => valueKey(v) === key);
						if (!holds || other.answer.type !== fact.answer.type) continue;
						const text = other.statement.replace(
							'{answer}',
							formatValue(fact.answer.type, fact.answer.value)
						);
						if (other.id !== fact.id) expect(wrong, q.id).not.toContain(text);
					}
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
		const pools = factSet.pools;
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
					for (const w of wrong) expect(Number(w.replace(/,/g, '')), q.id).not.toBeNaN();
				else if (type === 'weekday') for (const w of wrong) expect(w, q.id).toMatch(/day$/);
				else {
					const allowed = new Set(
						[...fact.distractors, ...(pools[type] ?? [])].map((v) => formatValue(type, v))
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

	it('asks every fact once before asking any fact twice', () => {
		const n = factSet.facts.length;
		const questions = generateQuiz(factSet, settings('spread', { count: n + 5 }));
		expect(new Set(questions.slice(0, n).map((q) => q.factId)).size).toBe(n);
	});

	it('keeps to the chosen topics and forms, and stops when it runs out', () => {
		const questions = generateQuiz(
			factSet,
			settings('topic', { count: 500, topics: ['dates'], forms: ['ask-answer'] })
		);
		const dateFacts = factSet.facts.filter((f) => f.topic === 'dates');
		expect(questions).toHaveLength(dateFacts.length);
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
