// Validates the built-in deck's fact set when the app is built, and serves it as virtual modules:
// `virtual:fact-set` (the loader and content version), `virtual:fact-set/deck` (its id, title and
// topics, for every page), `virtual:fact-set/counts` (its summary: description, facts per topic)
// and `virtual:fact-set/topics` (each fact's topic). A module's exports ship together, so pages
// import only the one they need.
// A broken file fails `vite build` (and dev, and vitest) naming the file, the fact and the field.
// In a build the facts become a hashed JSON asset fetched on demand (data, not script: the first
// page stays small and the service worker precaches it with the rest of the build).
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { playableFactSet, topicCounts } from '../src/lib/facts/index.ts';
import { contentVersionOf } from '../src/lib/quiz/index.ts';
import { summarizeDeck } from '../src/lib/decks/summary.ts';
import { DEFAULT_FACT_SET, readFactSetFile } from './factset-file.ts';

const VIRTUAL_IDS = [
	'virtual:fact-set',
	'virtual:fact-set/deck',
	'virtual:fact-set/counts',
	'virtual:fact-set/topics'
];
const RESOLVED_PREFIX = '\0';

export function factSetPlugin(file = process.env.FACT_SET ?? DEFAULT_FACT_SET): Plugin {
	const path = resolve(file);
	let building = false;
	return {
		name: 'summit-quiz:fact-set',
		configResolved(config) {
			building = config.command === 'build';
		},
		resolveId(id) {
			return VIRTUAL_IDS.includes(id) ? RESOLVED_PREFIX + id : undefined;
		},
		load(resolved) {
			const id = resolved.startsWith(RESOLVED_PREFIX) ? resolved.slice(RESOLVED_PREFIX.length) : '';
			if (!VIRTUAL_IDS.includes(id)) return undefined;
			this.addWatchFile(path);
			const { factSet, problems } = readFactSetFile(path);
			if (!factSet) {
				const shown = problems.slice(0, 10).map((problem) => `\n  ${problem.message}`);
				const more = problems.length > 10 ? `\n  (and ${problems.length - 10} more)` : '';
				this.error(`Invalid fact set:${shown.join('')}${more}`);
			}
			if (id === 'virtual:fact-set/deck') {
				const { id: deckId, title, topics } = factSet;
				return `export const builtInDeck = ${JSON.stringify({ id: deckId, title, topics })};`;
			}
			if (id === 'virtual:fact-set/counts') {
				const builtInDeck = summarizeDeck(factSet, contentVersionOf(factSet), new Date(0));
				return [
					`export const builtInSummary = ${JSON.stringify(builtInDeck)};`,
					`export const factCount = ${factSet.facts.length};`,
					`export const topicCounts = ${JSON.stringify(topicCounts(factSet.facts, factSet.topics))};`
				].join('\n');
			}
			if (id === 'virtual:fact-set/topics') {
				const facts = factSet.facts.map(({ id, topic }) => ({ id, topic }));
				return `export const factTopics = ${JSON.stringify(facts)};`;
			}
			const json = JSON.stringify(playableFactSet(factSet));
			const loader = building
				? `const url = import.meta.ROLLUP_FILE_URL_${this.emitFile({ type: 'asset', name: 'facts.json', source: json })};
let loading;
export function loadFactSet() {
	loading ??= fetch(url).then((response) => {
		if (!response.ok) throw new Error('The questions could not be loaded (' + response.status + ').');
		return response.json();
	});
	loading.catch(() => (loading = undefined));
	return loading;
}`
				: `const factSet = JSON.parse(${JSON.stringify(json)});
export function loadFactSet() { return Promise.resolve(factSet); }`;
			// Changes to the facts or the generator change this, so old share links can tell.
			return `${loader}\nexport const contentVersion = ${JSON.stringify(contentVersionOf(factSet))};`;
		}
	};
}
