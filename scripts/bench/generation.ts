// Generation figures: median time to assemble a run from a fresh copy of the fact set (so every
// per-set cache is built inside the timing, as on a page load): a run of ten, as a student
// starts, and a run of every fact, as the compose page counts. Synthetic sets 10x and 100x larger
// copy the facts under new ids; copies state each other's answers, so run assembly must reject
// most of them, which makes these sets a worst case for it.
import { performance } from 'node:perf_hooks';
import type { FactSet } from '../../src/lib/facts/index.ts';
import { defaultQuizSettings, generateQuiz } from '../../src/lib/quiz/index.ts';
import { DEFAULT_FACT_SET, readFactSetFile } from '../factset-file.ts';
import { median, printTable } from './report.ts';

const ROUNDS = 15;

function scaled(set: FactSet, factor: number): FactSet {
	const facts = [];
	for (let copy = 0; copy < factor; copy++)
		for (const fact of set.facts)
			facts.push({ ...fact, id: copy === 0 ? fact.id : `${fact.id}-copy${copy}` });
	return { ...set, facts };
}

/** Milliseconds to generate one run of `count` from a fresh copy of `set`. */
function timeRun(set: FactSet, count: number, round: number): { ms: number; made: number } {
	const copy = structuredClone(set);
	const started = performance.now();
	const made = generateQuiz(copy, defaultQuizSettings(`bench-${round}`, { count })).length;
	return { ms: performance.now() - started, made };
}

export function benchGeneration(): void {
	const { factSet } = readFactSetFile(DEFAULT_FACT_SET);
	if (!factSet) throw new Error(`${DEFAULT_FACT_SET} is not valid; run npm run check:facts`);
	const rows: string[][] = [];
	for (const factor of [1, 10, 100]) {
		const set = scaled(factSet, factor);
		const rounds = factor === 100 ? 3 : ROUNDS;
		const cells = [`${factor}x`, String(set.facts.length)];
		for (const count of [10, set.facts.length]) {
			if (factor === 100 && count > 10) {
				cells.push('-', '-');
				continue;
			}
			timeRun(set, count, -1); // warm-up
			const runs = Array.from({ length: rounds }, (_, round) => timeRun(set, count, round));
			cells.push(median(runs.map((run) => run.ms)).toFixed(1), String(runs[0].made));
		}
		rows.push(cells);
	}
	printTable(
		`Generating a run from a fresh fact set (median of ${ROUNDS}; 100x: 3)`,
		['fact set', 'facts', 'run of 10 ms', 'made', 'run of all ms', 'made'],
		rows
	);
}
