// Turns raw JSON into a FactSet, or into problems that name the file, the fact and the field,
// in words a teacher writing a fact set can act on.
import * as v from 'valibot';
import { wrongCandidates } from './candidates.ts';
import { convertV1 } from './convert.ts';
import { FactSetError } from './errors.ts';
import { buildLexicon, entityForms, type Lexicon } from './lexicon.ts';
import { factSchema, factSetSchema, factSetV1Schema, valueSchema } from './schema.ts';
import { containsPhrase, normalizeText } from './text.ts';
import {
	COMPUTED_TYPES,
	isEntityType,
	MAX_TOPICS,
	NUMERIC_TYPES,
	type AnswerType,
	type AnswerValue,
	type Entity,
	type Fact,
	type FactSet
} from './types.ts';
import { sameValue, valueKey } from './values.ts';

/** Fewest wrong answers a fact needs for a four-option question. */
const WRONG_OPTIONS = 3;

type Problem = FactSetError;

export interface FactSetCheck {
	/** The fact set with defaults filled in; absent when there are problems. */
	factSet?: FactSet;
	/** Every problem, in file order. */
	problems: Problem[];
}

/** Validates `raw` (parsed JSON) read from `file`; a version 1 file is converted first. */
export function checkFactSet(raw: unknown, file: string): FactSetCheck {
	let input = raw;
	if ((raw as { version?: unknown } | null)?.version === 1) {
		const old = v.safeParse(factSetV1Schema, raw);
		if (!old.success)
			return { problems: old.issues.map((issue) => schemaProblem(issue, raw, file)) };
		// Pools become entities and distractors; their mistakes are named where they are written.
		const pooled = Object.entries(old.output.pools).flatMap(([type, values]) =>
			(values ?? []).flatMap((value, i) =>
				fitsType(type as AnswerType, value)
					? []
					: [new FactSetError(file, undefined, `pools.${type}[${i}]`, `is not a ${type}`)]
			)
		);
		if (pooled.length > 0) return { problems: pooled };
		input = convertV1(old.output);
	}
	const parsed = v.safeParse(factSetSchema, input);
	if (!parsed.success) {
		const problems = parsed.issues.map((issue) => schemaProblem(issue, input, file));
		// The facts that are well formed are cross-checked too, so a teacher sees every problem of
		// the file at once rather than one round per kind of problem.
		return { problems: [...problems, ...crossCheckWellFormed(input, file)] };
	}
	const { topics, ...rest } = parsed.output;
	// Undeclared topics are shown in the order the facts first use them.
	const factSet: FactSet = {
		...(rest as Omit<FactSet, 'topics'>),
		topics: topics ?? [...new Set(rest.facts.map((fact) => fact.topic))]
	};
	const problems = crossCheck(factSet, file, topics !== undefined);
	return problems.length > 0 ? { problems } : { factSet, problems };
}

/** The fact set in `raw`; throws the first FactSetError when it is not valid. */
export function parseFactSet(raw: unknown, file: string): FactSet {
	const { factSet, problems } = checkFactSet(raw, file);
	if (!factSet) throw problems[0];
	return factSet;
}

/** Cross-check problems of the facts that pass the schema, when the rest of the set does. */
function crossCheckWellFormed(input: unknown, file: string): Problem[] {
	const facts = (input as { facts?: unknown } | null)?.facts;
	if (!Array.isArray(facts)) return [];
	const wellFormed = facts.filter((fact) => v.is(factSchema, fact));
	if (wellFormed.length === 0) return [];
	const shell = v.safeParse(factSetSchema, { ...(input as object), facts: wellFormed });
	if (!shell.success) return [];
	const { topics, ...rest } = shell.output;
	const partial: FactSet = {
		...(rest as Omit<FactSet, 'topics'>),
		topics: topics ?? [...new Set(rest.facts.map((fact) => fact.topic))]
	};
	return crossCheck(partial, file, topics !== undefined);
}

function schemaProblem(issue: v.BaseIssue<unknown>, raw: unknown, file: string): Problem {
	const path = (issue.path ?? []).map((item) => item.key as string | number);
	let factId: string | undefined;
	let fieldPath = path;
	if (path[0] === 'facts' && typeof path[1] === 'number') {
		factId = factIdAt(raw, path[1]);
		fieldPath = path.slice(2);
	}
	const field =
		fieldPath.length > 0 ? dotted(fieldPath) : path.length > 0 ? dotted(path) : '(root)';
	const problem =
		issue.expected && !issue.message.startsWith('must') && !issue.message.startsWith('type must')
			? describe(issue)
			: issue.message;
	return new FactSetError(file, factId, field, problem);
}

