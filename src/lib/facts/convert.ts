// Version 1 fact sets, converted to version 2 (`npm run facts:upgrade`, and on reading).
// Version 1 had shared pools of wrong answers per type; version 2 lists entities instead.
import type { FactSetInput, FactSetV1 } from './schema.ts';
import { isEntityType, type AnswerType, type AnswerValue, type EntityType } from './types.ts';
import { valueKey } from './values.ts';

/**
 * The same content in version 2. Every pooled or answered person, country, city and organisation
 * becomes an entity; pooled terms, quotes and events become each such fact's own distractors,
 * so each fact keeps the wrong answers it had.
 */
export function convertV1(old: FactSetV1): FactSetInput {
	const entities = new Map<string, { name: string; type: EntityType }>();
	const declare = (type: AnswerType, value: AnswerValue) => {
		if (!isEntityType(type) || typeof value !== 'string') return;
		const key = `${type}|${valueKey(value)}`;
		if (!entities.has(key)) entities.set(key, { name: value, type });
	};
	for (const [type, values] of Object.entries(old.pools)) {
		for (const value of values ?? []) declare(type as AnswerType, value);
	}
	const facts = old.facts.map((fact) => {
		const { type } = fact.answer;
		for (const value of [fact.answer.value, ...fact.distractors, ...fact.alsoTrue])
			declare(type, value);
		const taken = new Set([fact.answer.value, ...fact.alsoTrue].map(valueKey));
		const distractors = [
			...fact.distractors,
			...(isEntityType(type) ? [] : (old.pools[type] ?? []))
		].filter((wrong) => !taken.has(valueKey(wrong)) && taken.add(valueKey(wrong)));
		return { ...fact, answer: { type, value: fact.answer.value }, distractors };
	});
	return {
		version: 2,
		id: old.id,
		title: old.title,
		article: old.article,
		entities: [...entities.values()],
		facts: facts as FactSetInput['facts']
	};
}
