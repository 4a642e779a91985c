// A deck as the editor holds it: plain strings and lists a form can bind to, turned back into a
// fact set for the validator on every change. Entities are not edited by hand: a name used as an
// answer or wrong answer of an entity type becomes one, and one that no fact names any more goes,
// so a renamed answer can never come back as a "wrong" option.
import type { FactSetError } from '../facts/errors.ts';
import { checkFactSet } from '../facts/validate.ts';
import { entityForms } from '../facts/lexicon.ts';
import { containsPhrase, normalizeText } from '../facts/text.ts';
import { stripInvisible } from '../facts/invisible.ts';
import { sameValue, valueKey } from '../facts/values.ts';
import {
	isEntityType,
	type AnswerValue,
	type Entity,
	type Fact,
	type FactSet
} from '../facts/types.ts';
import { slugOf, toValue } from './spreadsheet.ts';

export interface DraftFact {
	/** Stable while editing (list keys, focus, undo); never stored in the fact set. */
	key: string;
	/** The fact's id once the deck has been saved with it: progress is kept by it. */
	id: string;
	topic: string;
	question: string;
	statement: string;
	answer: string;
	type: string;
	unitOne: string;
	unitOther: string;
	wrong: string[];
	alsoTrue: string[];
	explanation: string;
	background: string;
	/** 1-based paragraph of the article; 0 while none is chosen. */
	paragraph: number;
	quote: string;
	/** What the editor does not show (about, kind, bounds, never, reviewed exceptions), kept. */
	kept: Pick<Fact, 'about' | 'never' | 'allow'> & {
		kind: string[];
		min?: AnswerValue;
		max?: AnswerValue;
		says?: string;
		/** The answer type `kind`, `min`, `max` and `never` were written for. */
		forType?: string;
	};
}

export interface DeckDraft {
	id: string;
	title: string;
	description: string;
	/** The source text's own title, and how it is quoted. */
	sourceTitle: string;
	sourceNote: string;
	published?: string;
	author?: string;
	topics: string[];
	paragraphs: string[];
	facts: DraftFact[];
	/**
	 * The deck's entities as opened, in their order (the generator's order). `pool` marks those no
	 * fact named: extra wrong answers, always kept; the others stay while a fact names them.
	 */
	entities: { entity: Entity; pool: boolean }[];
}

/** Where an editor field's problem shows: a deck field, a paragraph or a fact's field. */
export type DraftPlace =
	| { kind: 'deck'; field: DeckField }
	| { kind: 'paragraph'; index: number }
	| { kind: 'fact'; key: string; field: FactField; item?: number };

export type DeckField =
	'title' | 'description' | 'sourceTitle' | 'sourceNote' | 'topics' | 'paragraphs' | 'facts';
export type FactField =
	| 'topic'
	| 'question'
	| 'statement'
	| 'answer'
	| 'type'
	| 'unit'
	| 'wrong'
	| 'alsoTrue'
	| 'explanation'
	| 'background'
	| 'paragraph'
	| 'quote'
	| 'other';

export interface DraftProblem {
	place: DraftPlace;
	problem: string;
}

export interface DraftCheck {
	/** The deck as it would be saved, when it has no problems. */
	factSet?: FactSet;
	problems: DraftProblem[];
	/** The id each fact gets in `factSet` (new facts take one from their question). */
	ids: Map<string, string>;
}

/**
 * A key for a fact while it is edited. It only has to differ from the other facts' keys in the
 * same draft, so a random word does; nanoid would cost the pages that share it a chunk.
 */
export function newDraftKey(): string {
	return Math.random().toString(36).slice(2, 10);
}

