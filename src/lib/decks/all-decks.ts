// Everything on the device at once: back up every deck and its progress to one file, restore
// such a file (merging, never deleting), or delete every deck and all progress. The storage is
// passed in, so this runs the same against IndexedDB in the browser and in the unit tests.
import { contentVersionOf } from '../quiz/generate.ts';
import type { ImportReport, ProgressStore } from '../storage/index.ts';
import { isClassResult, type ClassResultsStore } from '../storage/class-results.ts';
import { isSharedQuiz, type SharedQuizzesStore } from '../storage/shared-quizzes.ts';
import type { DeckLibrary } from './library.ts';
import {
	buildAllDecksBackup,
	deckIdOfDatabase,
	readAllDecksBackup,
	type AllDecksBackup,
	type BackedUpDeck,
	type BackedUpDraft
} from './library-backup.ts';
import { isDeckDraft } from './draft.ts';

export interface DeviceStorage {
	library: DeckLibrary;
	/** The progress store of a deck (null: the built-in deck). */
	progress(deck: string | null): Promise<ProgressStore>;
	/** Names of the databases on this origin, when the browser can list them. */
	databaseNames(): Promise<string[] | undefined>;
	builtIn: { id: string; title: string };
	/** The teacher's side: results received and quizzes handed out. */
	classResults: ClassResultsStore;
	sharedQuizzes: SharedQuizzesStore;
}

/**
 * Every deck's facts (but the built-in's), every deck's progress, every draft in the editor
 * (decks only written so far included), the class results and the quizzes shared, in one document.
 */
export async function backUpAllDecks(storage: DeviceStorage, now: Date): Promise<AllDecksBackup> {
	const { library, builtIn } = storage;
	const decks: BackedUpDeck[] = [
		{
			id: builtIn.id,
			title: builtIn.title,
			builtIn: true,
			progress: await (await storage.progress(null)).exportBackup(now)
		}
	];
	const drafts = new Map((await library.drafts()).map((info) => [info.id, info]));
	const draftOf = async (id: string): Promise<BackedUpDraft | undefined> => {
		const info = drafts.get(id);
		const draft = info && (await library.getDraft(id));
		drafts.delete(id);
		// A draft this app cannot read back would not restore either.
		return info && isDeckDraft(draft)
			? { title: info.title, problemCount: info.problemCount, savedAt: info.savedAt, draft }
			: undefined;
	};
	for (const summary of await library.list()) {
		const stored = await library.get(summary.id);
		if (!stored) continue;
		decks.push({
			id: summary.id,
			title: summary.title,
			builtIn: false,
			factSet: stored.factSet,
			progress: await (await storage.progress(summary.id)).exportBackup(now),
			draft: await draftOf(summary.id)
		});
	}
	for (const id of [...drafts.keys()]) {
		const draft = await draftOf(id);
		if (draft) decks.push({ id, title: draft.title, builtIn: false, draft });
	}
	return buildAllDecksBackup(decks, now, {
		classResults: (await storage.classResults.load()).results,
		sharedQuizzes: (await storage.sharedQuizzes.load()).quizzes
	});
}

/** What restoring did to one deck. */
export interface DeckRestored {
	title: string;
	/** What happened to the deck itself ('none': the file has only a draft of it). */
	deck: 'built-in' | 'added' | 'already here' | 'kept this device’s version' | 'none';
	/** What happened to its changes kept as a draft, when the file has some. */
	draft?: 'added' | 'kept this device’s';
	/** The progress merged in; absent when it could not be (`problem` says why). */
	report?: ImportReport;
	problem?: string;
}

/** How many of a kind of record were added, were already here, or could not be read. */
export interface RecordsRestored {
	added: number;
	already: number;
	skipped: number;
}

export interface AllDecksRestored {
	decks: DeckRestored[];
	skipped: { title: string; reason: string }[];
	classResults: RecordsRestored;
	sharedQuizzes: RecordsRestored;
}

