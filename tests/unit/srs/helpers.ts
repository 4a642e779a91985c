// Cards for scheduling tests: reviewed once (rated easy on 1 January 2025), then due when asked.
import { createScheduler, type CardState } from '../../../src/lib/srs/index.ts';

export function reviewedCardDue(id: string, due: string): CardState {
	const { card } = createScheduler().review(
		undefined,
		id,
		'easy',
		new Date('2025-01-01T00:00:00Z')
	);
	return { ...card, due };
}