/** The draft of a saved (validated) deck. */
export function draftOf(factSet: FactSet, newKey: () => string): DeckDraft {
	const named = new Set(factSet.facts.flatMap(namesOf));
	const isNamed = (entity: Entity) =>
		[entity.name, ...entity.aliases].some((name) => named.has(nameKey(entity.type, name)));
	return {
		id: factSet.id,
		title: factSet.title,
		description: factSet.description ?? '',
		// Left empty when it is the deck's title, so it follows a new title rather than keep the old.
		sourceTitle: factSet.article.title === factSet.title ? '' : factSet.article.title,
		sourceNote: factSet.article.note ?? '',
		published: factSet.article.published,
		author: factSet.article.author,
		topics: [...factSet.topics],
		paragraphs: [...factSet.article.paragraphs],
		facts: factSet.facts.map((fact) => draftFactOf(fact, newKey())),
		entities: factSet.entities.map((entity) => ({ entity, pool: !isNamed(entity) }))
	};
}

/** A new, empty deck: one topic, one paragraph and one fact to fill in. */
export function emptyDraft(id: string, title: string, newKey: () => string): DeckDraft {
	return {
		id,
		title,
		description: '',
		sourceTitle: '',
		sourceNote: '',
		topics: ['General'],
		paragraphs: [''],
		facts: [blankFact(newKey(), 'General', 1)],
		entities: []
	};
}

export function blankFact(key: string, topic: string, paragraph: number): DraftFact {
	return {
		key,
		id: '',
		topic,
		question: '',
		statement: '',
		answer: '',
		type: 'term',
		unitOne: '',
		unitOther: '',
		wrong: ['', '', ''],
		alsoTrue: [],
		explanation: '',
		background: '',
		paragraph,
		quote: '',
		kept: { about: [], never: [], allow: [], kind: [] }
	};
}

function draftFactOf(fact: Fact, key: string): DraftFact {
	const { answer, source } = fact;
	return {
		key,
		id: fact.id,
		topic: fact.topic,
		question: fact.question,
		statement: fact.statement,
		answer: String(answer.value),
		type: answer.type,
		unitOne: answer.unit?.one ?? '',
		unitOther: answer.unit?.other ?? '',
		wrong: fact.distractors.map(String),
		alsoTrue: fact.alsoTrue.map(String),
		explanation: fact.explanation,
		background: fact.background ?? '',
		paragraph: source.paragraph,
		quote: source.quote,
		kept: {
			about: [...fact.about],
			never: [...fact.never],
			allow: fact.allow.map((exception) => ({ ...exception })),
			kind: [...answer.kind],
			...(answer.min !== undefined ? { min: answer.min } : {}),
			...(answer.max !== undefined ? { max: answer.max } : {}),
			...(source.says !== undefined ? { says: source.says } : {}),
			forType: answer.type
		}
	};
}

/** The entity names a fact uses, as `type|name` keys. */
function namesOf(fact: Fact): string[] {
	const { type } = fact.answer;
	const values = isEntityType(type)
		? [fact.answer.value, ...fact.distractors, ...fact.alsoTrue, ...fact.never]
		: [];
	return values.map((value) => nameKey(type, String(value)));
}

const nameKey = (type: string, name: string) => `${type}|${valueKey(name)}`;

/** Where each written wrong answer and "also true" value sits among the fact's list fields. */
interface Positions {
	wrong: number[];
	alsoTrue: number[];
}

/**
 * The fact-set input the draft stands for, the id each fact gets in it, and where each written
 * (non-empty) list item stands in the editor's list, to place the validator's problems.
 *
 * What the editor does not show (`kept`) must never cause a problem the teacher cannot see or
 * fix, so it is kept only while it still fits what was written: bounds, kinds and unfit values
 * while the answer type is unchanged, `about` names while the sentence still names them, the
 * words that state the answer while the quote still holds them.
 */
