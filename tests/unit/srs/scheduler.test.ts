import { describe, expect, test } from 'vitest';
import {
	cardStatus,
	createScheduler,
	fromFsrsCard,
	isDue,
	newCardState,
	toFsrsCard,
	type CardState,
	type Rating
} from '../../../src/lib/srs/index.ts';

const START = new Date('2025-03-03T09:00:00.000Z');
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** Answers `card` with `rating` each time it comes due, returning every state on the way. */
function simulate(ratings: Rating[], start = START): CardState[] {
	const scheduler = createScheduler();
	const states: CardState[] = [];
	let card: CardState | undefined;
	let now = start;
	for (const rating of ratings) {
		card = scheduler.review(card, 'fact-1', rating, now).card;
		states.push(card);
		now = new Date(card.due);
	}
	return states;
}

function intervalDays(card: CardState): number {
	return (Date.parse(card.due) - Date.parse(card.last_review ?? card.due)) / DAY;
}

describe('createScheduler().review', () => {
	test('a card answered right every time it is due gets ever longer intervals', () => {
		const states = simulate(Array<Rating>(8).fill('good'));
		const reviews = states.filter((card) => card.state === 'review');
		expect(reviews.length).toBeGreaterThanOrEqual(6);
		for (let i = 1; i < reviews.length; i++) {
			expect(intervalDays(reviews[i])).toBeGreaterThan(intervalDays(reviews[i - 1]));
		}
		expect(states.at(-1)?.reps).toBe(8);
		expect(states.at(-1)?.lapses).toBe(0);
	});

	test('a new card answered wrong comes back the same day, in learning', () => {
		const scheduler = createScheduler();
		const { card, log } = scheduler.review(undefined, 'fact-1', 'again', START);
		expect(card.id).toBe('fact-1');
		expect(card.state).toBe('learning');
		expect(Date.parse(card.due) - START.getTime()).toBeLessThan(HOUR);
		expect(log).toMatchObject({ cardId: 'fact-1', rating: 'again', state: 'new' });
		expect(log.review).toBe(START.toISOString());
	});

	test('a learned card answered wrong weeks later relapses and is due again within the day', () => {
		const learned = simulate(['good', 'good', 'good', 'good']).at(-1)!;
		expect(learned.state).toBe('review');
		const now = new Date(learned.due);
		const { card } = createScheduler().review(learned, 'fact-1', 'again', now);
		expect(card.state).toBe('relearning');
		expect(card.lapses).toBe(1);
		expect(Date.parse(card.due) - now.getTime()).toBeLessThan(HOUR);
		expect(cardStatus(card, now)).toBe('learning');
	});

	test('is deterministic: the same answers at the same times give the same schedule', () => {
		const ratings: Rating[] = ['good', 'hard', 'again', 'good', 'easy', 'good'];
		expect(simulate(ratings)).toEqual(simulate(ratings));
	});

	test('easy schedules further out than good, and good further than hard', () => {
		const first = createScheduler().review(undefined, 'f', 'good', START).card;
		const later = new Date(Date.parse(first.due));
		const second = createScheduler().review(first, 'f', 'good', later).card;
		const at = new Date(second.due);
		const due = (rating: Rating) =>
			Date.parse(createScheduler().review(second, 'f', rating, at).card.due);
		expect(due('easy')).toBeGreaterThan(due('good'));
		expect(due('good')).toBeGreaterThan(due('hard'));
	});

	test('a higher desired retention schedules reviews sooner', () => {
		const run = (desiredRetention: number) => {
			const scheduler = createScheduler({ desiredRetention });
			let card = scheduler.review(undefined, 'f', 'good', START).card;
			for (let i = 0; i < 4; i++)
				card = scheduler.review(card, 'f', 'good', new Date(card.due)).card;
			return intervalDays(card);
		};
		expect(run(0.95)).toBeLessThan(run(0.8));
	});

	test('a clock put back, or a card reviewed "in the future", never stops an answer being recorded', () => {
		const scheduler = createScheduler();
		const learned = simulate(['good', 'good', 'good', 'good']).at(-1)!;
		const last = Date.parse(learned.last_review!);
		for (const back of [1, HOUR, DAY, 30 * DAY]) {
			const earlier = new Date(last - back);
			const { card, log } = scheduler.review(learned, 'fact-1', 'good', earlier);
			// Counted as given at the last review: no time passed, and the schedule moves on.
			expect(card.reps).toBe(learned.reps + 1);
			expect(card.last_review).toBe(learned.last_review);
			expect(log.review).toBe(learned.last_review);
			expect(log.elapsed_days).toBe(0);
			expect(Date.parse(card.due)).toBeGreaterThanOrEqual(last);
		}
		// A wrong answer still counts as one.
		expect(scheduler.review(learned, 'fact-1', 'again', new Date(last - DAY)).card.lapses).toBe(1);
	});

	test('card states are plain JSON and survive a JSON round trip unchanged', () => {
		const card = simulate(['good', 'again', 'good']).at(-1)!;
		expect(JSON.parse(JSON.stringify(card))).toEqual(card);
		expect(fromFsrsCard(card.id, toFsrsCard(card))).toEqual(card);
	});
});

describe('cardStatus and isDue', () => {
	test('follow a card from new through learning to learned and due', () => {
		const scheduler = createScheduler();
		expect(cardStatus(undefined, START)).toBe('new');
		expect(cardStatus(newCardState('f', START), START)).toBe('new');
		expect(isDue(undefined, START)).toBe(false);
		expect(isDue(newCardState('f', START), START)).toBe(false);

		const learning = scheduler.review(undefined, 'f', 'good', START).card;
		expect(cardStatus(learning, START)).toBe('learning');
		expect(isDue(learning, START)).toBe(false);
		expect(isDue(learning, new Date(learning.due))).toBe(true);

		const learned = scheduler.review(learning, 'f', 'good', new Date(learning.due)).card;
		expect(cardStatus(learned, new Date(learning.due))).toBe('learned');
		expect(cardStatus(learned, new Date(Date.parse(learned.due) - 1))).toBe('learned');
		expect(cardStatus(learned, new Date(learned.due))).toBe('due');
		expect(isDue(learned, new Date(Date.parse(learned.due) + DAY))).toBe(true);
	});
});
