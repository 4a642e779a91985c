import { describe, expect, it } from 'vitest';
import { containsPhrase, lexiconOf, neighbours } from '../../../src/lib/facts';
import {
	buildQuestion,
	createRng,
	formsFor,
	generateQuiz,
	defaultQuizSettings
} from '../../../src/lib/quiz';
import { parseFactSet } from '../../../src/lib/facts/validate.ts';
import { miniRaw, miniSet } from './mini-set.ts';

const set = miniSet();
const fact = (id: string) => set.facts.find((f) => f.id === id)!;

describe('“Which of these is true of X?”', () => {
	it('asks about an entity the fact is about, with every option about it', () => {
		for (let seed = 0; seed < 50; seed++) {
			const q = buildQuestion(set, fact('opening-day'), 'ask-clue', createRng(`clue-${seed}`));
			expect(q.form).toBe('ask-clue');
			expect(q.prompt).toBe('Which of these is true of Ana Lima?');
			for (const option of q.options) expect(option).toMatch(/Ana Lima/);
			expect(q.options[q.answer]).toBe('Ana Lima opened the bridge on a Monday.');
		}
	});

	it('makes the other options false with their own facts’ wrong values', () => {
		const lexicon = lexiconOf(set);
		const trueTexts = set.facts.map((f) =>
			f.statement.replace('{answer}', lexicon.show(f.answer, f.answer.value))
		);
		for (let seed = 0; seed < 50; seed++) {
			const q = buildQuestion(set, fact('lima-quote'), 'ask-clue', createRng(`false-${seed}`));
			q.options.forEach((option, i) => {
				if (i !== q.answer) expect(trueTexts).not.toContain(option);
			});
		}
	});

	it('uses one option per claim: two facts quoting the same words never stand side by side', () => {
		const sentence = 'The bridge cost 40 million euros and took three years to build.';
		const withTwins = miniSet([
			{
				id: 'cost',
				topic: 'numbers',
				about: ['Ana Lima'],
				question: 'How much did the bridge Ana Lima opened cost?',
				statement: 'The bridge Ana Lima opened cost {answer}.',
				answer: { type: 'term', value: '40 million euros' },
				distractors: ['4 million euros', '400 million euros', '14 million euros'],
				explanation: 'It cost 40 million euros.',
				source: { paragraph: 2, quote: sentence }
			},
			{
				id: 'build-time',
				topic: 'numbers',
				about: ['Ana Lima'],
				question: 'How long did the bridge Ana Lima opened take to build?',
				statement: 'The bridge Ana Lima opened took {answer} to build.',
				answer: { type: 'term', value: 'three years' },
				distractors: ['one year', 'ten years', 'six months'],
				explanation: 'It took three years.',
				source: { paragraph: 2, quote: sentence }
			}
		]);
		const quote = withTwins.facts.find((f) => f.id === 'lima-quote')!;
		for (let seed = 0; seed < 100; seed++) {
			const q = buildQuestion(withTwins, quote, 'ask-clue', createRng(`claim-${seed}`));
			const twins = q.options.filter((o) => o.startsWith('The bridge Ana Lima opened'));
			expect(twins.length, q.options.join(' | ')).toBeLessThanOrEqual(1);
		}
	});

	it('is offered only for facts with an entity that has three other facts about it', () => {
		expect(formsFor(set, fact('opening-day'))).toContain('ask-clue');
		// Porto Alto is named by one fact only, and "lanes" is about nothing.
		expect(formsFor(set, fact('opened-by'))).not.toContain('ask-clue');
		expect(formsFor(set, fact('lanes'))).not.toContain('ask-clue');
	});
});

