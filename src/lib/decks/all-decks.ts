// Everything on the device at once: back up every deck and its progress to one file, restore
// such a file (merging, never deleting), or delete every deck and all progress. The storage is
// passed in, so this runs the same against IndexedDB in the browser and in the unit tests.
import { contentVersionOf } from '../quiz/generate.ts';
import type { ImportReport, ProgressStore } from '../storage/index.ts';
import type { DeckLibrary } from './library.ts';
import {
	buildAllDecksBackup,
	deckIdOfDatabase,
	readAllDecksBackup,
	type AllDecksBackup,
	type BackedUpDeck
} from './library-backup.ts';

export interface DeviceStorage {
	library: DeckLibrary;
	/** The progress store of a deck (null: the built-in deck). */
	progress(deck: string | null): Promise<ProgressStore>;
	/** Names of the databases on this origin, when the browser can list them. */
	databaseNames(): Promise<string[] | undefined>;
	builtIn: { id: string; title: string };
}

/** Every deck's facts (but the built-in's) and every deck's progress, in one document. */
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
	for (const summary of await library.list()) {
		const stored = await library.get(summary.id);
		if (!stored) continue;
		decks.push({
			id: summary.id,
			title: summary.title,
			builtIn: false,
			factSet: stored.factSet,
			progress: await (await storage.progress(summary.id)).exportBackup(now)
		});
	}
	return buildAllDecksBackup(decks, now);
}

/** What restoring did to one deck. */
export interface DeckRestored {
	title: string;
	/** What happened to the deck itself. */
	deck: 'built-in' | 'added' | 'already here' | 'kept this device’s version';
	/** The progress merged in; absent when it could not be (`problem` says why). */
	report?: ImportReport;
	problem?: string;
}

export interface AllDecksRestored {
	decks: DeckRestored[];
	skipped: { title: string; reason: string }[];
}

/**
 * Restores a backup of every deck: decks not on this device are added (one already here is kept
 * as it is: its facts may have been edited since), and each deck's progress is merged in, the
 * later state of each card winning. Nothing on the device is deleted. Throws on a file that is
 * not such a backup.
 */
export async function restoreAllDecks(
	storage: DeviceStorage,
	data: unknown,
	now: Date
): Promise<AllDecksRestored> {
	const { decks, skipped } = readAllDecksBackup(data, storage.builtIn.id);
	const restored: DeckRestored[] = [];
	for (const deck of decks) {
		let state: DeckRestored['deck'] = 'built-in';
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
		try {
			const report = await (
				await storage.progress(deck.builtIn ? null : deck.id)
			).importBackup(deck.progress);
			restored.push({ title: deck.title, deck: state, report });
		} catch (error) {
			const problem = error instanceof Error ? error.message : 'its progress could not be read';
			restored.push({ title: deck.title, deck: state, problem });
		}
	}
	return { decks: restored, skipped };
}

/**
 * Deletes every deck added (drafts too) and the progress of every deck, the built-in one's and
 * that of decks deleted before (whose progress was kept for their return). Returns how many decks
 * and progress databases were cleared.
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
	return { decks: ids.size, progress: progressOf.size };
}
