// What the progress page shows, as reactive state: everything stored, read once per load, and the
// statistics derived from it at the moment the page looked (`now`, passed in).
import type { Fact } from '$lib/facts';
import { forecast, type CardState, type ReviewLogEntry } from '$lib/srs';
import {
	DEFAULT_STUDY_SETTINGS,
	requestPersistence,
	storageEstimate,
	type Durability,
	type NavigatorLike,
	type RunRecord,
	type StudySettings
} from '$lib/storage';
import { accuracyOverTime, bestScores, dayStreak, masteryByTopic, masteryTotals } from '$lib/stats';
import { readSafely, safely, type DeckKey } from './progress';

export const FORECAST_DAYS = 7;

// Replaced whole, never changed in place: `$state.raw` sees each replacement.
const NO_CARDS: ReadonlyMap<string, CardState> = new Map();
const EPOCH = new Date(0);

export class ProgressView {
	// Set by the constructor; the derived values below read them only when first used.
	#facts: readonly Pick<Fact, 'id' | 'topic'>[] = [];
	#topics: readonly string[] = [];
	#deck: DeckKey = null;

	loaded = $state(false);
	now = $state.raw(EPOCH);
	cards = $state.raw(NO_CARDS);
	log = $state.raw<readonly ReviewLogEntry[]>([]);
	runs = $state.raw<readonly RunRecord[]>([]);
	settings = $state.raw<StudySettings>({ ...DEFAULT_STUDY_SETTINGS });
	durability = $state.raw<Durability | null>(null);

	mastery = $derived(masteryByTopic(this.#topics, this.#facts, this.cards, this.now));
	totals = $derived(masteryTotals(this.mastery));
	days = $derived(forecast(this.cards, this.now, FORECAST_DAYS));
	streak = $derived(dayStreak(this.log, this.now));
	accuracy = $derived(accuracyOverTime(this.runs));
	best = $derived(bestScores(this.runs));

	/** The progress of `deck`, whose facts and topics (in order) are given. */
	constructor(
		deck: DeckKey,
		topics: readonly string[],
		facts: readonly Pick<Fact, 'id' | 'topic'>[]
	) {
		this.#deck = deck;
		this.#topics = topics;
		this.#facts = facts;
	}

	/** Reads everything stored, and how durable storage is, as of `now`. */
	async load(now: Date, navigatorLike: NavigatorLike | undefined): Promise<void> {
		const stored = await readSafely(this.#deck, async (store) => ({
			cards: (await store.loadCards()).cards,
			log: (await store.loadLog()).log,
			runs: (await store.loadRuns()).runs,
			settings: await store.loadSettings()
		}));
		this.now = now;
		this.cards = stored?.cards ?? NO_CARDS;
		this.log = stored?.log ?? [];
		this.runs = stored?.runs ?? [];
		this.settings = stored?.settings ?? { ...DEFAULT_STUDY_SETTINGS };
		this.durability = await storageEstimate(navigatorLike);
		this.loaded = true;
	}

	/**
	 * Saves study settings; false when storage refused (the notice says why). They show at once, so
	 * quick changes (a slider moved by keyboard) are never overtaken by an earlier save finishing.
	 */
	async saveSettings(settings: StudySettings): Promise<boolean> {
		const previous = this.settings;
		this.settings = settings;
		const saved = await safely(this.#deck, async (store) => {
			await store.saveSettings(settings);
			return true;
		});
		if (!saved && this.settings === settings) this.settings = previous;
		return saved === true;
	}

	/** Asks the browser to keep our data, and shows its answer. */
	async requestPersistence(navigatorLike: NavigatorLike | undefined): Promise<Durability> {
		this.durability = await requestPersistence(navigatorLike);
		return this.durability;
	}
}