export function inputOf(draft: DeckDraft): {
	input: Record<string, unknown>;
	ids: Map<string, string>;
	positions: Map<string, Positions>;
} {
	const ids = factIds(draft.facts);
	const positions = new Map<string, Positions>();
	// What the teacher cannot see cannot be fixed: invisible characters pasted in are dropped.
	const text = stripInvisible;
	const optional = (name: string, value: string | undefined) =>
		value !== undefined && value.trim() !== '' ? { [name]: value.trim() } : {};
	const keptFor = draft.facts.map((fact) => keptOf(fact, draft.entities));
	const entities = entitiesOf(draft, keptFor);
	const lexicon = new Map(
		entities.flatMap((entity) =>
			[entity.name, ...entity.aliases].map((name) => [nameKey(entity.type, name), entity] as const)
		)
	);
	const facts = draft.facts.map((fact, index) => {
		const type = text(fact.type).toLowerCase();
		const value = (written: string) => toValue(type, written.trim());
		const written = (list: string[]) =>
			list.flatMap((item, at) => (item.trim() === '' ? [] : [at]));
		const places = { wrong: written(fact.wrong), alsoTrue: written(fact.alsoTrue) };
		positions.set(fact.key, places);
		const wrong = places.wrong.map((at) => value(fact.wrong[at]));
		const kept = keptFor[index];
		// A wrong answer the teacher wrote is of the kind asked for; when a listed name lacks the
		// kind's tags, the fact keeps its own wrong answers and drops the kind instead.
		const tagged = (name: string) => {
			const entity = lexicon.get(nameKey(type, name));
			return entity !== undefined && kept.kind.every((tag) => entity.tags.includes(tag));
		};
		const kind = places.wrong.every((at) => tagged(fact.wrong[at])) ? kept.kind : [];
		const unitOne = text(fact.unitOne);
		return {
			id: ids.get(fact.key),
			topic: text(fact.topic),
			about: kept.about,
			question: text(fact.question),
			statement: text(fact.statement),
			answer: {
				type,
				value: value(fact.answer),
				kind,
				...(kept.min !== undefined ? { min: kept.min } : {}),
				...(kept.max !== undefined ? { max: kept.max } : {}),
				// The unit boxes show only for numbers, so a unit left from before counts only there.
				...(unitOne && type === 'number'
					? { unit: { one: unitOne, other: text(fact.unitOther) || `${unitOne}s` } }
					: {})
			},
			distractors: wrong,
			alsoTrue: places.alsoTrue.map((at) => value(fact.alsoTrue[at])),
			// A value written as a wrong answer is no longer one that must never be offered.
			never: kept.never.filter((unfit) => !wrong.some((each) => sameValue(each, unfit))),
			explanation: text(fact.explanation),
			...optional('background', fact.background),
			source: {
				paragraph: fact.paragraph,
				quote: text(fact.quote),
				...(kept.says !== undefined ? { says: kept.says } : {})
			},
			allow: fact.kept.allow
		};
	});
	const input = {
		version: 2,
		id: draft.id,
		title: text(draft.title),
		...optional('description', draft.description),
		topics: draft.topics.map(text),
		article: {
			title: text(draft.sourceTitle) || text(draft.title),
			...optional('published', draft.published),
			...optional('author', draft.author),
			...optional('note', draft.sourceNote),
			paragraphs: draft.paragraphs.map(text)
		},
		entities,
		facts
	};
	return { input, ids, positions };
}

type Kept = Required<Pick<DraftFact['kept'], 'about' | 'never' | 'kind'>> &
	Pick<DraftFact['kept'], 'min' | 'max' | 'says'>;

