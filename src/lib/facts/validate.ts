// Turns raw JSON into a FactSet, or into problems that name the file, the fact and the field.
import * as v from 'valibot';
import { FactSetError } from './errors.ts';
import { factSetSchema, VALUE_SCHEMAS } from './schema.ts';
import {
	NUMERIC_TYPES,
	type AnswerType,
	type AnswerValue,
	type Fact,
	type FactSet
} from './types.ts';
import { sameValue, wrongCandidates } from './values.ts';

/** Fewest wrong answers a fact needs for a four-option question. */
const WRONG_OPTIONS = 3;

type Problem = FactSetError;

export interface FactSetCheck {
	/** The fact set with defaults filled in; absent when there are problems. */
	factSet?: FactSet;
	/** Every problem, in file order. */
	problems: Problem[];
}

/** Validates `raw` (parsed JSON) read from `file`. */
export function checkFactSet(raw: unknown, file: string): FactSetCheck {
	const parsed = v.safeParse(factSetSchema, raw);
	if (!parsed.success)
		return { problems: parsed.issues.map((issue) => schemaProblem(issue, raw, file)) };
	const factSet = parsed.output as FactSet;
	const problems = crossCheck(factSet, file);
	return problems.length > 0 ? { problems } : { factSet, problems };
}

/** The fact set in `raw`; throws the first FactSetError when it is not valid. */
export function parseFactSet(raw: unknown, file: string): FactSet {
	const { factSet, problems } = checkFactSet(raw, file);
	if (!factSet) throw problems[0];
	return factSet;
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
		issue.expected && !issue.message.startsWith('must') ? describe(issue) : issue.message;
	return new FactSetError(file, factId, field, problem);
}

function describe(issue: v.BaseIssue<unknown>): string {
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

function crossCheck(set: FactSet, file: string): Problem[] {
	const problems: Problem[] = [];
	const seen = new Set<string>();
	for (const [type, values] of Object.entries(set.pools)) {
		values.forEach((value, i) => {
			if (!fitsType(type as AnswerType, value))
				problems.push(new FactSetError(file, undefined, `pools.${type}[${i}]`, `is not a ${type}`));
		});
	}
	for (const fact of set.facts) {
		if (seen.has(fact.id))
			problems.push(new FactSetError(file, fact.id, 'id', 'is used by more than one fact'));
		seen.add(fact.id);
		problems.push(...checkFact(fact, set, file));
	}
	return problems;
}

function checkFact(fact: Fact, set: FactSet, file: string): Problem[] {
	const problems: Problem[] = [];
	const at = (field: string, problem: string) =>
		problems.push(new FactSetError(file, fact.id, field, problem));
	const { type, value } = fact.answer;
	if (fact.statement.split('{answer}').length !== 2)
		at('statement', 'must contain {answer} exactly once');
	fact.distractors.forEach((wrong, i) => {
		if (!fitsType(type, wrong)) at(`distractors[${i}]`, `must be a ${type}, like the answer`);
		else if (sameValue(wrong, value)) at(`distractors[${i}]`, 'is the same as the answer');
		else if (fact.alsoTrue.some((right) => sameValue(right, wrong)))
			at(`distractors[${i}]`, 'is also listed in alsoTrue');
	});
	fact.alsoTrue.forEach((right, i) => {
		if (!fitsType(type, right)) at(`alsoTrue[${i}]`, `must be a ${type}, like the answer`);
	});
	const paragraph = set.article.paragraphs[fact.source.paragraph - 1];
	if (paragraph === undefined)
		at('source.paragraph', `must be between 1 and ${set.article.paragraphs.length}`);
	else if (!squash(paragraph).includes(squash(fact.source.quote)))
		at('source.quote', `is not found word for word in paragraph ${fact.source.paragraph}`);
	if (!(NUMERIC_TYPES as readonly string[]).includes(type) && type !== 'date') {
		const count = wrongCandidates(fact, set.pools[type] ?? []).length;
		if (count < WRONG_OPTIONS)
			at(
				'distractors',
				`needs at least ${WRONG_OPTIONS} wrong ${type} values (with pools.${type}), has ${count}`
			);
	}
	return problems;
}

function fitsType(type: AnswerType, value: AnswerValue): boolean {
	return v.is(VALUE_SCHEMAS[type], value);
}

/** Whitespace-insensitive form, so a quote may span the article's odd spacing. */
function squash(text: string): string {
	return text.replace(/\s+/g, ' ').trim();
}
