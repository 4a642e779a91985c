// Runs at build time only: the home page shows fact counts without shipping the fact set.
import { factSet } from 'virtual:fact-set';
import { TOPICS } from '$lib/facts';

export function load() {
	return {
		factCount: factSet.facts.length,
		topics: TOPICS.map((topic) => ({
			topic,
			count: factSet.facts.filter((fact) => fact.topic === topic).length
		})).filter((entry) => entry.count > 0)
	};
}