/**
 * Restores a backup of every deck: decks not on this device are added (one already here is kept
 * as it is: its facts may have been edited since), and each deck's progress is merged in, the
 * later state of each card winning. A draft is added where the deck has none here. Nothing on
 * the device is deleted. Throws on a file that is not such a backup.
 */
export async function restoreAllDecks(
	storage: DeviceStorage,
	data: unknown,
	now: Date
): Promise<AllDecksRestored> {
	const readResults = readAllDecksBackup(data, storage.builtIn.id);
	const { decks, skipped } = readResults;
	const restored: DeckRestored[] = [];
	for (const deck of decks) {
		let state: DeckRestored['deck'] = deck.builtIn ? 'built-in' : 'none';
		if (deck.factSet) {
			const here = await storage.library.get(deck.id);
			if (!here) {
				await storage.library.save(deck.factSet, now);
				state = 'added';
			} else {
				const same = here.summary.contentVersion === contentVersionOf(deck.factSet);
				state = same ? 'already here' : 'kept this device’s version';
			}
		}
		const done: DeckRestored = { title: deck.title, deck: state };
		if (deck.draft) {
			// After the deck: saving a deck drops its draft.
			const { draft, ...info } = deck.draft;
			const here = await storage.library.getDraft(deck.id);
			if (here === undefined) await storage.library.saveDraft(deck.id, draft, info);
			done.draft = here === undefined ? 'added' : 'kept this device’s';
		}
		if (deck.progress !== undefined) {
			try {
				done.report = await (
					await storage.progress(deck.builtIn ? null : deck.id)
				).importBackup(deck.progress, now);
			} catch (error) {
				done.problem = error instanceof Error ? error.message : 'its progress could not be read';
			}
		}
		restored.push(done);
	}
	const classResults = await addEach(readResults.classResults, isClassResult, (result) =>
		storage.classResults.add(result)
	);
	const known = new Set((await storage.sharedQuizzes.load()).quizzes.map((q) => q.key));
	const sharedQuizzes = await addEach(readResults.sharedQuizzes, isSharedQuiz, async (quiz) => {
		if (known.has(quiz.key)) return false;
		await storage.sharedQuizzes.add(quiz);
		return true;
	});
	return { decks: restored, skipped, classResults, sharedQuizzes };
}

/**
 * Stores each record that passes `valid` with `add`, which says whether it was new; the rest are
 * counted as skipped. A storage failure (no space, say) stops the restore and is reported, so
 * nothing is called restored that was not.
 */
async function addEach<T>(
	records: readonly unknown[],
	valid: (record: unknown) => record is T,
	add: (record: T) => Promise<boolean>
): Promise<RecordsRestored> {
	const counts: RecordsRestored = { added: 0, already: 0, skipped: 0 };
	for (const record of records) {
		if (!valid(record)) counts.skipped++;
		else if (await add(record)) counts.added++;
		else counts.already++;
	}
	return counts;
}

/**
 * Deletes every deck added (drafts too), the progress of every deck, the built-in one's and that
 * of decks deleted before (whose progress was kept for their return), the class results and the
 * list of quizzes shared. Returns how many decks and progress databases were cleared.
 */
export async function deleteAllDecks(
	storage: DeviceStorage,
	now: Date
): Promise<{ decks: number; progress: number }> {
	const { library } = storage;
	const ids = new Set<string>([
		...(await library.list()).map((deck) => deck.id),
		...(await library.drafts()).map((draft) => draft.id)
	]);
	const progressOf = new Set<string | null>([null, ...ids]);
	for (const name of (await storage.databaseNames()) ?? []) {
		const id = deckIdOfDatabase(name);
		if (id !== undefined) progressOf.add(id);
	}
	for (const id of ids) await library.remove(id);
	for (const deck of progressOf) await (await storage.progress(deck)).reset(now);
	await storage.classResults.clear();
	await storage.sharedQuizzes.clear();
	return { decks: ids.size, progress: progressOf.size };
}
