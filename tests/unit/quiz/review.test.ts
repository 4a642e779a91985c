import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderReview, reviewPathOf } from '../../../src/lib/quiz/review.ts';
import { EXAMPLE_DECK, readFactSetFile } from '../../../scripts/factset-file.ts';
import { summit, SUMMIT_FILE } from '../helpers';

describe('the review file', () => {
	it('is current: every change to facts or generator shows in it (run npm run review)', () => {
		const written = readFileSync(reviewPathOf(SUMMIT_FILE), 'utf8');
		expect(written === renderReview(summit(), SUMMIT_FILE), 'run `npm run review`').toBe(true);
	});

	it('of the example spreadsheet deck is current too', () => {
		const { factSet } = readFactSetFile(EXAMPLE_DECK);
		const written = readFileSync(reviewPathOf(EXAMPLE_DECK), 'utf8');
		expect(written === renderReview(factSet!, EXAMPLE_DECK), 'run `npm run review`').toBe(true);
	});

	it('shows every question with its key, quote and explanation', () => {
		const text = renderReview(summit(), SUMMIT_FILE);
		const facts = summit().facts;
		expect(text.match(/✔ key/g)?.length).toBeGreaterThanOrEqual(facts.length * 2);
		for (const fact of facts) {
			expect(text).toContain(`\`${fact.id}\``);
			expect(text).toContain(fact.explanation);
			expect(text).toContain(fact.source.quote);
		}
	});
});