/** What of a fact's hidden fields still fits the fact as written now. */
function keptOf(fact: DraftFact, entities: DeckDraft['entities']): Kept {
	const { kept } = fact;
	const type = fact.type.trim().toLowerCase();
	const sameType = kept.forType === undefined || kept.forType === type;
	const says =
		kept.says !== undefined && normalizeText(fact.quote).includes(normalizeText(kept.says))
			? kept.says
			: undefined;
	const sentence = fact.statement.replace('{answer}', ' ');
	const answerKey = nameKey(type, fact.answer.trim());
	const about = kept.about.filter((name) => {
		const entity = entities.find(({ entity: each }) =>
			[each.name, ...each.aliases].some((form) => valueKey(form) === valueKey(name))
		)?.entity;
		if (!entity) return false;
		const isAnswer = [entity.name, ...entity.aliases].some(
			(form) => nameKey(entity.type, form) === answerKey
		);
		return isAnswer || entityForms(entity).some((form) => containsPhrase(sentence, form));
	});
	return {
		about,
		says,
		never: sameType ? kept.never : [],
		kind: sameType && isEntityType(type) ? kept.kind : [],
		...(sameType && kept.min !== undefined ? { min: kept.min } : {}),
		...(sameType && kept.max !== undefined ? { max: kept.max } : {})
	};
}

/** Saved facts keep their ids; a new one takes its question's words, unique in the deck. */
function factIds(facts: DraftFact[]): Map<string, string> {
	const taken = new Set(facts.map((fact) => fact.id).filter((id) => id !== ''));
	const ids = new Map<string, string>();
	facts.forEach((fact, index) => {
		if (fact.id !== '') return ids.set(fact.key, fact.id);
		const base = slugOf(fact.question, 8) || `fact-${index + 1}`;
		let id = base;
		for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
		taken.add(id);
		ids.set(fact.key, id);
	});
	return ids;
}

/**
 * The entities as opened, less those no fact names any more, then one for each new name, tagged
 * with the kinds of answer the facts that offer it ask for.
 */
function entitiesOf(draft: DeckDraft, keptFor: Kept[]): Entity[] {
	// Names a fact gives as its answer or options become entities; `never` and `about` only keep one.
	const offered = new Map<string, { name: string; tags: Set<string> }>();
	const named = new Set<string>();
	const aboutNames = new Set(keptFor.flatMap((kept) => kept.about.map((name) => valueKey(name))));
	draft.facts.forEach((fact, index) => {
		const type = fact.type.trim().toLowerCase();
		if (type === '' || !isEntityType(type)) return;
		for (const written of [fact.answer, ...fact.wrong, ...fact.alsoTrue]) {
			const name = written.trim();
			if (name === '') continue;
			const key = nameKey(type, name);
			const entry = offered.get(key) ?? { name, tags: new Set<string>() };
			for (const tag of keptFor[index].kind) entry.tags.add(tag);
			offered.set(key, entry);
			named.add(key);
		}
		for (const unfit of keptFor[index].never) named.add(nameKey(type, String(unfit)));
	});
	const namesOfEntity = (entity: Entity) =>
		[entity.name, ...entity.aliases].map((name) => nameKey(entity.type, name));
	const isNamed = (entity: Entity) =>
		namesOfEntity(entity).some((name) => named.has(name)) ||
		[entity.name, ...entity.aliases].some((name) => aboutNames.has(valueKey(name)));
	const entities = draft.entities
		.filter(({ entity, pool }) => pool || isNamed(entity))
		.map(({ entity }) => entity);
	const listed = new Set(entities.flatMap(namesOfEntity));
	for (const [key, { name, tags }] of offered) {
		if (listed.has(key)) continue;
		const type = key.slice(0, key.indexOf('|'));
		entities.push({ name, type, aliases: [], tags: [...tags], titles: [] });
	}
	return entities;
}

