// Wrong answers of the same kind as the right one, and never true.
import {
	WEEKDAYS,
	shiftIsoDate,
	valueKey,
	wrongCandidates,
	type AnswerValue,
	type Fact
} from '../facts/index.ts';
import type { Rng } from './rng.ts';

/** Picks `count` distinct wrong values: curated ones first, then the shared pool, then neighbours. */
export function pickWrongValues(
	fact: Fact,
	pool: readonly AnswerValue[],
	count: number,
	rng: Rng
): AnswerValue[] {
	const curated = wrongCandidates(fact, []);
	const pooled = wrongCandidates({ ...fact, distractors: [] }, pool);
	const ordered = [...rng.shuffle(curated), ...rng.shuffle(pooled)];
	const excluded = new Set([fact.answer.value, ...fact.alsoTrue].map(valueKey));
	const out: AnswerValue[] = [];
	for (const value of [...ordered, ...rng.shuffle(neighbours(fact))]) {
		const key = valueKey(value);
		if (excluded.has(key)) continue;
		excluded.add(key);
		out.push(value);
		if (out.length === count) break;
	}
	return out;
}

/** Computed near misses for values with an order: nearby years, numbers, dates, other weekdays. */
export function neighbours(fact: Fact): AnswerValue[] {
	const { type, value } = fact.answer;
	if (type === 'year' && typeof value === 'number')
		return [-3, -2, -1, 1, 2, 3].map((d) => value + d);
	if (type === 'number' && typeof value === 'number') return nearbyNumbers(value);
	if (type === 'date' && typeof value === 'string')
		return [-7, -2, -1, 1, 2, 7].map((d) => shiftIsoDate(value, d));
	if (type === 'weekday') return [...WEEKDAYS];
	return [];
}

/** Steps scale with the value, so 5 gets 3, 4, 6, 7 and 80 gets 60, 70, 90, 100. */
function nearbyNumbers(value: number): number[] {
	const magnitude = Math.abs(value);
	const step = magnitude < 10 ? 1 : magnitude < 30 ? 5 : 10 ** Math.floor(Math.log10(magnitude));
	return [-2, -1, 1, 2, 3].map((k) => value + k * step).filter((n) => n > 0 || value <= 0);
}
