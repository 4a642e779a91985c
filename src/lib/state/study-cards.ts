// How a study card is shown (multiple choice or flashcard), and what a session starts from.
import { lexiconOf, type Fact, type FactSet } from '$lib/facts';
import { buildQuestion, createRng, formsFor, type Question } from '$lib/quiz';
import type { CardState, ReviewLogEntry } from '$lib/srs';
import { DEFAULT_STUDY_SETTINGS, type StudyMode, type StudySettings } from '$lib/storage';
import { readSafely, type DeckKey } from './progress';

/** A card as it is being shown. */
export interface StudyCard {
	fact: Fact;
	/** The card before this answer; undefined when it has never been studied. */
	before: CardState | undefined;
	/** The multiple-choice question, or null when the card is shown as a flashcard. */
	question: Question | null;
	/** True when the card was already answered earlier in this session (it came back). */
	again: boolean;
	/** The answer as it reads on the back of the flashcard. */
	answerText: string;
	source: Question['source'];
}

export interface StoredProgress {
	cards: ReadonlyMap<string, CardState>;
	log: readonly ReviewLogEntry[];
	settings: StudySettings;
}

/** What a session starts from; nothing stored (or storage failing, with a notice) gives defaults. */
export async function readStoredProgress(deck: DeckKey): Promise<StoredProgress> {
	const stored = await readSafely(deck, async (store) => ({
		cards: (await store.loadCards()).cards,
		log: (await store.loadLog()).log,
		settings: await store.loadSettings()
	}));
	return stored ?? { cards: new Map(), log: [], settings: { ...DEFAULT_STUDY_SETTINGS } };
}

/** The multiple-choice question for a fact, its form picked by a rng seeded with the fact and reps. */
export function choiceQuestion(factSet: FactSet, fact: Fact, reps: number): Question | null {
	try {
		const rng = createRng(`${fact.id}:${reps}`);
		return buildQuestion(factSet, fact, rng.pick(formsFor(factSet, fact)), rng);
	} catch {
		// A fact that cannot make four options is still studied, as a flashcard.
		return null;
	}
}

/** The card for `fact` as `mode` shows it; `again` when it was answered earlier in the session. */
export function studyCard(
	factSet: FactSet,
	fact: Fact,
	before: CardState | undefined,
	mode: StudyMode,
	again: boolean
): StudyCard {
	const question = mode === 'choice' ? choiceQuestion(factSet, fact, before?.reps ?? 0) : null;
	return {
		fact,
		before,
		question,
		again,
		answerText: lexiconOf(factSet).show(fact.answer, fact.answer.value),
		source: {
			...fact.source,
			text: factSet.article.paragraphs[fact.source.paragraph - 1] ?? '',
			...(factSet.article.note ? { note: factSet.article.note } : {})
		}
	};
}
