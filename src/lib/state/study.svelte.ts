// One study session as reactive state: which card is showing and how, what was answered, and
// what is due now, later today and in the next days. Time always comes in as `now`.
import type { Fact, FactSet } from '$lib/facts';
import {
	buildStudyQueue,
	countNewStudiedToday,
	createScheduler,
	dueLaterToday,
	forecast,
	isDue,
	RATINGS,
	ratingForAnswer,
	type CardState,
	type Rating,
	type ReviewLogEntry,
	type ReviewResult
} from '$lib/srs';
import { DEFAULT_STUDY_SETTINGS, type StudyMode, type StudySettings } from '$lib/storage';
import { nextDueWithin, summarizeSession, type SessionAnswer } from '$lib/stats';
import { recordAnswer, safely, type AnswerToRecord, type DeckKey } from './progress';
import { studyCard, type StoredProgress, type StudyCard } from './study-cards';

export type { StoredProgress, StudyCard } from './study-cards';
export { readStoredProgress } from './study-cards';

/** A card falling due within this long keeps the session open ("next card in 6 min"). */
export const SESSION_WAIT_MS = 20 * 60_000;
export const FORECAST_DAYS = 7;

export type StudyStatus = 'loading' | 'question' | 'answered' | 'waiting' | 'done';

// Values below are replaced whole, never changed in place: `$state.raw` sees each replacement.
const NO_CARDS: ReadonlyMap<string, CardState> = new Map();
const EPOCH = new Date(0);

/** `cards` with `card` put in, as a new map. */
function withCard(
	cards: ReadonlyMap<string, CardState>,
	card: CardState
): ReadonlyMap<string, CardState> {
	return new Map([...cards, [card.id, card]]);
}

function indexFacts(facts: readonly Fact[]): ReadonlyMap<string, Fact> {
	return new Map(facts.map((fact) => [fact.id, fact]));
}

export class StudySession {
	#deck: DeckKey = null;
	#factSet: FactSet | undefined;
	// Filled in by load(); the derived values below first read them after it.
	#ids: string[] = [];
	#facts: ReadonlyMap<string, Fact> = indexFacts([]);
	#shownAt = EPOCH;
	/** The answer being saved, if any. */
	#pending: Promise<void> = Promise.resolve();
	/** The value of `shown` when the current card's answer was applied. */
	#answeredShow = -1;

	settings = $state.raw<StudySettings>({ ...DEFAULT_STUDY_SETTINGS });
	cards = $state.raw(NO_CARDS);
	log = $state.raw<readonly ReviewLogEntry[]>([]);
	/** The session's clock: when the page last looked. */
	now = $state.raw(EPOCH);
	loaded = $state(false);
	current = $state.raw<StudyCard>();
	/** The option chosen for the current multiple-choice card, once answered. */
	chosen = $state<number>();
	/** Whether the current flashcard's answer is showing. */
	revealed = $state(false);
	/** True while an answer is being saved; further answers wait. */
	saving = $state(false);
	/** The learner ended the session while waiting for a card. */
	stopped = $state(false);
	answers = $state.raw<SessionAnswer[]>([]);
	/** Counts the cards shown; tells apart two showings of the same card. */
	shown = $state(0);

	queue = $derived(
		buildStudyQueue({
			cardIds: this.#ids,
			cards: this.cards,
			now: this.now,
			newPerDay: this.settings.newPerDay,
			newStudiedToday: countNewStudiedToday(this.log, this.now)
		})
	);
	dueNow = $derived(this.#ids.filter((id) => isDue(this.cards.get(id), this.now)).length);
	newToday = $derived(this.queue.length - this.dueNow);
	laterToday = $derived(dueLaterToday(this.cards, this.now));
	days = $derived(forecast(this.cards, this.now, FORECAST_DAYS));
	nextDue = $derived(nextDueWithin(this.cards, this.now, SESSION_WAIT_MS));
	summary = $derived(summarizeSession(this.answers));
	status = $derived.by<StudyStatus>(() => {
		if (!this.loaded) return 'loading';
		if (this.current) return this.chosen === undefined ? 'question' : 'answered';
		return this.nextDue !== null && !this.stopped ? 'waiting' : 'done';
	});
	/** For each rating, how long until the current card would come back. */
	previews = $derived.by(() => {
		const card = this.current;
		if (!card) return undefined;
		const scheduler = createScheduler(this.settings);
		const at = this.#shownAt;
		return Object.fromEntries(
			RATINGS.map((rating) => {
				const due = scheduler.review(card.before, card.fact.id, rating, at).card.due;
				return [rating, Date.parse(due) - at.getTime()];
			})
		) as Record<Rating, number>;
	});

	/** Starts the session on a deck's facts and on what storage holds for it. */
	load(deck: DeckKey, factSet: FactSet, progress: StoredProgress, now: Date): void {
		this.#deck = deck;
		this.#factSet = factSet;
		this.#ids = factSet.facts.map((fact) => fact.id);
		this.#facts = indexFacts(factSet.facts);
		this.cards = progress.cards;
		this.log = progress.log;
		this.settings = progress.settings;
		this.loaded = true;
		this.#show(now);
	}

	/** Shows the first card of the queue at `now`, or none when nothing is due. */
	#show(now: Date): void {
		this.now = now;
		this.#shownAt = now;
		const id = this.queue[0];
		this.current = id === undefined ? undefined : this.#present(id);
		this.chosen = undefined;
		this.revealed = false;
		if (this.current) this.shown += 1;
	}

