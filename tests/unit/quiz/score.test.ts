import { describe, expect, it } from 'vitest';
import { createRng, scoreRun, type AnsweredQuestion } from '../../../src/lib/quiz';

const right = (elapsedMs: number): AnsweredQuestion => ({ correct: true, elapsedMs });
const wrong = (elapsedMs = 5000): AnsweredQuestion => ({ correct: false, elapsedMs });

describe('scoreRun', () => {
	it('gives 1,000 points a right answer, nothing for a wrong one', () => {
		const score = scoreRun([right(30_000), wrong(), right(30_000)]);
		expect(score).toMatchObject({
			total: 2000,
			base: 2000,
			speed: 0,
			streak: 0,
			correct: 2,
			questions: 3
		});
		expect(score.accuracy).toBeCloseTo(2 / 3);
	});

	it('adds a speed bonus that shrinks as the answer gets slower', () => {
		const fast = scoreRun([right(1000)]).speed;
		const slow = scoreRun([right(20_000)]).speed;
		expect(fast).toBeGreaterThan(slow);
		expect(slow).toBeGreaterThan(0);
		expect(scoreRun([right(40_000)]).speed).toBe(0);
	});

	it('measures speed against the time limit when there is one', () => {
		expect(scoreRun([right(9_000)], 10_000).speed).toBeLessThan(scoreRun([right(9_000)]).speed);
		expect(scoreRun([right(10_000)], 10_000).speed).toBe(0);
	});

	it('adds a streak bonus from the second right answer in a row, reset by a wrong one', () => {
		const score = scoreRun([
			right(30_000),
			right(30_000),
			wrong(),
			right(30_000),
			right(30_000),
			right(30_000)
		]);
		expect(score.perQuestion.map((q) => q.streak > 0)).toEqual([
			false,
			true,
			false,
			false,
			true,
			true
		]);
		expect(score.bestStreak).toBe(3);
		expect(score.total).toBe(score.base + score.speed + score.streak);
	});

	it('always ranks one more right answer above any speed and streak bonuses', () => {
		const rng = createRng('score-property');
		for (let trial = 0; trial < 2000; trial++) {
			const n = 1 + rng.int(50);
			const k = rng.int(n); // the weaker run has k right answers, the stronger k + 1
			const positions = rng.shuffle([...Array(n).keys()]);
			const strongRight = new Set(positions.slice(0, k + 1));
			// Stronger run: right answers scattered and as slow as possible (no speed bonus).
			const strong = [...Array(n).keys()].map((i) =>
				strongRight.has(i) ? right(60_000) : wrong()
			);
			// Weaker run: k instant answers in one streak, the best bonuses possible.
			const weak = [...Array(n).keys()].map((i) => (i < k ? right(0) : wrong()));
			expect(scoreRun(strong).total, `n=${n} k=${k}`).toBeGreaterThan(scoreRun(weak).total);
		}
	});

	it('scores an empty run as zero', () => {
		expect(scoreRun([])).toMatchObject({ total: 0, accuracy: 0, bestStreak: 0 });
	});
});
