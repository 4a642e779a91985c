import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
	blankFact,
	checkDraft,
	draftOf,
	emptyDraft,
	withoutParagraph,
	withParagraph,
	newFactIds,
	freeDeckId,
	withTopicRenamed,
	factsFiledUnder,
	shownProblems,
	type DeckDraft
} from '../../../src/lib/decks/draft.ts';
import { importDeck } from '../../../src/lib/decks/import.ts';
import type { FactSet } from '../../../src/lib/facts/types.ts';
import { generateQuiz } from '../../../src/lib/quiz/generate.ts';
import { defaultQuizSettings } from '../../../src/lib/quiz/types.ts';
import { summit } from '../helpers.ts';

function counter() {
	let n = 0;
	return () => `k${++n}`;
}

function apollo(): FactSet {
	const { factSet } = importDeck(readFileSync('questions/apollo-11.csv', 'utf8'), {
		fileName: 'apollo-11.csv'
	});
	if (!factSet) throw new Error('the example deck should import');
	return factSet;
}

/** A draft with one fact changed. */
function editFact(draft: DeckDraft, index: number, change: Partial<DeckDraft['facts'][number]>) {
	return {
		...draft,
		facts: draft.facts.map((fact, i) => (i === index ? { ...fact, ...change } : fact))
	};
}

describe('a deck opened in the editor and checked again, unchanged', () => {
	it.each([
		['the built-in deck', summit],
		['the example deck', apollo]
	])('%s is the same deck, with the same questions', (_, load) => {
		const factSet = load();
		const check = checkDraft(draftOf(factSet, counter()));
		expect(check.problems).toEqual([]);
		expect(check.factSet).toEqual(factSet);
		const settings = defaultQuizSettings('same', { count: 20 });
		expect(generateQuiz(check.factSet!, settings)).toEqual(generateQuiz(factSet, settings));
	});

	it('a text titled as its deck follows the deck’s new title; one titled otherwise keeps its own', () => {
		const same = apollo();
		same.article = { ...same.article, title: same.title };
		const renamed = { ...draftOf(same, counter()), title: 'Apollo 11, again' };
		expect(checkDraft(renamed).factSet?.article.title).toBe('Apollo 11, again');
		const own = apollo();
		own.article = { ...own.article, title: 'Mission report' };
		const kept = { ...draftOf(own, counter()), title: 'Apollo 11, again' };
		expect(checkDraft(kept).factSet?.article.title).toBe('Mission report');
	});
});

describe('checkDraft places every problem at the field that has it', () => {
	const draft = draftOf(apollo(), counter());

	it('an emptied question and a wrong answer equal to the answer', () => {
		const answer = draft.facts[1].answer;
		const broken = editFact(editFact(draft, 0, { question: ' ' }), 1, {
			wrong: [draft.facts[1].wrong[0], answer, draft.facts[1].wrong[2]]
		});
		const { factSet, problems } = checkDraft(broken);
		expect(factSet).toBeUndefined();
		expect(problems).toEqual([
			{
				place: { kind: 'fact', key: draft.facts[0].key, field: 'question' },
				problem: 'must not be empty'
			},
			{
				place: { kind: 'fact', key: draft.facts[1].key, field: 'wrong', item: 1 },
				problem: 'is the same as the answer'
			}
		]);
	});

	it('a quote that is not in the paragraph, and a paragraph left empty', () => {
		const broken = editFact(draft, 2, { quote: 'words the article never wrote' });
		broken.paragraphs = [...broken.paragraphs, ' '];
		const { problems } = checkDraft(broken);
		expect(problems).toContainEqual({
			place: { kind: 'fact', key: draft.facts[2].key, field: 'quote' },
			problem: expect.stringMatching(/^is not found word for word in paragraph \d+$/)
		});
		expect(problems).toContainEqual({
			place: { kind: 'paragraph', index: broken.paragraphs.length - 1 },
			problem: 'must not be empty'
		});
	});

	it('a fact filed under a topic the deck does not have', () => {
		const { problems } = checkDraft(editFact(draft, 0, { topic: 'Nowhere' }));
		expect(problems).toEqual([
			{
				place: { kind: 'fact', key: draft.facts[0].key, field: 'topic' },
				problem: expect.stringContaining('the deck’s topics')
			}
		]);
	});
});

