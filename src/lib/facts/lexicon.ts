// How a fact set's values read: entity display forms, units, and every way a value is written.
import { ENTITY_TYPES, type Answer, type AnswerValue, type Entity, type FactSet } from './types.ts';
import { formatValue, valueKey } from './values.ts';

export interface Lexicon {
	/** The entity with this name (or alias), if the set lists one. */
	entity(value: AnswerValue): Entity | undefined;
	/** A value as it reads in a sentence and as an option: "the United States", "5 visits". */
	show(answer: Answer, value: AnswerValue): string;
	/** Every way the value may be written: its shown form, name and aliases, for finding it in text. */
	forms(answer: Answer, value: AnswerValue): string[];
	/** Entities of a type, in file order. */
	ofType(type: Entity['type']): Entity[];
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
	const byKey = new Map<string, Entity>();
	for (const entity of entities) byKey.set(valueKey(entity.name), entity);
	for (const entity of entities) {
		for (const alias of entity.aliases) {
			if (!byKey.has(valueKey(alias))) byKey.set(valueKey(alias), entity);
		}
	}
	const entity = (value: AnswerValue) =>
		typeof value === 'string' ? byKey.get(valueKey(value)) : undefined;
	const isEntityType = (type: string) => (ENTITY_TYPES as readonly string[]).includes(type);
	const show = (answer: Answer, value: AnswerValue): string => {
		if (isEntityType(answer.type)) {
			const found = entity(value);
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
			const found = isEntityType(answer.type) ? entity(value) : undefined;
			if (found) out.push(found.name, ...found.aliases);
			if (answer.type === 'quote') out.push(String(value));
			return [...new Set(out)];
		},
		ofType: (type) => entities.filter((e) => e.type === type)
	};
}

/** Every way an entity is written: display form, name, aliases. */
export function entityForms(entity: Entity): string[] {
	return [...new Set([entity.display ?? entity.name, entity.name, ...entity.aliases])];
}
