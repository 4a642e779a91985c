declare module 'virtual:fact-set' {
	import type { FactSet } from '$lib/facts';
	/** The validated fact set the app was built with (fetched once, then cached). */
	export function loadFactSet(): Promise<FactSet>;
	/** Short hash of the fact set and generator version; carried by share links. */
	export const contentVersion: string;
}

declare module 'virtual:fact-set/deck' {
	import type { Topic } from '$lib/facts';
	/** The built-in deck: its id, title, and topics in order (quiz links number them). */
	export const builtInDeck: { id: string; title: string; topics: Topic[] };
}

declare module 'virtual:fact-set/counts' {
	import type { Topic } from '$lib/facts';
	import type { DeckSummary } from '$lib/decks';
	/** The built-in deck as the home page and deck list show it. */
	export const builtInSummary: DeckSummary;
	export const factCount: number;
	/** Facts per topic, for topics that have any. */
	export const topicCounts: { topic: Topic; count: number }[];
}

declare module 'virtual:fact-set/topics' {
	import type { Topic } from '$lib/facts';
	/** Every fact's id and topic, for pages that count per topic without the whole set. */
	export const factTopics: { id: string; topic: Topic }[];
}
