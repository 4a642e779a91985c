import { describe, expect, test } from 'vitest';
import { describeImport, skippedDetails } from '../../../src/lib/stats/index.ts';
import type { ImportReport } from '../../../src/lib/storage/index.ts';

const none = { added: 0, updated: 0, kept: 0 };

function report(overrides: Partial<ImportReport>): ImportReport {
	return {
		added: 0,
		updated: 0,
		kept: 0,
		cards: none,
		log: none,
		runs: none,
		settings: 'kept',
		skipped: [],
		redated: 0,
		...overrides
	};
}

describe('describeImport', () => {
	test('says what was added, updated and kept, per kind, in words', () => {
		const lines = describeImport(
			report({
				cards: { added: 3, updated: 1, kept: 2 },
				log: { added: 10, updated: 0, kept: 4 },
				runs: { added: 1, updated: 0, kept: 0 },
				settings: 'imported'
			})
		);
		expect(lines).toEqual([
			'Added 3 cards, 10 reviews and 1 run.',
			'Updated 1 card with later progress from the backup.',
			'Kept 2 cards and 4 reviews that were already up to date here.',
			'Study settings were taken from the backup.'
		]);
	});

	test('an import of nothing new says so, and counts skipped entries', () => {
		const lines = describeImport(
			report({ skipped: [{ key: 'cards[0]', reason: 'due must be an ISO time' }] })
		);
		expect(lines).toEqual([
			'Nothing new was added.',
			'Skipped 1 entry that could not be read.',
			'Your study settings here were kept.'
		]);
	});

	test('says when cards dated in the future were moved to now', () => {
		expect(
			describeImport(report({ redated: 2, cards: { added: 2, updated: 0, kept: 0 } }))
		).toContain(
			'2 cards were dated in the future (the other device’s clock was ahead): they count from now instead, with the same intervals.'
		);
	});
});

describe('skippedDetails', () => {
	test('lists the first five skipped entries and how many more there are', () => {
		const skipped = Array.from({ length: 7 }, (_, i) => ({
			key: `log[${i}]`,
			reason: 'must be text'
		}));
		const details = skippedDetails(report({ skipped }));
		expect(details).toHaveLength(6);
		expect(details[0]).toBe('log[0]: must be text');
		expect(details.at(-1)).toBe('and 2 more entries');
		expect(skippedDetails(report({}))).toEqual([]);
	});
});
