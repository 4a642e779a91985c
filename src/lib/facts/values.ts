// Comparing and displaying answer values, the same way everywhere (generator, schema checks, UI).
import { type AnswerType, type AnswerValue, type Fact, type Topic } from './types.ts';

/** English month names, January first; dates in the app are written with these. */
export const MONTHS = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December'
];

/** A comparison key: two values with the same key would show as the same option. */
export function valueKey(value: AnswerValue): string {
	if (typeof value === 'number') return String(value);
	let key = keys.get(value);
	if (key === undefined) {
		key = value.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase();
		// Fact sets reuse a few hundred strings: remembering their keys saves the normalising.
		if (keys.size < 10_000) keys.set(value, key);
	}
	return key;
}

const keys = new Map<string, string>();

export function sameValue(a: AnswerValue, b: AnswerValue): boolean {
	return valueKey(a) === valueKey(b);
}

/** How a value reads as an option: dates in words, quotations in quotation marks. */
export function formatValue(type: AnswerType, value: AnswerValue): string {
	if (type === 'date' && typeof value === 'string') {
		const [year, month, day] = value.split('-').map(Number);
		return `${day} ${MONTHS[month - 1]} ${year}`;
	}
	if (type === 'quote') return `“${value}”`;
	if (type === 'number' && typeof value === 'number') return groupDigits(value);
	return String(value);
}

/** A number with thousands separated by commas (12,345), without Intl's slow first use. */
export function groupDigits(value: number): string {
	const [whole, fraction] = String(value).split('.');
	const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
	return fraction === undefined ? grouped : `${grouped}.${fraction}`;
}

/** Shifts an ISO date by whole days, in UTC so the result is the same on every machine. */
export function shiftIsoDate(iso: string, days: number): string {
	const date = new Date(`${iso}T00:00:00Z`);
	date.setUTCDate(date.getUTCDate() + days);
	return date.toISOString().slice(0, 10);
}

/** Facts per topic, in the set's topic order, for the topics that have any. */
export function topicCounts(
	facts: readonly Pick<Fact, 'topic'>[],
	topics: readonly Topic[]
): { topic: Topic; count: number }[] {
	return topics
		.map((topic) => ({
			topic,
			count: facts.filter((fact) => fact.topic === topic).length
		}))
		.filter((entry) => entry.count > 0);
}
