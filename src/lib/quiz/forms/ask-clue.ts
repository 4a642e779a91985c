// "Which of these is true of X?": X is an entity the fact is about. Every option is about X:
// this fact's true statement, and three other facts about X, each made false with one of its
// own wrong values. No option is another fact's sentence with X forced into it.
import {
	containsPhrase,
	entityForms,
	includesWords,
	normalizeText,
	wrongCandidates,
	type Entity,
	type Fact
} from '../../facts/index.ts';
import { pickWrongValues } from '../distractors.ts';
import {
	complete,
	fillStatement,
	WRONG_COUNT,
	type FormContext,
	type QuestionFormModule
} from './form.ts';

export const askClue: QuestionFormModule = {
	label: 'Which is true of…',
	fixedPrompt: false,
	supports: (context, fact) => subjectsOf(context, fact).size > 0,
	compose(context, fact, rng) {
		const subjects = subjectsOf(context, fact);
		if (subjects.size === 0) return undefined;
		const [subject, rivals] = rng.pick([...subjects]);
		const wrong: string[] = [];
		const used = [fact];
		const shuffled = rng.shuffle(rivals);
		// Rivals resting on the same words of the article read as variants of one claim, so each
		// claim is used once; a repeat only when the distinct ones run out.
		for (const allowRepeat of [false, true]) {
			for (const rival of shuffled) {
				if (wrong.length === WRONG_COUNT) break;
				if (used.includes(rival)) continue;
				if (!allowRepeat && used.some((other) => sameClaim(other, rival))) continue;
				const [value] = pickWrongValues(context.lexicon, rival, 1, rng);
				const text = fillStatement(context, rival, value);
				if (wrong.includes(text)) continue;
				wrong.push(text);
				used.push(rival);
			}
		}
		return complete({
			prompt: `Which of these is true of ${subject.display ?? subject.name}?`,
			right: fillStatement(context, fact, fact.answer.value),
			wrong
		});
	}
};

type Subjects = Map<Entity, Fact[]>;

interface Memo {
	naming?: Map<Entity, Fact[]>;
	subjects: WeakMap<Fact, Subjects>;
	truth: WeakMap<Fact, { text: string; keys: string[] }>;
}

// Per context (one per fact set), then per fact: a fact shared by two sets is worked out for each.
const memos = new WeakMap<FormContext, Memo>();

function memoOf(context: FormContext): Memo {
	let memo = memos.get(context);
	if (!memo) memos.set(context, (memo = { subjects: new WeakMap(), truth: new WeakMap() }));
	return memo;
}

/**
 * The entities `fact` can be asked "true of", each with the other facts that can stand beside it
 * as false options: facts that name the entity outside their answer, can be made false, and
 * neither state the other's answer (a true option that names a rival's answer would show that
 * rival to be false). Worked out per fact when first asked, so a run pays only for its facts.
 */
function subjectsOf(context: FormContext, fact: Fact): Subjects {
	const memo = memoOf(context);
	let subjects = memo.subjects.get(fact);
	if (subjects) return subjects;
	subjects = new Map();
	const naming = namingOf(context);
	const mine = truthOf(context, fact);
	for (const name of fact.about) {
		const entity = context.lexicon.entity(name);
		if (!entity) continue;
		const rivals = (naming.get(entity) ?? []).filter((other) => {
			if (other === fact || other.statement === fact.statement) return false;
			const theirs = truthOf(context, other);
			return !states(mine.text, theirs.keys) && !states(theirs.text, mine.keys);
		});
		if (rivals.length >= WRONG_COUNT) subjects.set(entity, rivals);
	}
	memo.subjects.set(fact, subjects);
	return subjects;
}

/** Per entity, the facts that can be made false and name it outside their answer. */
function namingOf(context: FormContext): Map<Entity, Fact[]> {
	const memo = memoOf(context);
	if (memo.naming) return memo.naming;
	const { factSet, lexicon } = context;
	const naming = new Map<Entity, Fact[]>();
	for (const fact of factSet.facts) {
		if (wrongCandidates(lexicon, fact).flat().length === 0) continue;
		const template = fact.statement.replace('{answer}', ' ');
		for (const name of fact.about) {
			const entity = lexicon.entity(name);
			if (entity && entityForms(entity).some((form) => containsPhrase(template, form)))
				naming.set(entity, [...(naming.get(entity) ?? []), fact]);
		}
	}
	memo.naming = naming;
	return naming;
}

/** A fact's true statement and the ways its answer is written, normalised for matching. */
function truthOf(context: FormContext, fact: Fact): { text: string; keys: string[] } {
	const memo = memoOf(context);
	let truth = memo.truth.get(fact);
	if (!truth) {
		truth = {
			text: normalizeText(fillStatement(context, fact, fact.answer.value)),
			keys: context.lexicon.forms(fact.answer, fact.answer.value).map(normalizeText)
		};
		memo.truth.set(fact, truth);
	}
	return truth;
}

/** Whether two facts quote overlapping words of one paragraph. */
function sameClaim(a: Fact, b: Fact): boolean {
	if (a.source.paragraph !== b.source.paragraph) return false;
	const qa = normalizeText(a.source.quote);
	const qb = normalizeText(b.source.quote);
	return qa.includes(qb) || qb.includes(qa);
}

function states(text: string, keys: readonly string[]): boolean {
	return keys.some((key) => includesWords(text, key));
}