/** Checks the draft as the deck it would save, each problem placed at an editor field. */
export function checkDraft(draft: DeckDraft): DraftCheck {
	const { input, ids, positions } = inputOf(draft);
	const keyOf = new Map([...ids].map(([key, id]) => [id, key]));
	// An empty title or paragraph (one just added) would stop the validator before it checks any
	// fact; it is reported here and a stand-in is checked, so the facts' problems stay in view.
	const own: DraftProblem[] = [];
	if (draft.title.trim() === '')
		own.push({ place: { kind: 'deck', field: 'title' }, problem: 'must not be empty' });
	draft.paragraphs.forEach((paragraph, index) => {
		if (paragraph.trim() === '')
			own.push({ place: { kind: 'paragraph', index }, problem: 'must not be empty' });
	});
	const checked = {
		...input,
		title: draft.title.trim() || STAND_IN,
		article: {
			...(input.article as object),
			title: draft.sourceTitle.trim() || draft.title.trim() || STAND_IN,
			paragraphs: draft.paragraphs.map((paragraph) => paragraph.trim() || STAND_IN)
		}
	};
	let result: ReturnType<typeof checkFactSet>;
	try {
		result = checkFactSet(checked, 'deck');
	} catch {
		const problem = 'the deck could not be checked';
		return { problems: [{ place: { kind: 'deck', field: 'facts' }, problem }], ids };
	}
	const problems = [
		...own,
		...result.problems.map((error) => placed(error, { keyOf, positions, draft }))
	];
	return result.factSet && own.length === 0
		? { factSet: result.factSet, problems: [], ids }
		: { problems, ids };
}

/** What an empty title or paragraph is checked as: no quote can be found in it. */
const STAND_IN = '\u2026';

function placed(
	error: FactSetError,
	{
		keyOf,
		positions,
		draft
	}: { keyOf: Map<string, string>; positions: Map<string, Positions>; draft: DeckDraft }
): DraftProblem {
	const field = error.field;
	const byIndex = /^#(\d+)$/.exec(error.factId ?? '');
	const key = error.factId
		? (keyOf.get(error.factId) ?? (byIndex ? draft.facts[Number(byIndex[1]) - 1]?.key : undefined))
		: undefined;
	if (key !== undefined) {
		const where = factField(field);
		// The validator counts the written items; the editor's list also has empty ones.
		const written = /\[(\d+)\]/.exec(field);
		const item =
			written && (where === 'wrong' || where === 'alsoTrue')
				? positions.get(key)?.[where][Number(written[1])]
				: undefined;
		return {
			place: { kind: 'fact', key, field: where, ...(item !== undefined ? { item } : {}) },
			problem: editorWords(error.problem)
		};
	}
	const paragraph = /^article\.paragraphs\[(\d+)\]$/.exec(field);
	if (paragraph)
		return { place: { kind: 'paragraph', index: Number(paragraph[1]) }, problem: error.problem };
	return { place: { kind: 'deck', field: deckField(field) }, problem: editorWords(error.problem) };
}

