// Picking wrong answers for a question from the fact's candidates (see facts/candidates.ts).
import {
	isNearTwin,
	normalizeText,
	wrongCandidates,
	type AnswerValue,
	type Fact,
	type Lexicon
} from '../facts/index.ts';
import type { Rng } from './rng.ts';

/**
 * Picks `count` distinct wrong values, curated first, avoiding near twins among them; only when
 * the candidates run out does it take a near twin (the linter flags that), so every fact the
 * validator passes can be asked.
 */
export function pickWrongValues(
	lexicon: Lexicon,
	fact: Fact,
	count: number,
	rng: Rng
): AnswerValue[] {
	const out: AnswerValue[] = [];
	const shown: string[] = [];
	const skipped: AnswerValue[] = [];
	for (const tier of wrongCandidates(lexicon, fact)) {
		for (const value of rng.shuffle(tier)) {
			if (out.length === count) return out;
			const text = normalizeText(lexicon.show(fact.answer, value));
			if (typeof value !== 'number' && shown.some((other) => isNearTwin(other, text))) {
				skipped.push(value);
				continue;
			}
			out.push(value);
			shown.push(text);
		}
	}
	return [...out, ...skipped].slice(0, count);
}
