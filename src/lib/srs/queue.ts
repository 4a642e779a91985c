// Which cards to study next: everything due, most overdue first, then today's share of new ones.
import { isDue } from './status.ts';
import type { CardState } from './types.ts';

export interface StudyQueueInput {
	/** Every fact id, in fact-set order (the order new cards are introduced in). */
	cardIds: readonly string[];
	cards: ReadonlyMap<string, CardState>;
	now: Date;
	/** New cards allowed per day. */
	newPerDay: number;
	/** New cards already started today (see countNewStudiedToday). */
	newStudiedToday: number;
}

/** Ordered card ids: due cards (most overdue first, ties in fact-set order), then new ones. */
export function buildStudyQueue(input: StudyQueueInput): string[] {
	const { cards, now } = input;
	const ids = [...new Set(input.cardIds)];
	const due = ids
		.map((id, index) => ({ id, index, card: cards.get(id) }))
		.filter(({ card }) => isDue(card, now))
		.sort((a, b) => dueTime(a.card) - dueTime(b.card) || a.index - b.index)
		.map(({ id }) => id);
	const allowance = Math.max(0, Math.floor(input.newPerDay - input.newStudiedToday));
	const fresh = ids.filter((id) => (cards.get(id)?.state ?? 'new') === 'new').slice(0, allowance);
	return [...due, ...fresh];
}

function dueTime(card: CardState | undefined): number {
	return card ? Date.parse(card.due) : 0;
}
