// The deck page as reactive state: the decks on this device, and a deck being imported (read,
// checked, previewed, then saved, never before it is valid).
import { builtInDeck } from 'virtual:fact-set/deck';
import type { DeckSummary } from '$lib/decks/types';
import type { FactSet } from '$lib/facts/types';
import { openDeckLibrary, type DeckLibrary } from '$lib/decks/library';
import {
	MAX_DECK_BYTES,
	titleFromFileName,
	type DeckFormat,
	type DeckImport
} from '$lib/decks/import';
import { importDeckOffPage } from '$lib/decks/import-off-page';
import { previewDeck, type DeckPreview } from '$lib/decks/preview';
import type { DeckProblem } from '$lib/decks/spreadsheet';
import type { DraftInfo } from '$lib/decks/catalog';
import { checkDraft, emptyDraft, freeDeckId, newDraftKey } from '$lib/decks/draft';
import { loadDeck } from './deck';

export type ImportStatus = 'idle' | 'checking' | 'invalid' | 'valid' | 'saving' | 'saved';

/** A deck read from a file or pasted text, before and after it is saved. */
export interface PendingDeck {
	fileName: string;
	format: DeckFormat;
	problems: DeckProblem[];
	factSet?: FactSet;
	preview?: DeckPreview;
	/** The saved deck this one would replace (same id). */
	replaces?: DeckSummary;
	/** Unfinished changes in the editor to a deck with this id, which saving drops. */
	dropsDraft?: DraftInfo;
}

/** A deleted deck, as Undo puts it back. */
export interface DeletedDeck {
	title: string;
	factSet?: FactSet;
	draft?: { value: unknown; info: DraftInfo };
}

export class DeckShelf {
	#library: Promise<DeckLibrary> | undefined;
	#text = '';

	/** Saved decks, by title; the built-in deck is apart. */
	decks = $state.raw<DeckSummary[]>([]);
	/** Decks being written that do not pass the checks yet (a saved deck's draft included). */
	drafts = $state.raw<DraftInfo[]>([]);
	loaded = $state(false);
	persistent = $state(true);
	status = $state<ImportStatus>('idle');
	pending = $state.raw<PendingDeck>();
	/** A spreadsheet deck's title and description (a JSON deck names itself). */
	title = $state('');
	description = $state('');
	saved = $state.raw<DeckSummary>();
	/** The last deck deleted (its facts and any draft of it), kept so Undo can put it back. */
	deleted = $state.raw<DeletedDeck>();
	problem = $state('');

