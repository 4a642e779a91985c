// Generation figures: median time to generate 1,000 questions from the summit fact set and from
// synthetic sets 10x and 100x larger (copies of the facts under new ids).
import { performance } from 'node:perf_hooks';
import type { FactSet } from '../../src/lib/facts/index.ts';
import { defaultQuizSettings, generateQuiz } from '../../src/lib/quiz/index.ts';
import { DEFAULT_FACT_SET, readFactSetFile } from '../factset-file.ts';
import { median, printTable } from './report.ts';

const QUESTIONS = 1000;
const ROUNDS = 15;

function scaled(set: FactSet, factor: number): FactSet {
	const facts = [];
	for (let copy = 0; copy < factor; copy++)
		for (const fact of set.facts)
			facts.push({ ...fact, id: copy === 0 ? fact.id : `${fact.id}-copy${copy}` });
	return { ...set, facts };
}

/** Generates runs with fresh seeds until QUESTIONS questions exist; returns milliseconds. */
function timeThousand(set: FactSet, round: number): number {
	const copy = structuredClone(set); // a fresh object, so per-set indexes are built inside the timing
	const started = performance.now();
	let made = 0;
	for (let run = 0; made < QUESTIONS; run++) {
		const questions = generateQuiz(
			copy,
			defaultQuizSettings(`bench-${round}-${run}`, { count: QUESTIONS - made })
		);
		made += questions.length;
	}
	return performance.now() - started;
}

export function benchGeneration(): void {
	const { factSet } = readFactSetFile(DEFAULT_FACT_SET);
	if (!factSet) throw new Error(`${DEFAULT_FACT_SET} is not valid; run npm run check:facts`);
	const rows: string[][] = [];
	let baseline = 0;
	for (const factor of [1, 10, 100]) {
		const set = scaled(factSet, factor);
		timeThousand(set, -1); // warm-up
		const ms = median(Array.from({ length: ROUNDS }, (_, round) => timeThousand(set, round)));
		if (factor === 1) baseline = ms;
		rows.push([
			`${factor}x`,
			String(set.facts.length),
			ms.toFixed(2),
			((ms / QUESTIONS) * 1000).toFixed(1),
			`${(ms / baseline).toFixed(2)}x`
		]);
	}
	printTable(
		`Generating ${QUESTIONS} questions (median of ${ROUNDS})`,
		['fact set', 'facts', 'ms', 'µs/question', 'vs 1x'],
		rows
	);
}
