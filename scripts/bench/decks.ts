// Deck figures: what a teacher waits for while writing or importing a deck of 500 facts (the
// example deck copied under new questions). The editor checks the whole deck each time typing
// pauses and previews the open fact; an import also previews every fact and runs the linter.
import { performance } from 'node:perf_hooks';
import { readFileSync } from 'node:fs';
import { checkDraft, draftOf } from '../../src/lib/decks/draft.ts';
import { importDeck } from '../../src/lib/decks/import.ts';
import { previewDeck, previewFact } from '../../src/lib/decks/preview.ts';
import type { FactSet } from '../../src/lib/facts/index.ts';
import { median, printTable } from './report.ts';

const EXAMPLE = 'questions/apollo-11.csv';
const ROUNDS = 7;

function deckOf(facts: number): FactSet {
	const { factSet } = importDeck(readFileSync(EXAMPLE, 'utf8'), { fileName: EXAMPLE });
	if (!factSet) throw new Error(`${EXAMPLE} is not valid; run npm run check:facts`);
	const copies = [];
	for (let n = 0; copies.length < facts; n++)
		for (const fact of factSet.facts)
			if (copies.length < facts)
				copies.push({ ...fact, id: `${fact.id}-${n}`, question: `${fact.question} (${n})` });
	return { ...factSet, facts: copies };
}

function medianMs(action: () => unknown, rounds = ROUNDS): number {
	action(); // warm-up
	return median(
		Array.from({ length: rounds }, () => {
			const started = performance.now();
			action();
			return performance.now() - started;
		})
	);
}

export function benchDecks(): void {
	const rows: string[][] = [];
	for (const facts of [20, 100, 500]) {
		const deck = deckOf(facts);
		let key = 0;
		const draft = draftOf(deck, () => `k${key++}`);
		const last = deck.facts[deck.facts.length - 1];
		rows.push([
			String(facts),
			medianMs(() => checkDraft(draft)).toFixed(1),
			medianMs(() => previewFact(deck, last)).toFixed(1),
			medianMs(() => previewDeck(deck), facts === 500 ? 3 : ROUNDS).toFixed(0)
		]);
	}
	printTable(
		`Decks: checking and previewing (median of ${ROUNDS}; whole-deck preview of 500: 3)`,
		['facts', 'editor check ms', 'one fact preview ms', 'import preview ms'],
		rows
	);
}