function describe(issue: v.BaseIssue<unknown>): string {
	if (issue.received === 'undefined') return 'is missing';
	return `expected ${issue.expected}, got ${issue.received}`;
}

function factIdAt(raw: unknown, index: number): string {
	const facts = (raw as { facts?: unknown[] } | null)?.facts;
	const fact = Array.isArray(facts) ? facts[index] : undefined;
	const id = (fact as { id?: unknown } | undefined)?.id;
	return typeof id === 'string' && id !== '' ? id : `#${index + 1}`;
}

function dotted(path: (string | number)[]): string {
	return path.reduce<string>(
		(out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${key}` : key),
		''
	);
}

function crossCheck(set: FactSet, file: string, topicsDeclared: boolean): Problem[] {
	const problems: Problem[] = [];
	if (set.topics.length > MAX_TOPICS)
		problems.push(
			new FactSetError(
				file,
				undefined,
				'topics',
				`the facts use ${set.topics.length} topics; a deck can have at most ${MAX_TOPICS}`
			)
		);
	const names = new Map<string, string>();
	set.entities.forEach((entity, i) => {
		for (const [field, written] of [
			['name', entity.name],
			...entity.aliases.map((alias, j) => [`aliases[${j}]`, alias])
		]) {
			const key = `${entity.type}|${valueKey(written)}`;
			const owner = names.get(key);
			if (owner !== undefined && owner !== entity.name)
				problems.push(
					new FactSetError(
						file,
						undefined,
						`entities[${i}].${field}`,
						`"${written}" already stands for "${owner}"; one name can stand for one entity only`
					)
				);
			else if (owner === entity.name && field === 'name')
				problems.push(
					new FactSetError(file, undefined, `entities[${i}].name`, `"${written}" is listed twice`)
				);
			names.set(key, entity.name);
		}
	});
	const seen = new Set<string>();
	const lexicon = buildLexicon(set.entities);
	for (const fact of set.facts) {
		if (seen.has(fact.id))
			problems.push(new FactSetError(file, fact.id, 'id', 'is used by more than one fact'));
		seen.add(fact.id);
		if (topicsDeclared && !set.topics.includes(fact.topic))
			problems.push(
				new FactSetError(
					file,
					fact.id,
					'topic',
					`"${fact.topic}" is not in the set's "topics" (${set.topics.join(', ')})`
				)
			);
		problems.push(...checkFact(fact, set, lexicon, file));
	}
	return problems;
}

const hasBounds = (type: AnswerType) =>
	(NUMERIC_TYPES as readonly string[]).includes(type) || type === 'date';

