import { describe, expect, it } from 'vitest';
import { quickCard } from '../../../src/lib/storage/records.ts';
import { cardSchema, check } from '../../../src/lib/storage/schema.ts';
import { sampleCard } from './helpers.ts';

const CARD = sampleCard();

/** Values a field might hold in a damaged or hand-edited record. */
const ODD: unknown[] = [
	undefined,
	null,
	'',
	'x',
	0,
	-1,
	1.5,
	NaN,
	Infinity,
	'2025-03-12',
	'2025-03-12T08:00:00Z',
	'2025-13-45T99:99:99.999Z',
	'2025-03-12T08:00:00.000+01:00',
	'review',
	'learning',
	[],
	{},
	true,
	'a'.repeat(201),
	'fact-b'
];

describe('quickCard, the fast path of reading cards', () => {
	it('takes a card as the app writes it, and gives the same card the schema would', () => {
		expect(quickCard(CARD)).toEqual(check(cardSchema, CARD).ok && CARD);
		expect(quickCard({ ...CARD, last_review: null, extra: 'dropped' })).toEqual({
			...CARD,
			last_review: null
		});
	});

	it('never accepts a record the schema refuses (every field, every odd value)', () => {
		let accepted = 0;
		for (const field of Object.keys(CARD)) {
			for (const odd of ODD) {
				const record = { ...CARD, [field]: odd };
				const quick = quickCard(record);
				const schema = check(cardSchema, record);
				if (quick) {
					accepted++;
					expect(schema, `${field} = ${String(odd)}`).toEqual({ ok: true, value: quick });
				}
			}
		}
		// The quick path did take the valid variants (another state, another count…).
		expect(accepted).toBeGreaterThan(5);
	});
});