describe('names of things follow the facts', () => {
	it('a renamed answer is never offered as a wrong answer to its own question', () => {
		const factSet = apollo();
		const index = factSet.facts.findIndex((fact) => fact.answer.value === 'Neil Armstrong');
		const draft = editFact(draftOf(factSet, counter()), index, { answer: 'Neil A. Armstrong' });
		const { factSet: edited, problems } = checkDraft(draft);
		expect(problems).toEqual([]);
		const names = edited!.entities.map((entity) => entity.name);
		expect(names).toContain('Neil A. Armstrong');
		// Unless another fact still names him.
		const stillNamed = edited!.facts.some(
			(fact) =>
				fact.answer.value === 'Neil Armstrong' ||
				fact.distractors.includes('Neil Armstrong') ||
				fact.alsoTrue.includes('Neil Armstrong')
		);
		expect(names.includes('Neil Armstrong')).toBe(stillNamed);
	});

	it('a new person answer and its wrong answers become people of the deck', () => {
		const draft = draftOf(apollo(), counter());
		const fact = {
			...blankFact('new', draft.topics[0], 1),
			question: 'Who spoke from Mission Control as CAPCOM during the landing?',
			statement: '{answer} spoke as CAPCOM during the landing.',
			answer: 'Charles Duke',
			type: 'capcom',
			wrong: ['Jim Lovell', 'Ken Mattingly', 'Bruce McCandless'],
			explanation: 'Charles Duke was the CAPCOM.',
			quote: draft.paragraphs[0].split(' ').slice(0, 4).join(' ')
		};
		const { factSet, problems, ids } = checkDraft({ ...draft, facts: [...draft.facts, fact] });
		expect(problems).toEqual([]);
		expect(
			factSet!.entities.filter((entity) => entity.type === 'capcom').map((e) => e.name)
		).toEqual(['Charles Duke', 'Jim Lovell', 'Ken Mattingly', 'Bruce McCandless']);
		// A new fact takes its id from its question, and keeps it once saved.
		expect(ids.get('new')).toBe('who-spoke-from-mission-control-as-capcom-during');
		const withFact = { ...draft, facts: [...draft.facts, fact] };
		expect(newFactIds(withFact, ids)).toEqual([
			['new', 'who-spoke-from-mission-control-as-capcom-during']
		]);
		const saved = {
			...withFact,
			facts: withFact.facts.map((each) =>
				each.key === 'new' ? { ...each, id: ids.get('new')! } : each
			)
		};
		const reworded = editFact(saved, saved.facts.length - 1, { question: 'Who was CAPCOM?' });
		expect(checkDraft(reworded).factSet!.facts.at(-1)!.id).toBe(
			'who-spoke-from-mission-control-as-capcom-during'
		);
	});
});

describe('what the editor does not show never makes a problem the teacher cannot fix', () => {
	const draft = draftOf(summit(), counter());
	const at = draft.facts.findIndex((fact) => fact.id === 'putin-dear-friend-speaker');
	const fact = draft.facts[at];
	const saved = (edited: DeckDraft) => {
		const { factSet, problems } = checkDraft(edited);
		expect(problems).toEqual([]);
		return factSet!.facts.find((each) => each.id === 'putin-dear-friend-speaker')!;
	};

	it('a sentence that no longer names a place the fact was about', () => {
		const edited = editFact(draft, at, {
			statement: '{answer} called Xi Jinping his “dear friend”.'
		});
		expect(saved(edited).about).toEqual(['Vladimir Putin', 'Xi Jinping']);
	});

	it('a quote cut short of the words that stated the answer', () => {
		const edited = editFact(draft, at, { quote: 'who also called Xi his “dear friend”' });
		expect(saved(edited).source.says).toBeUndefined();
	});

	it('a new wrong answer to a question that asks for a kind of person', () => {
		const edited = editFact(draft, at, { wrong: [...fact.wrong, 'Shavkat Mirziyoyev'] });
		const { factSet } = checkDraft(edited);
		expect(saved(edited).answer.kind).toEqual(['leader']);
		expect(factSet!.entities.find((e) => e.name === 'Shavkat Mirziyoyev')?.tags).toEqual([
			'leader'
		]);
	});

	it('a wrong answer that lacks that kind, or was listed as never to be offered', () => {
		const edited = editFact(draft, at, { wrong: [...fact.wrong, 'Wang Yi', 'Xi Jinping'] });
		expect(saved(edited).answer.kind).toEqual([]);
		expect(saved(edited).distractors).toEqual([...fact.wrong, 'Wang Yi', 'Xi Jinping']);
		expect(saved(edited).never).toEqual([]);
	});

	it('a new answer type: bounds, kinds, units and unfit values of the old one go', () => {
		const count = draft.facts.findIndex((each) => each.id === 'agreements-count');
		const asTerm = editFact(draft, count, {
			type: 'term',
			answer: 'twenty',
			wrong: ['five', 'forty', 'sixty']
		});
		const term = checkDraft(asTerm);
		expect(term.problems).toEqual([]);
		const edited = term.factSet!.facts.find((each) => each.id === 'agreements-count')!;
		expect(edited.answer).toEqual({ type: 'term', value: 'twenty', kind: [] });
		const asPlace = editFact(draft, at, { type: 'city' });
		expect(saved(asPlace).answer.kind).toEqual([]);
		expect(saved(asPlace).never).toEqual([]);
	});

	it('problems of wrong answers name the box they are in, empty boxes counted', () => {
		const edited = editFact(draft, at, {
			wrong: ['', fact.wrong[0], '', fact.answer]
		});
		expect(checkDraft(edited).problems).toEqual([
			{
				place: { kind: 'fact', key: fact.key, field: 'wrong', item: 3 },
				problem: 'is the same as the answer'
			}
		]);
	});
});

