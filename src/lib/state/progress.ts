// The app's one door to saved progress: opens storage once, records answers through FSRS and
// keeps run history. Failures become a notice (storageStatus); they never interrupt play.
import {
	openProgressStore,
	StorageError,
	toStorageError,
	type ProgressStore,
	type RunRecord,
	type StudySettings
} from '$lib/storage';
import { progressDbName } from '$lib/decks/progress-db';
import {
	forgetAnswer,
	journalAnswer,
	journaledAnswers,
	type GivenAnswer
} from '$lib/storage/journal';
import { createScheduler, ratingForAnswer, type Scheduler } from '$lib/srs';
import { storageStatus } from './storage-status.svelte';

/** A deck's id, or null for the built-in deck: each deck keeps its progress apart. */
export type DeckKey = string | null;

const opening = new Map<DeckKey, Promise<ProgressStore>>();

/** The deck's progress store, opened on first use; falls back to memory with a notice. */
export function progressStore(deck: DeckKey): Promise<ProgressStore> {
	let store = opening.get(deck);
	if (!store) {
		watchForRecovery();
		store = openProgressStore({ now: new Date(), dbName: progressDbName(deck) }).then(
			async (store) => {
				storageStatus.persistent = store.persistent;
				if (store.problem) storageStatus.report(new StorageError(store.problem).message);
				await recordJournaled(deck, store);
				return store;
			}
		);
		opening.set(deck, store);
	}
	return store;
}

/** Runs a storage action on the deck's store; a failure is shown as a notice and returns undefined. */
export async function safely<T>(
	deck: DeckKey,
	action: (store: ProgressStore) => Promise<T>
): Promise<T | undefined> {
	try {
		return await action(await progressStore(deck));
	} catch (error) {
		storageStatus.report(toStorageError(error).message, true);
		return undefined;
	}
}

/** Like safely(), for reads: first waits for writes under way, so it sees what was just saved. */
export async function readSafely<T>(
	deck: DeckKey,
	action: (store: ProgressStore) => Promise<T>
): Promise<T | undefined> {
	await storageStatus.settled();
	return safely(deck, action);
}

/** An answer to record (a self-graded flashcard gives its rating directly). */
export type AnswerToRecord = GivenAnswer;

/**
 * Schedules the fact's card with FSRS and logs the answer, in one transaction. The answer goes to
 * the journal first, at once (unless the caller journaled it already, as `journalId`), so a tab
 * closed before the transaction ends keeps it.
 */
export function recordAnswer(
	deck: DeckKey,
	answer: AnswerToRecord,
	now: Date,
	settings?: StudySettings,
	journalId = journalAnswer(deck, answer, now)
) {
	return safely(deck, async (store) => {
		const { desiredRetention } = settings ?? (await store.loadSettings());
		const saved = await review(
			store,
			createScheduler({ desiredRetention }),
			answer,
			now,
			journalId
		);
		// Storage works again after a failure: answers it left in the journal go in now.
		if (storageStatus.recovered()) void recordJournaled(deck, store);
		return saved;
	});
}

/**
 * Records one answer given `at`, once (by its journal id, when it has one), and forgets it from
 * the journal. Kept in memory only (storage refused), it stays in the journal for a later open.
 */
async function review(
	store: ProgressStore,
	scheduler: Scheduler,
	answer: GivenAnswer,
	at: Date,
	journalId: string | undefined
) {
	const rating = answer.rating ?? ratingForAnswer(answer);
	const saved = await store.recordReview(
		answer.factId,
		(current) => scheduler.review(current, answer.factId, rating, at),
		journalId ? { id: journalId, at } : undefined
	);
	if (journalId && store.persistent) forgetAnswer(journalId);
	return saved;
}

/** Ids of the deck's answers still waiting in the journal (storage has not taken them yet). */
export function waitingAnswerIds(deck: DeckKey): Set<string> {
	return new Set(journaledAnswers(deck).map((answer) => answer.id));
}

let watching = false;

/** Answers left in the journal by a failed write are tried again when the device is back. */
function watchForRecovery(): void {
	if (watching || typeof window === 'undefined') return;
	watching = true;
	const retry = () => {
		for (const [deck, store] of opening) void store.then((opened) => recordJournaled(deck, opened));
	};
	addEventListener('online', retry);
	document.addEventListener('visibilitychange', () => {
		if (document.visibilityState === 'visible') retry();
	});
}

/** Answers being recorded from the journal, per deck, so two retries never overlap. */
const replaying = new Map<DeckKey, Promise<void>>();

/**
 * Records the deck's answers left in the journal: by a tab closed before they were stored, or by
 * a write that failed (a full disk). Each is recorded once, whoever tries.
 */
function recordJournaled(deck: DeckKey, store: ProgressStore): Promise<void> {
	const running = replaying.get(deck);
	if (running) return running;
	const replay = replayJournal(deck, store).finally(() => replaying.delete(deck));
	replaying.set(deck, replay);
	return replay;
}

async function replayJournal(deck: DeckKey, store: ProgressStore): Promise<void> {
	const answers = store.persistent ? journaledAnswers(deck) : [];
	if (answers.length === 0) return;
	try {
		const scheduler = createScheduler({
			desiredRetention: (await store.loadSettings()).desiredRetention
		});
		for (const answer of answers)
			await review(store, scheduler, answer, new Date(answer.at), answer.id);
		storageStatus.recovered();
	} catch (error) {
		// What is left stays in the journal for the next try.
		storageStatus.report(toStorageError(error).message, true);
	}
}

/**
 * Saves (or replaces) a run record: called after every answer so a reload loses nothing.
 * True once saved (in memory only, when storage is refused); undefined when it failed.
 */
export function saveRun(deck: DeckKey, run: RunRecord): Promise<true | undefined> {
	return safely(deck, async (store) => {
		await store.saveRun(run);
		return true as const;
	});
}
