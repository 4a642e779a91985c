// "Which of these is true of X?": X is an entity the fact is about. Every option is about X:
// this fact's true statement, and three other facts about X, each made false with one of its
// own wrong values. No option is another fact's sentence with X forced into it.
import {
	containsPhrase,
	entityForms,
	type Entity,
	type Fact,
	type FactSet
} from '../../facts/index.ts';
import { wrongCandidates } from '../../facts/index.ts';
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
	supports: (context, fact) => (subjectsOf(context).get(fact)?.size ?? 0) > 0,
	compose(context, fact, rng) {
		const subjects = subjectsOf(context).get(fact);
		if (!subjects || subjects.size === 0) return undefined;
		const [subject, rivals] = rng.pick([...subjects]);
		const wrong: string[] = [];
		for (const rival of rng.shuffle(rivals)) {
			if (wrong.length === WRONG_COUNT) break;
			const [value] = pickWrongValues(context.lexicon, rival, 1, rng);
			const text = fillStatement(context, rival, value);
			if (!wrong.includes(text)) wrong.push(text);
		}
		return complete({
			prompt: `Which of these is true of ${subject.display ?? subject.name}?`,
			right: fillStatement(context, fact, fact.answer.value),
			wrong
		});
	}
};

type Subjects = Map<Entity, Fact[]>;

const cache = new WeakMap<FactSet, Map<Fact, Subjects>>();

/**
 * For each fact, the entities it can be asked "true of", each with the other facts that can
 * stand beside it as false options: facts that name the entity outside their answer, can be made
 * false, and neither state the other's answer (a true option that names a rival's answer would
 * show that rival to be false).
 */
function subjectsOf(context: FormContext): Map<Fact, Subjects> {
	let found = cache.get(context.factSet);
	if (found) return found;
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
	const trueText = new Map(
		factSet.facts.map((fact) => [fact, fillStatement(context, fact, fact.answer.value)])
	);
	const states = (fact: Fact, other: Fact) =>
		lexicon
			.forms(other.answer, other.answer.value)
			.some((form) => containsPhrase(trueText.get(fact)!, form));
	found = new Map();
	for (const fact of factSet.facts) {
		const subjects: Subjects = new Map();
		for (const name of fact.about) {
			const entity = lexicon.entity(name);
			if (!entity) continue;
			const rivals = (naming.get(entity) ?? []).filter(
				(other) =>
					other !== fact &&
					other.statement !== fact.statement &&
					!states(fact, other) &&
					!states(other, fact)
			);
			if (rivals.length >= WRONG_COUNT) subjects.set(entity, rivals);
		}
		found.set(fact, subjects);
	}
	cache.set(factSet, found);
	return found;
}