function checkFact(fact: Fact, set: FactSet, lexicon: Lexicon, file: string): Problem[] {
	const problems: Problem[] = [];
	const at = (field: string, problem: string) =>
		problems.push(new FactSetError(file, fact.id, field, problem));
	const { type, value, kind, min, max, unit } = fact.answer;
	const entityOf = (written: AnswerValue): Entity | undefined =>
		isEntityType(type) ? lexicon.entity(written, type) : undefined;
	const notListed = (written: AnswerValue) =>
		`"${written}" is not a ${type} in "entities": add it there, with its tags, or correct the spelling`;

	if (fact.statement.split('{answer}').length !== 2)
		at('statement', 'must contain {answer} exactly once');
	if (isEntityType(type) && !entityOf(value)) at('answer.value', notListed(value));
	const unfit = valueProblem(type, value);
	if (!isEntityType(type) && unfit) at('answer.value', unfit);
	if (kind.length > 0 && !isEntityType(type))
		at('answer.kind', 'only applies to answers that are entities (their entities carry tags)');
	if (unit && type !== 'number') at('answer.unit', 'only applies to number answers');
	if ((min !== undefined || max !== undefined) && !hasBounds(type))
		at('answer.min', 'min and max only apply to year, number and date answers');
	for (const [field, bound] of [
		['answer.min', min],
		['answer.max', max]
	] as const) {
		if (bound !== undefined && hasBounds(type) && !fitsType(type, bound))
			at(field, `must be a ${type}, like the answer`);
	}
	const inBounds = (candidate: AnswerValue) =>
		(min === undefined || candidate >= min) && (max === undefined || candidate <= max);
	if (!inBounds(value))
		at('answer.value', 'is outside the answer.min and answer.max the fact sets');

	const lacksKind = (candidate: AnswerValue) => {
		const found = entityOf(candidate);
		return found ? kind.filter((tag) => !found.tags.includes(tag)) : [];
	};
	fact.distractors.forEach((wrong, i) => {
		const field = `distractors[${i}]`;
		if (!fitsType(type, wrong))
			at(field, valueProblem(type, wrong, `must be a ${type}, like the answer`)!);
		else if (sameValue(wrong, value)) at(field, 'is the same as the answer');
		else if (fact.alsoTrue.some((right) => sameValue(right, wrong)))
			at(field, 'is also listed in alsoTrue: a true value cannot be a wrong answer');
		else if (fact.never.some((unfit) => sameValue(unfit, wrong)))
			at(field, 'is also listed in never');
		else if (isEntityType(type) && !entityOf(wrong)) at(field, notListed(wrong));
		else if (lacksKind(wrong).length > 0)
			at(
				field,
				`"${wrong}" is not tagged ${lacksKind(wrong).join(', ')}, the kind of answer this question asks for (answer.kind)`
			);
		else if (hasBounds(type) && !inBounds(wrong))
			at(field, 'is outside answer.min and answer.max, so the question itself rules it out');
	});
	for (const [name, list] of [
		['alsoTrue', fact.alsoTrue],
		['never', fact.never]
	] as const) {
		list.forEach((item, i) => {
			if (!fitsType(type, item)) at(`${name}[${i}]`, `must be a ${type}, like the answer`);
		});
	}

	fact.about.forEach((name, i) => {
		const entity = lexicon.entity(name);
		if (!entity) {
			at(`about[${i}]`, `"${name}" is not in "entities": add it there, or correct the spelling`);
			return;
		}
		const template = fact.statement.replace('{answer}', ' ');
		const named = entityForms(entity).some((form) => containsPhrase(template, form));
		const isAnswer = isEntityType(type) && entityOf(value) === entity;
		if (!named && !isAnswer)
			at(
				`about[${i}]`,
				`the statement never names ${entity.name} (or an alias), so a question about ${entity.name} could not show it`
			);
	});

	const paragraph = set.article.paragraphs[fact.source.paragraph - 1];
	if (paragraph === undefined)
		at('source.paragraph', `must be between 1 and ${set.article.paragraphs.length}`);
	else if (!squash(paragraph).includes(squash(fact.source.quote)))
		at('source.quote', `is not found word for word in paragraph ${fact.source.paragraph}`);
	if (
		fact.source.says !== undefined &&
		!normalizeText(fact.source.quote).includes(normalizeText(fact.source.says))
	)
		at('source.says', 'must be words of source.quote (the words that state the answer)');

	if (problems.length === 0) {
		// The same count the generator works from: values it may offer, each reading differently.
		const count = wrongCandidates(lexicon, fact).flat().length;
		if (count < WRONG_OPTIONS)
			at(
				'distractors',
				isEntityType(type)
					? `needs at least ${WRONG_OPTIONS} wrong ${type} values that the question does not name: add distractors, or ${type} entities tagged ${kind.join(', ') || '(any)'}; has ${count}`
					: (COMPUTED_TYPES as readonly string[]).includes(type)
						? `needs at least ${WRONG_OPTIONS} wrong values; answer.min, answer.max and never leave ${count}: widen the bounds or add distractors`
						: `needs at least ${WRONG_OPTIONS} wrong answers written out that the question does not name (a ${type} has no shared list); has ${count}`
			);
	}
	return problems;
}

function fitsType(type: AnswerType, value: AnswerValue): boolean {
	return v.is(valueSchema(type), value);
}

/**
 * Why `value` is not a `type` a question can show ("must fall in the years 1000 to 2999"), or
 * undefined when it is one.
 */
function valueProblem(
	type: AnswerType,
	value: AnswerValue,
	notOfType = `must be a ${type}`
): string | undefined {
	const result = v.safeParse(valueSchema(type), value);
	if (result.success) return undefined;
	const [issue] = result.issues;
	// A wrong kind of value gets the type's name; a number or date out of range, the rule it breaks.
	return issue.kind === 'validation' ? issue.message : notOfType;
}

/** Whitespace-insensitive form, so a quote may span the article's odd spacing. */
function squash(text: string): string {
	return text.replace(/\s+/g, ' ').trim();
}
