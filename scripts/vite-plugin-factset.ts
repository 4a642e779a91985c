// Validates the fact set when the app is built, and serves it as `virtual:fact-set`.
// A broken file fails `vite build` (and dev, and vitest) naming the file, the fact and the field.
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { GENERATOR_VERSION, shortHash } from '../src/lib/quiz/index.ts';
import { DEFAULT_FACT_SET, readFactSetFile } from './factset-file.ts';

const VIRTUAL_ID = 'virtual:fact-set';
const RESOLVED_ID = `\0${VIRTUAL_ID}`;

export function factSetPlugin(file = process.env.FACT_SET ?? DEFAULT_FACT_SET): Plugin {
	const path = resolve(file);
	return {
		name: 'summit-quiz:fact-set',
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
			// Changes to the facts or the generator change this, so old share links can tell.
			const contentVersion = shortHash(`${GENERATOR_VERSION}:${JSON.stringify(factSet)}`, 6);
			return [
				`export const factSet = JSON.parse(${JSON.stringify(JSON.stringify(factSet))});`,
				`export const contentVersion = ${JSON.stringify(contentVersion)};`
			].join('\n');
		}
	};
}
