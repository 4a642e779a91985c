// What a card's state means for the learner at a given moment.
import type { CardState, CardStatus } from './types.ts';

/** True when the card has been studied and its due time has come. */
export function isDue(card: CardState | undefined, now: Date): boolean {
	return card !== undefined && card.state !== 'new' && Date.parse(card.due) <= now.getTime();
}

/** new (never answered), learning (in (re)learning steps), due, or learned (waiting). */
export function cardStatus(card: CardState | undefined, now: Date): CardStatus {
	if (card === undefined || card.state === 'new') return 'new';
	if (card.state === 'learning' || card.state === 'relearning') return 'learning';
	return isDue(card, now) ? 'due' : 'learned';
}
