// How far each topic's cards have got: new, in learning steps, due, or learned and waiting.
import type { Fact, Topic } from '../facts/index.ts';
import { cardStatus, type CardState, type CardStatus } from '../srs/index.ts';

export type StatusCounts = Record<CardStatus, number> & { total: number };

export interface TopicMastery extends StatusCounts {
	topic: Topic;
}

/** Zero of every status. */
function emptyCounts(): StatusCounts {
	return { total: 0, new: 0, learning: 0, due: 0, learned: 0 };
}

/** Cards per status for each topic at `now`, in `topics` order; topics without facts are left out. */
export function masteryByTopic(
	topics: readonly Topic[],
	facts: readonly Pick<Fact, 'id' | 'topic'>[],
	cards: ReadonlyMap<string, CardState>,
	now: Date
): TopicMastery[] {
	const byTopic = new Map<Topic, StatusCounts>();
	for (const fact of facts) {
		const counts = byTopic.get(fact.topic) ?? emptyCounts();
		counts[cardStatus(cards.get(fact.id), now)] += 1;
		counts.total += 1;
		byTopic.set(fact.topic, counts);
	}
	return topics.flatMap((topic) => {
		const counts = byTopic.get(topic);
		return counts ? [{ topic, ...counts }] : [];
	});
}

/** The counts of all topics added up. */
export function masteryTotals(rows: readonly StatusCounts[]): StatusCounts {
	const sum = emptyCounts();
	for (const row of rows) {
		sum.total += row.total;
		sum.new += row.new;
		sum.learning += row.learning;
		sum.due += row.due;
		sum.learned += row.learned;
	}
	return sum;
}