describe('wrong answers', () => {
	it('are of the kind the question asks for, within its bounds, and shown with units', () => {
		for (let seed = 0; seed < 50; seed++) {
			const rng = createRng(`kind-${seed}`);
			const who = buildQuestion(set, fact('opened-by'), 'ask-answer', rng);
			// Only mayors: never the engineer, whose title would not fit "Mayor …".
			expect(who.options).not.toContain('Rui Costa');
			const year = buildQuestion(set, fact('vote-year'), 'ask-answer', rng);
			for (const option of year.options) expect(Number(option)).toBeLessThanOrEqual(2021);
			const lanes = buildQuestion(set, fact('lanes'), 'ask-answer', rng);
			expect(lanes.options[lanes.answer]).toBe('12 lanes');
			for (const option of lanes.options) expect(option).toMatch(/^\d+ lanes?$/);
		}
	});

	it('come from the set asked, even when two sets share their fact objects', () => {
		const opened = fact('opened-by');
		const withoutReis = { ...set, entities: set.entities.filter((e) => e.name !== 'Paulo Reis') };
		for (let seed = 0; seed < 30; seed++) {
			buildQuestion(set, opened, 'ask-answer', createRng(`shared-${seed}`));
			const q = buildQuestion(withoutReis, opened, 'ask-answer', createRng(`shared-${seed}`));
			expect(q.options).not.toContain('Paulo Reis');
		}
	});

	it('treat an alias as the entity it names: a true value written another way is never offered', () => {
		const raw = miniRaw();
		(raw.entities as { name: string; aliases?: string[] }[]).find(
			(e) => e.name === 'Paulo Reis'
		)!.aliases = ['Reis'];
		raw.facts[0].alsoTrue = ['Reis'];
		const withAlias = parseFactSet(raw, 'mini.json');
		for (let seed = 0; seed < 50; seed++) {
			const q = buildQuestion(withAlias, withAlias.facts[0], 'ask-answer', createRng(`a-${seed}`));
			expect(q.options).not.toContain('Paulo Reis');
		}
	});

	it('round computed numbers to the answer’s own decimals', () => {
		const decimal = { ...fact('lanes'), answer: { ...fact('lanes').answer, value: 10.7 } };
		expect(neighbours(decimal)).toEqual([0.7, 5.7, 15.7, 20.7, 25.7]);
	});

	it('never include a value the question itself names', () => {
		// "Porto Alto" is named by the question, so it is never offered as where else it might be.
		const city = miniSet([
			{
				id: 'not-here',
				topic: 'places',
				question: 'Which city, besides Porto Alto, did Ana Lima visit?',
				statement: 'Besides Porto Alto, Ana Lima visited {answer}.',
				answer: { type: 'city', value: 'Vila Nova' },
				explanation: 'Made up for the test.',
				source: { paragraph: 1, quote: 'Porto Alto' }
			}
		]);
		const f = city.facts.find((x) => x.id === 'not-here')!;
		for (let seed = 0; seed < 30; seed++) {
			const q = buildQuestion(city, f, 'ask-answer', createRng(`stem-${seed}`));
			expect(q.options).not.toContain('Porto Alto');
		}
	});
});

describe('runs', () => {
	it('give each fact once and carry the background apart from the explanation', () => {
		const withBackground = miniSet([
			{
				id: 'tram',
				topic: 'events',
				question: 'Where does the tram line on the bridge go?',
				statement: 'The tram line on the bridge goes to {answer}.',
				answer: { type: 'term', value: 'the airport' },
				distractors: ['the harbour', 'the stadium', 'the university'],
				explanation: 'The tram line goes to the airport.',
				background: 'Made-up background for the test.',
				source: { paragraph: 5, quote: 'a tram line to the airport' }
			}
		]);
		const run = generateQuiz(withBackground, defaultQuizSettings('bg', { count: 7 }));
		expect(new Set(run.map((q) => q.factId)).size).toBe(run.length);
		const tram = run.find((q) => q.factId === 'tram');
		expect(tram?.background).toBe('Made-up background for the test.');
		expect(tram?.explanation).not.toContain('Made-up');
		expect(containsPhrase(tram!.statement, 'the airport')).toBe(true);
	});
});