	library(): Promise<DeckLibrary> {
		return (this.#library ??= openDeckLibrary().then((library) => {
			this.persistent = library.persistent;
			return library;
		}));
	}

	async load(): Promise<void> {
		try {
			const library = await this.library();
			[this.decks, this.drafts] = await Promise.all([library.list(), library.drafts()]);
		} catch {
			this.problem = 'Your decks could not be read from this device’s storage.';
		}
		this.loaded = true;
	}

	/** Reads a file the teacher chose or dropped. */
	async readFile(file: File): Promise<void> {
		if (file.size > MAX_DECK_BYTES) {
			this.#show(file.name, '', {
				format: 'json',
				problems: [
					{
						where: '',
						problem: `the file is too large (${(file.size / 1e6).toFixed(1)} MB); a deck can be at most ${MAX_DECK_BYTES / 1e6} MB`
					}
				]
			});
			return;
		}
		let text: string;
		try {
			text = await file.text();
		} catch {
			this.#show(file.name, '', {
				format: 'json',
				problems: [{ where: '', problem: 'the file could not be read' }]
			});
			return;
		}
		this.title = titleFromFileName(file.name);
		this.description = '';
		await this.read(text, file.name);
	}

	/** Checks `text` as a deck and, when it is valid, previews its questions. Saves nothing. */
	async read(text: string, fileName: string): Promise<void> {
		this.#text = text;
		this.status = 'checking';
		this.saved = undefined;
		const reading = ++this.#reading;
		// Parsed and checked in a worker, so a large or hostile file never holds the page.
		const result = await importDeckOffPage(text, {
			fileName,
			title: this.title || undefined,
			description: this.description || undefined,
			reservedIds: [builtInDeck.id]
		});
		// A newer read (the title changed meanwhile) wins.
		if (reading !== this.#reading) return;
		this.#show(fileName, text, result);
	}

	/** Counts reads, so an older one finishing late is dropped. */
	#reading = 0;

	/** Reads the same text again, after the title or description changed. */
	reread(): Promise<void> {
		return this.pending ? this.read(this.#text, this.pending.fileName) : Promise.resolve();
	}

	#show(fileName: string, text: string, result: DeckImport): void {
		this.#text = text;
		const { factSet } = result;
		this.pending = {
			fileName,
			format: result.format,
			problems: result.problems,
			factSet,
			preview: factSet ? previewDeck(factSet) : undefined,
			replaces: factSet ? this.decks.find((deck) => deck.id === factSet.id) : undefined,
			dropsDraft: factSet ? this.drafts.find((draft) => draft.id === factSet.id) : undefined
		};
		this.status = factSet ? 'valid' : 'invalid';
	}

	/** Saves the valid pending deck; its questions were shown first. */
	async save(now: Date): Promise<DeckSummary | undefined> {
		const factSet = this.pending?.factSet;
		if (!factSet || this.status !== 'valid') return undefined;
		this.status = 'saving';
		try {
			const summary = await (await this.library()).save(factSet, now);
			this.saved = summary;
			this.status = 'saved';
			await this.load();
			return summary;
		} catch {
			this.status = 'valid';
			this.problem = 'The deck could not be saved: this browser refused to store it.';
			return undefined;
		}
	}

	/** Deletes a saved deck or draft (its progress stays, and comes back if the deck is added again). */
	async remove(id: string): Promise<void> {
		try {
			const library = await this.library();
			const [stored, draft] = await Promise.all([library.get(id), library.getDraft(id)]);
			const info = this.drafts.find((entry) => entry.id === id);
			await library.remove(id);
			this.deleted = {
				title: stored?.factSet.title ?? info?.title ?? id,
				factSet: stored?.factSet,
				draft: draft !== undefined && info ? { value: draft, info } : undefined
			};
		} catch {
			this.problem = 'The deck could not be deleted: this browser refused to change its storage.';
		}
		await this.load();
	}

	/** Puts the last deleted deck back, with any draft of it. */
	async undoRemove(now: Date): Promise<void> {
		const deleted = this.deleted;
		if (!deleted) return;
		try {
			const library = await this.library();
			// The deck first: saving it drops any draft, which then goes back beside it.
			if (deleted.factSet) await library.save(deleted.factSet, now);
			if (deleted.draft) {
				const { id, ...info } = deleted.draft.info;
				await library.saveDraft(id, deleted.draft.value, info);
			}
			this.deleted = undefined;
		} catch {
			this.problem = 'The deck could not be put back: this browser refused to change its storage.';
		}
		await this.load();
	}

	/** An id no deck, draft or the built-in deck has: "my-deck", "my-deck-2"… */
	#freeId(title: string): string {
		return freeDeckId(title, [
			builtInDeck.id,
			...this.decks.map((deck) => deck.id),
			...this.drafts.map((draft) => draft.id)
		]);
	}

	/** Starts a new, empty deck as a draft; returns its id, for the editor. */
	async create(now: Date): Promise<string | undefined> {
		await this.load();
		const id = this.#freeId('My deck');
		const draft = emptyDraft(id, 'My deck', newDraftKey);
		try {
			await (
				await this.library()
			).saveDraft(id, draft, {
				title: draft.title,
				problemCount: checkDraft(draft).problems.length,
				savedAt: now.toISOString()
			});
			return id;
		} catch {
			this.problem = 'A new deck could not be started: this browser refused to store it.';
			return undefined;
		}
	}

	/** Saves a copy of a deck (the built-in one, say) under a new id; returns it, for the editor. */
	async copy(id: string | null, now: Date): Promise<string | undefined> {
		try {
			await this.load();
			const { factSet } = await loadDeck(id);
			const title = `${factSet.title} (copy)`;
			const copy = { ...factSet, id: this.#freeId(title), title };
			await (await this.library()).save(copy, now);
			return copy.id;
		} catch {
			this.problem = 'The deck could not be copied: this browser refused to store it.';
			return undefined;
		}
	}

	/** Forgets the pending deck. */
	clear(): void {
		this.pending = undefined;
		this.status = 'idle';
		this.#text = '';
	}
}
