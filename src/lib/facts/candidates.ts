// The wrong values a fact can offer, the same for the validator (is there enough?) and the
// generator (which to show): never true, never ruled out by the question, never a near twin.
import { editDistance, normalizeText, containsPhrase } from './text.ts';
import type { Lexicon } from './lexicon.ts';
import { isEntityType, WEEKDAYS, type AnswerValue, type Fact } from './types.ts';
import { shiftIsoDate, valueKey } from './values.ts';

/** Shown texts this close (in letters) read as near twins: "Austria" beside "Australia". */
const NEAR_TWIN_DISTANCE = 2;

/**
 * Every acceptable wrong value of a fact, best first and unshuffled: curated distractors, then
 * entities of the answer's type with every `answer.kind` tag, then computed neighbours. Dropped:
 * values that are true (`alsoTrue`), unfit (`never`), outside the answer's bounds, named by the
 * question or statement itself, or a near twin of the answer.
 */
export function wrongCandidates(lexicon: Lexicon, fact: Fact): AnswerValue[][] {
	let byFact = candidateCache.get(lexicon);
	if (!byFact) candidateCache.set(lexicon, (byFact = new WeakMap()));
	let tiers = byFact.get(fact);
	if (!tiers) byFact.set(fact, (tiers = findCandidates(lexicon, fact)));
	return tiers;
}

// Candidates depend only on the fact and the set's entities (its lexicon), and a study session
// asks for them often. Keyed by both, so a fact shared by two sets is worked out for each.
const candidateCache = new WeakMap<Lexicon, WeakMap<Fact, AnswerValue[][]>>();

function findCandidates(lexicon: Lexicon, fact: Fact): AnswerValue[][] {
	const { answer } = fact;
	const isEntity = isEntityType(answer.type);
	// A value is known by what it stands for: an alias and its entity's name are one value.
	const identity = (value: AnswerValue): string => {
		const entity = isEntity ? lexicon.entity(value, answer.type) : undefined;
		return entity ? `entity|${valueKey(entity.name)}` : valueKey(value);
	};
	const shown = (value: AnswerValue) => normalizeText(lexicon.show(answer, value));
	const rights = [answer.value, ...fact.alsoTrue];
	const excluded = new Set([...rights, ...fact.never].map(identity));
	// Two values that read the same are one option; one that reads like a right value is none.
	const texts = new Set(rights.map(shown));
	const stems = [fact.question, fact.statement.replace('{answer}', ' ')];
	const answerShown = shown(answer.value);
	const fits = (value: AnswerValue): boolean => {
		const key = identity(value);
		if (excluded.has(key)) return false;
		excluded.add(key);
		if (answer.min !== undefined && value < answer.min) return false;
		if (answer.max !== undefined && value > answer.max) return false;
		const text = shown(value);
		if (texts.has(text)) return false;
		if (typeof value !== 'number' && answer.type !== 'date' && answer.type !== 'weekday') {
			const forms = lexicon.forms(answer, value);
			if (stems.some((stem) => forms.some((form) => containsPhrase(stem, form)))) return false;
			if (isNearTwin(answerShown, text)) return false;
		}
		texts.add(text);
		return true;
	};
	const curated = fact.distractors.filter(fits);
	const pooled = isEntity
		? lexicon
				.ofType(answer.type)
				.filter((entity) => answer.kind.every((tag) => entity.tags.includes(tag)))
				.map((entity) => entity.name)
				.filter(fits)
		: [];
	return [curated, pooled, neighbours(fact).filter(fits)];
}

/** Whether two option texts differ by a letter or two only (not numbers or dates, which may). */
export function isNearTwin(a: string, b: string): boolean {
	if (a === b || /\d/.test(a) || /\d/.test(b)) return false;
	return Math.min(a.length, b.length) >= 4 && editDistance(a, b) <= NEAR_TWIN_DISTANCE;
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

/**
 * Steps scale with the value, so 5 gets 3, 4, 6, 7 and 80 gets 60, 70, 90, 100. The step comes
 * from the digit count (Math.log10 may differ in its last bit between engines), and results are
 * rounded to the value's own decimals (10.7 - 10 is 0.6999…).
 */
function nearbyNumbers(value: number): number[] {
	const magnitude = Math.abs(value);
	const digits = String(Math.floor(magnitude)).length;
	const step = magnitude < 10 ? 1 : magnitude < 30 ? 5 : 10 ** (digits - 1);
	const decimals = String(value).split('.')[1]?.length ?? 0;
	return [-2, -1, 1, 2, 3]
		.map((k) => Number((value + k * step).toFixed(decimals)))
		.filter((n) => n > 0 || value <= 0);
}
