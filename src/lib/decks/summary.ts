// A deck's summary, worked out once when it is saved.
import { topicCounts, type FactSet } from '../facts/index.ts';
import type { DeckSummary } from './types.ts';

export function summarizeDeck(factSet: FactSet, contentVersion: string, now: Date): DeckSummary {
	return {
		id: factSet.id,
		title: factSet.title,
		...(factSet.description ? { description: factSet.description } : {}),
		factCount: factSet.facts.length,
		topics: topicCounts(factSet.facts, factSet.topics),
		contentVersion,
		savedAt: now.toISOString()
	};
}

/** "1 fact", "20 facts". */
export function factsLabel(count: number): string {
	return `${count} ${count === 1 ? 'fact' : 'facts'}`;
}
