// Validates the fact set when the app is built, and serves it as `virtual:fact-set`.
// A broken file fails `vite build` (and dev, and vitest) naming the file, the fact and the field.
// In a build the facts become a hashed JSON asset fetched on demand (data, not script: the first
// page stays small and the service worker precaches it with the rest of the build).
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { topicCounts } from '../src/lib/facts/index.ts';
import { contentVersionOf } from '../src/lib/quiz/index.ts';
import { DEFAULT_FACT_SET, readFactSetFile } from './factset-file.ts';

const VIRTUAL_ID = 'virtual:fact-set';
const RESOLVED_ID = `\0${VIRTUAL_ID}`;

export function factSetPlugin(file = process.env.FACT_SET ?? DEFAULT_FACT_SET): Plugin {
	const path = resolve(file);
	let building = false;
	return {
		name: 'summit-quiz:fact-set',
		configResolved(config) {
			building = config.command === 'build';
		},
		resolveId(id) {
			return id === VIRTUAL_ID ? RESOLVED_ID : undefined;
		},
		load(id) {
			if (id !== RESOLVED_ID) return undefined;
			this.addWatchFile(path);
			const { factSet, problems } = readFactSetFile(path);
			if (!factSet) {
				const shown = problems.slice(0, 10).map((problem) => `\n  ${problem.message}`);
				const more = problems.length > 10 ? `\n  (and ${problems.length - 10} more)` : '';
				this.error(`Invalid fact set:${shown.join('')}${more}`);
			}
			const json = JSON.stringify(factSet);
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
			return [
				loader,
				// Changes to the facts or the generator change this, so old share links can tell.
				`export const contentVersion = ${JSON.stringify(contentVersionOf(factSet))};`,
				`export const factCount = ${factSet.facts.length};`,
				`export const topicCounts = ${JSON.stringify(topicCounts(factSet.facts))};`,
				`export const factTopics = ${JSON.stringify(factSet.facts.map(({ id, topic }) => ({ id, topic })))};`
			].join('\n');
		}
	};
}
