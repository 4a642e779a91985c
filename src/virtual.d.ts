declare module 'virtual:fact-set' {
	import type { FactSet } from '$lib/facts';
	/** The validated fact set the app was built with. */
	export const factSet: FactSet;
	/** Short hash of the fact set and generator version; carried by share links. */
	export const contentVersion: string;
}