describe('editing steps', () => {
	const draft: DeckDraft = {
		...emptyDraft('d', 'D', counter()),
		paragraphs: ['one', 'two', 'three'],
		facts: [
			blankFact('a', 'General', 1),
			blankFact('b', 'General', 2),
			blankFact('c', 'General', 3)
		]
	};

	it('removing a paragraph unsets the facts that cited it and renumbers the later ones; undo restores both', () => {
		const without = withoutParagraph(draft, 1);
		expect(without.paragraphs).toEqual(['one', 'three']);
		expect(without.facts.map((fact) => fact.paragraph)).toEqual([1, 0, 2]);
		const back = withParagraph(without, 1, 'two', ['b']);
		expect(back).toEqual(draft);
	});

	it('a new deck takes an id no other deck has', () => {
		expect(freeDeckId('My deck', ['summit-2025'])).toBe('my-deck');
		expect(freeDeckId('My deck', ['my-deck', 'my-deck-2'])).toBe('my-deck-3');
		expect(freeDeckId('!!!', [])).toBe('my-deck');
	});

	it('renaming a topic refiles its facts, unless another topic has the same name', () => {
		const renamed = withTopicRenamed(draft, 0, 'Basics');
		expect(renamed.topics).toEqual(['Basics']);
		expect(renamed.facts.every((fact) => fact.topic === 'Basics')).toBe(true);
		const twice = { ...draft, topics: ['General', 'General'] };
		const split = withTopicRenamed(twice, 1, 'More');
		expect(split.topics).toEqual(['General', 'More']);
		expect(split.facts.every((fact) => fact.topic === 'General')).toBe(true);
	});

	it('a topic renamed as it is typed keeps its facts apart from a topic its name passes through', () => {
		const two: DeckDraft = {
			...draft,
			topics: ['Trade', 'Travel'],
			facts: [blankFact('a', 'Trade', 1), blankFact('b', 'Travel', 2)]
		};
		// "Travel" is retyped letter by letter as "Trader": on the way it reads "Trade".
		const carried = factsFiledUnder(two, 1);
		expect(carried).toEqual(['b']);
		let typed = two;
		for (const name of ['Trav', 'Tra', 'Trad', 'Trade', 'Trader'])
			typed = withTopicRenamed(typed, 1, name, carried);
		expect(typed.topics).toEqual(['Trade', 'Trader']);
		expect(typed.facts.map((fact) => fact.topic)).toEqual(['Trade', 'Trader']);
		// Without the facts counted when typing began, "Trade" would take both topics' facts.
		let merged = two;
		for (const name of ['Trav', 'Tra', 'Trad', 'Trade', 'Trader'])
			merged = withTopicRenamed(merged, 1, name);
		expect(merged.facts.map((fact) => fact.topic)).toEqual(['Trade', 'Trade']);
	});

	it('a new fact’s empty fields wait to be reached: the list says the fact is unfinished, not every empty field', () => {
		const deck = {
			...draft,
			paragraphs: ['one', 'two', 'three'],
			facts: [blankFact('a', 'General', 1)]
		};
		const problems = checkDraft(deck).problems;
		const quiet = shownProblems(deck, problems, {});
		expect(quiet.shown).toEqual([]);
		expect(quiet.unfinished).toEqual([
			{ key: 'a', first: problems.find((problem) => problem.place.kind === 'fact') }
		]);
		// Once the question is left empty, its problem shows and the fact is no longer listed as
		// merely unfinished.
		const left = shownProblems(deck, problems, { a: ['question'] });
		expect(left.shown.map(({ place }) => place.kind === 'fact' && place.field)).toEqual([
			'question'
		]);
		expect(left.unfinished).toEqual([]);
		// A written field's problem shows at once; a saved fact shows every problem.
		const written = editFact(deck, 0, { statement: 'No answer slot here.' });
		expect(
			shownProblems(written, checkDraft(written).problems, {}).shown.map(({ problem }) => problem)
		).toEqual(['must contain {answer} where the answer goes']);
		const saved = editFact(deck, 0, { id: 'saved-fact' });
		expect(shownProblems(saved, checkDraft(saved).problems, {}).shown).toHaveLength(
			checkDraft(saved).problems.length
		);
	});

	it('a new deck starts with what is left to fill in, named plainly', () => {
		const fields = checkDraft(emptyDraft('my-deck', 'My deck', counter())).problems.map(
			(problem) => (problem.place.kind === 'fact' ? problem.place.field : problem.place.kind)
		);
		expect(fields).toEqual(
			expect.arrayContaining([
				'paragraph',
				'question',
				'statement',
				'answer',
				'explanation',
				'quote'
			])
		);
	});
});