function factField(field: string): FactField {
	if (field.startsWith('distractors')) return 'wrong';
	if (field.startsWith('alsoTrue')) return 'alsoTrue';
	if (field.startsWith('answer.unit')) return 'unit';
	if (field === 'answer.type') return 'type';
	if (field === 'answer.value') return 'answer';
	if (field === 'source.paragraph') return 'paragraph';
	if (field === 'source.quote') return 'quote';
	const top = field.split(/[.[]/)[0];
	const plain: readonly string[] = ['topic', 'question', 'statement', 'explanation', 'background'];
	return plain.includes(top) ? (top as FactField) : 'other';
}

function deckField(field: string): DeckField {
	if (field === 'title' || field === 'description') return field;
	if (field === 'article.title') return 'sourceTitle';
	if (field === 'article.note') return 'sourceNote';
	if (field.startsWith('topics')) return 'topics';
	if (field.startsWith('article.paragraphs')) return 'paragraphs';
	return 'facts';
}

/** The validator speaks of the file's fields; the editor's have other names. */
function editorWords(problem: string): string {
	return problem
		.replace(
			/ in "entities": add it there, with its tags, or correct the spelling/,
			': check the spelling'
		)
		.replace(/also listed in alsoTrue/, 'also listed as “also true”')
		.replace(/the set's "topics"/, 'the deck’s topics')
		.replace(/answer\.min and answer\.max/g, 'the bounds of the answer');
}

/** Removes paragraph `index` (0-based); facts that cited it cite none, later ones move up. */
export function withoutParagraph(draft: DeckDraft, index: number): DeckDraft {
	const cited = index + 1;
	return {
		...draft,
		paragraphs: draft.paragraphs.filter((_, i) => i !== index),
		facts: draft.facts.map((fact) =>
			fact.paragraph === cited
				? { ...fact, paragraph: 0 }
				: fact.paragraph > cited
					? { ...fact, paragraph: fact.paragraph - 1 }
					: fact
		)
	};
}

/** Puts a removed paragraph back at `index`, and the facts that cited it (`citing`) with it. */
export function withParagraph(
	draft: DeckDraft,
	index: number,
	text: string,
	citing: string[]
): DeckDraft {
	const at = index + 1;
	const paragraphs = [...draft.paragraphs];
	paragraphs.splice(index, 0, text);
	return {
		...draft,
		paragraphs,
		facts: draft.facts.map((fact) =>
			citing.includes(fact.key)
				? { ...fact, paragraph: at }
				: fact.paragraph >= at
					? { ...fact, paragraph: fact.paragraph + 1 }
					: fact
		)
	};
}

/**
 * The facts a rename of topic `index` carries along: those filed under it, or none when another
 * topic has the same name (then they are filed under that one as much as this).
 */
export function factsFiledUnder(draft: DeckDraft, index: number): string[] {
	const name = draft.topics[index];
	if (name === undefined || draft.topics.filter((topic) => topic === name).length > 1) return [];
	return draft.facts.filter((fact) => fact.topic === name).map((fact) => fact.key);
}

/**
 * Renames topic `index` and refiles the facts `carried` (by key) under the new name. While a name
 * is typed it may briefly match another topic's; carrying the facts counted when typing began
 * keeps the two topics' facts apart.
 */
export function withTopicRenamed(
	draft: DeckDraft,
	index: number,
	name: string,
	carried: readonly string[] = factsFiledUnder(draft, index)
): DeckDraft {
	if (draft.topics[index] === undefined || draft.topics[index] === name) return draft;
	const moving = new Set(carried);
	return {
		...draft,
		topics: draft.topics.map((topic, i) => (i === index ? name : topic)),
		facts: draft.facts.map((fact) => (moving.has(fact.key) ? { ...fact, topic: name } : fact))
	};
}

/** A new fact's fields whose problems wait until the teacher writes in them or leaves them. */
const WRITTEN_FIELDS: readonly FactField[] = [
	'question',
	'statement',
	'answer',
	'explanation',
	'background',
	'quote',
	'wrong',
	'alsoTrue'
];

/** What the problem list shows: problems to fix now, and new facts not finished yet. */
export interface ShownProblems {
	shown: DraftProblem[];
	/** New facts whose every problem waits in a field not written yet, with the first of them. */
	unfinished: { key: string; first: DraftProblem }[];
}

/**
 * Splits the problems into those shown now and those that wait. A new fact (never saved) is
 * written field by field: "must not be empty" under every field before the teacher reaches it is
 * noise, so a field's problems wait until it is written in or left (`left`, by fact key). A
 * saved fact shows every problem; so do a fact's topic, kind, unit, paragraph and its whole.
 */
export function shownProblems(
	draft: Pick<DeckDraft, 'facts'>,
	problems: readonly DraftProblem[],
	left: Readonly<Record<string, readonly string[]>>
): ShownProblems {
	const facts = new Map(draft.facts.map((fact) => [fact.key, fact]));
	const shown: DraftProblem[] = [];
	const waiting = new Map<string, DraftProblem>();
	for (const problem of problems) {
		const { place } = problem;
		const fact = place.kind === 'fact' ? facts.get(place.key) : undefined;
		if (
			place.kind !== 'fact' ||
			!fact ||
			fact.id !== '' ||
			!WRITTEN_FIELDS.includes(place.field) ||
			left[place.key]?.includes(place.field) ||
			written(fact[place.field as 'question' | 'wrong'])
		)
			shown.push(problem);
		else if (!waiting.has(place.key)) waiting.set(place.key, problem);
	}
	const withShown = new Set(
		shown.flatMap(({ place }) => (place.kind === 'fact' ? [place.key] : []))
	);
	return {
		shown,
		unfinished: [...waiting]
			.filter(([key]) => !withShown.has(key))
			.map(([key, first]) => ({ key, first }))
	};
}

const written = (value: string | string[]) =>
	Array.isArray(value) ? value.some((item) => item.trim() !== '') : value.trim() !== '';

/** One string per editor field, to find a field's problems: "fact:k3:wrong:1", "paragraph:2". */
export function placeKey(place: DraftPlace): string {
	if (place.kind === 'deck') return `deck:${place.field}`;
	if (place.kind === 'paragraph') return `paragraph:${place.index}`;
	return place.item === undefined
		? `fact:${place.key}:${place.field}`
		: `fact:${place.key}:${place.field}:${place.item}`;
}

/** Problems by the field they belong to; a list item's also count for its whole list. */
export function problemsByPlace(problems: DraftProblem[]): Map<string, string[]> {
	const byPlace = new Map<string, string[]>();
	const add = (key: string, problem: string) =>
		byPlace.set(key, [...(byPlace.get(key) ?? []), problem]);
	for (const { place, problem } of problems) {
		add(placeKey(place), problem);
		if (place.kind === 'fact') add(`fact:${place.key}`, problem);
	}
	return byPlace;
}

/** True for what the editor stored as a draft (storage may hold anything). */
export function isDeckDraft(value: unknown): value is DeckDraft {
	const draft = value as Partial<DeckDraft> | null;
	const strings = (list: unknown) =>
		Array.isArray(list) && list.every((item) => typeof item === 'string');
	return (
		typeof draft === 'object' &&
		draft !== null &&
		typeof draft.id === 'string' &&
		typeof draft.title === 'string' &&
		typeof draft.description === 'string' &&
		typeof draft.sourceTitle === 'string' &&
		typeof draft.sourceNote === 'string' &&
		strings(draft.topics) &&
		strings(draft.paragraphs) &&
		Array.isArray(draft.entities) &&
		Array.isArray(draft.facts) &&
		draft.facts.every(isDraftFact)
	);
}

function isDraftFact(value: unknown): value is DraftFact {
	const fact = value as Partial<DraftFact> | null;
	const texts: (keyof DraftFact)[] = [
		'key',
		'id',
		'topic',
		'question',
		'statement',
		'answer',
		'type',
		'unitOne',
		'unitOther',
		'explanation',
		'background',
		'quote'
	];
	return (
		typeof fact === 'object' &&
		fact !== null &&
		texts.every((field) => typeof fact[field] === 'string') &&
		typeof fact.paragraph === 'number' &&
		Array.isArray(fact.wrong) &&
		Array.isArray(fact.alsoTrue) &&
		typeof fact.kept === 'object' &&
		fact.kept !== null
	);
}

/** The draft's facts that have no problem of their own: they can be previewed meanwhile. */
export function soundFacts(draft: DeckDraft, problems: DraftProblem[]): DraftFact[] {
	const faulty = new Set(
		problems.flatMap((problem) => (problem.place.kind === 'fact' ? [problem.place.key] : []))
	);
	return draft.facts.filter((fact) => !faulty.has(fact.key));
}

/** The ids facts without one were saved with, as [key, id] pairs. */
export function newFactIds(draft: DeckDraft, ids: Map<string, string>): [string, string][] {
	return draft.facts.flatMap((fact) => {
		const id = ids.get(fact.key);
		return fact.id === '' && id ? [[fact.key, id] as [string, string]] : [];
	});
}

/** A deck id made from `title` that none of `taken` is: "my-deck", "my-deck-2"… */
export function freeDeckId(title: string, taken: readonly string[]): string {
	const used = new Set(taken);
	const base = slugOf(title) || 'my-deck';
	let id = base;
	for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
	return id;
}
