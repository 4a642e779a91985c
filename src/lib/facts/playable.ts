// What the app needs of a fact set to make questions. Reviewed lint exceptions and people's
// titles serve only the question linter: they stay out of the download and out of the content
// version, so editing them neither grows the app nor outdates shared links.
import type { FactSet } from './types.ts';

export function playableFactSet(factSet: FactSet): FactSet {
	return {
		...factSet,
		entities: factSet.entities.map((entity) => ({ ...entity, titles: [] })),
		facts: factSet.facts.map((fact) => ({ ...fact, allow: [] }))
	};
}