	#present(id: string): StudyCard | undefined {
		const fact = this.#facts.get(id);
		if (!fact || !this.#factSet) return undefined;
		const again = this.answers.some((answer) => answer.factId === id);
		return studyCard(this.#factSet, fact, this.cards.get(id), this.settings.studyMode, again);
	}

	/** Answers the current multiple-choice card and saves it; undefined when it cannot be answered now. */
	choose(index: number, now: Date): Promise<void> | undefined {
		const question = this.current?.question;
		if (!question || this.status !== 'question' || this.saving) return undefined;
		this.chosen = index;
		const elapsedMs = Math.max(0, now.getTime() - this.#shownAt.getTime());
		return this.#record(
			{ factId: question.factId, correct: index === question.answer, elapsedMs },
			now
		);
	}

	/** Saves an answer through the progress store, then takes the saved review in. */
	#record(answer: AnswerToRecord, now: Date): Promise<void> {
		this.saving = true;
		this.#pending = recordAnswer(this.#deck, answer, now, this.settings).then((saved) =>
			this.apply(answer, saved, now)
		);
		return this.#pending;
	}

	/** Resolves once the latest answer has been saved and taken in. */
	settled(): Promise<void> {
		return this.#pending;
	}

	/** Shows the current flashcard's answer. */
	reveal(): void {
		if (this.current && !this.current.question) this.revealed = true;
	}

	/** Grades the revealed flashcard and saves it; undefined when it cannot be graded now. */
	grade(rating: Rating, now: Date): Promise<void> | undefined {
		const card = this.current;
		if (!card || card.question || !this.revealed || this.saving) return undefined;
		const elapsedMs = Math.max(0, now.getTime() - this.#shownAt.getTime());
		return this.#record(
			{ factId: card.fact.id, correct: rating !== 'again', elapsedMs, rating },
			now
		);
	}

	/** Takes in the saved review; when saving failed, schedules it here so the session goes on. */
	apply(answer: AnswerToRecord, saved: ReviewResult | undefined, now: Date): void {
		const before = this.cards.get(answer.factId);
		const rating = answer.rating ?? ratingForAnswer(answer);
		const result =
			saved ?? createScheduler(this.settings).review(before, answer.factId, rating, now);
		this.cards = withCard(this.cards, result.card);
		this.log = [...this.log, result.log];
		const correct = answer.rating ? null : answer.correct;
		const wasNew = (before?.state ?? 'new') === 'new';
		this.answers = [...this.answers, { factId: answer.factId, rating, correct, wasNew }];
		this.#answeredShow = this.shown;
		this.saving = false;
	}

	/** Moves on to the next card due at `now` (after feedback, a grade, or a wait). */
	next(now: Date): void {
		if (this.saving || (this.current && this.#answeredShow !== this.shown)) return;
		this.#show(now);
	}

	/** Looks at the clock while waiting: shows a card once one is due. */
	refresh(now: Date): void {
		if (this.status === 'waiting') this.#show(now);
	}

	/** Ends the session while waiting for a card. */
	stop(): void {
		this.stopped = true;
	}

	/** Switches how cards are shown and saves it; an unanswered card is shown again the new way. */
	async setMode(mode: StudyMode): Promise<void> {
		this.settings = { ...this.settings, studyMode: mode };
		const card = this.current;
		if (card && this.status === 'question' && !this.revealed && !this.saving) {
			this.current = this.#present(card.fact.id);
		}
		const settings = this.settings;
		await safely(this.#deck, (store) => store.saveSettings(settings));
	}
}
