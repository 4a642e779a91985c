declare module 'virtual:fact-set' {
	import type { FactSet } from '$lib/facts';
	/** The validated fact set the app was built with (fetched once, then cached). */
	export function loadFactSet(): Promise<FactSet>;
	/** Short hash of the fact set and generator version; carried by share links. */
	export const contentVersion: string;
}

declare module 'virtual:fact-set/counts' {
	import type { Topic } from '$lib/facts';
	export const factCount: number;
	/** Facts per topic, for topics that have any. */
	export const topicCounts: { topic: Topic; count: number }[];
}

declare module 'virtual:fact-set/topics' {
	import type { Topic } from '$lib/facts';
	/** Every fact's id and topic, for pages that count per topic without the whole set. */
	export const factTopics: { id: string; topic: Topic }[];
}
