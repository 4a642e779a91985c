// How a fact set's values read: entity display forms, units, and every way a value is written.
import { isEntityType, type Answer, type AnswerValue, type Entity, type FactSet } from './types.ts';
import { formatValue, valueKey } from './values.ts';

export interface Lexicon {
	/** The entity with this name (or alias), if the set lists one; of `type` when given. */
	entity(value: AnswerValue, type?: Entity['type']): Entity | undefined;
	/** A value as it reads in a sentence and as an option: "the United States", "5 visits". */
	show(answer: Answer, value: AnswerValue): string;
	/** Every way the value may be written: its shown form, name and aliases, for finding it in text. */
	forms(answer: Answer, value: AnswerValue): string[];
	/** Entities of a type, in file order. */
	ofType(type: Entity['type']): readonly Entity[];
	/** Every entity, in file order. */
	readonly all: readonly Entity[];
}

const lexicons = new WeakMap<FactSet, Lexicon>();

/** The lexicon of a fact set, built once and cached. */
export function lexiconOf(factSet: FactSet): Lexicon {
	let lexicon = lexicons.get(factSet);
	if (!lexicon) {
		lexicon = buildLexicon(factSet.entities);
		lexicons.set(factSet, lexicon);
	}
	return lexicon;
}

export function buildLexicon(entities: readonly Entity[]): Lexicon {
	// Names first, then aliases; the first entity with a name wins. Typed keys let a version 1 set
	// keep one name as a country and as a city.
	const byKey = new Map<string, Entity>();
	const add = (written: string, entity: Entity) => {
		for (const key of [valueKey(written), `${entity.type}|${valueKey(written)}`])
			if (!byKey.has(key)) byKey.set(key, entity);
	};
	for (const entity of entities) add(entity.name, entity);
	for (const entity of entities) for (const alias of entity.aliases) add(alias, entity);
	const entity = (value: AnswerValue, type?: Entity['type']) =>
		typeof value !== 'string'
			? undefined
			: byKey.get(type ? `${type}|${valueKey(value)}` : valueKey(value));
	// Asked for in the generator's and the linter's inner loops: sorted by type once.
	const byType = new Map<string, Entity[]>();
	for (const e of entities) byType.set(e.type, [...(byType.get(e.type) ?? []), e]);
	const show = (answer: Answer, value: AnswerValue): string => {
		if (isEntityType(answer.type)) {
			const found = entity(value, answer.type);
			return found ? (found.display ?? found.name) : String(value);
		}
		if (answer.type === 'number' && typeof value === 'number' && answer.unit)
			return `${formatValue('number', value)} ${value === 1 ? answer.unit.one : answer.unit.other}`;
		return formatValue(answer.type, value);
	};
	return {
		entity,
		show,
		forms(answer, value) {
			const out = [show(answer, value), formatValue(answer.type, value), String(value)];
			const found = isEntityType(answer.type) ? entity(value, answer.type) : undefined;
			if (found) out.push(...entityForms(found));
			return [...new Set(out)];
		},
		ofType: (type) => byType.get(type) ?? [],
		all: entities
	};
}

/** Every way an entity is written: display form, name, aliases. */
export function entityForms(entity: Entity): string[] {
	return [...new Set([entity.display ?? entity.name, entity.name, ...entity.aliases])];
}
