// A deck being edited, as reactive state: checked as the teacher types, saved without a Save
// button. A draft that passes the checks replaces the deck that plays; one that does not is kept
// as a draft, and the deck that plays stays at its last good version.
import { openDeckLibrary, type DeckLibrary } from '$lib/decks/library';
import {
	blankFact,
	checkDraft,
	draftOf,
	isDeckDraft,
	withoutParagraph,
	withParagraph,
	newDraftKey,
	newFactIds,
	soundFacts,
	withTopicRenamed,
	factsFiledUnder,
	shownProblems,
	type DeckDraft,
	type DraftCheck,
	type DraftFact
} from '$lib/decks/draft';
import { previewFact } from '$lib/decks/preview';
import { MAX_TOPICS, type FactSet } from '$lib/facts/types';

export type EditorStatus = 'loading' | 'ready' | 'missing' | 'unreadable';
export type SaveStatus = 'saved' | 'pending' | 'saving' | 'failed';

/** The last thing deleted, and how to put it back. */
interface Removal {
	/** "fact “Who flew Eagle?”", "paragraph 3". */
	label: string;
	/** Puts it back; returns the element id to focus afterwards. */
	restore: () => string;
}

/** How long typing may pause before the deck is checked, and before it is saved. */
const CHECK_DELAY_MS = 150;
const SAVE_DELAY_MS = 600;

const NOT_CHECKED: DraftCheck = { problems: [], ids: new Map() };

export class DeckEditor {
	readonly id: string;
	status = $state<EditorStatus>('loading');
	draft = $state<DeckDraft>() as DeckDraft;
	check = $state.raw<DraftCheck>(NOT_CHECKED);
	/** What facts are previewed against: the checked deck, or its facts that have no problems. */
	previewSet = $state.raw<FactSet>();
	save = $state<SaveStatus>('saved');
	/** What the last save kept: the deck that plays, or a draft beside it. */
	savedAs = $state<'deck' | 'draft'>('deck');
	/** True when a version of the deck passes the checks and plays (a new deck has none yet). */
	playable = $state(false);
	persistent = $state(true);
	removed = $state.raw<Removal>();
	/** Facts shown open, by key. */
	open = $state<string[]>([]);
	/** A note on how the deck was opened ("unfinished changes could not be read…"). */
	notice = $state('');
	/** Fields of new facts the teacher has left at least once, by fact key. */
	left = $state<Record<string, string[]>>({});
	/** The problems shown now, and the new facts not finished yet (see shownProblems). */
	shown = $derived(
		shownProblems(
			// The draft is there once the deck is opened (status 'ready').
			this.draft ?? { facts: [] },
			this.check.problems,
			this.left
		)
	);

	#library: DeckLibrary | undefined;
	#checkTimer: ReturnType<typeof setTimeout> | undefined;
	#saveTimer: ReturnType<typeof setTimeout> | undefined;
	#saving: Promise<void> = Promise.resolve();
	/** Saves asked for, and the newest that has started: an older one never lands after it. */
	#requested = 0;
	#started = 0;
	#now: () => Date;
	/** The draft as last stored (or opened), to skip writes that would change nothing. */
	#stored = '';
	/** The draft `check` is of, so a save right after a check does not check it again. */
	#checked = '';
	/** The topic being renamed, and the facts its new name carries (counted when typing began). */
	#renaming: { index: number; carried: string[] } | undefined;

	/** `now` tells the time for the saved deck's summary. */
	constructor(id: string, now: () => Date) {
		this.id = id;
		this.#now = now;
	}

	/** Opens the draft of the deck, or the saved deck itself when there is no draft. */
	async load(library?: DeckLibrary): Promise<void> {
		try {
			this.#library = library ?? (await openDeckLibrary());
			this.persistent = this.#library.persistent;
			const [stored, draft] = await Promise.all([
				this.#library.get(this.id),
				this.#library.getDraft(this.id)
			]);
			this.playable = stored !== undefined;
			if (isDeckDraft(draft) && draft.id === this.id) {
				this.draft = draft;
				this.savedAs = 'draft';
			} else if (stored) {
				if (draft !== undefined)
					this.notice =
						'Unfinished changes to this deck could not be read; this is the deck as last saved.';
				this.draft = draftOf(stored.factSet, newDraftKey);
			} else {
				this.status = 'missing';
				return;
			}
			this.#recheck(this.draft);
			this.#stored = JSON.stringify(this.draft);
			this.status = 'ready';
		} catch {
			this.status = 'unreadable';
		}
	}

	#recheck(draft: DeckDraft): void {
		const check = checkDraft(draft);
		this.check = check;
		this.#checked = JSON.stringify(draft);
		if (check.factSet) {
			this.previewSet = check.factSet;
			return;
		}
		// The facts with no problems still preview, beside one being written.
		const sound = soundFacts(draft, check.problems);
		this.previewSet = sound.length > 0 ? checkDraft({ ...draft, facts: sound }).factSet : undefined;
	}

	/** The questions fact `key` makes, when it passes the checks. */
	preview(key: string): ReturnType<typeof previewFact> | undefined {
		const set = this.previewSet;
		const id = this.check.ids.get(key);
		const fact = set?.facts.find((each) => each.id === id);
		return set && fact ? previewFact(set, fact) : undefined;
	}

	/** Call after any change: the deck is checked, then saved, once typing pauses. */
	changed(): void {
		if (this.status !== 'ready') return;
		this.save = 'pending';
		clearTimeout(this.#checkTimer);
		this.#checkTimer = setTimeout(() => this.#recheck(this.#snapshot()), CHECK_DELAY_MS);
		clearTimeout(this.#saveTimer);
		this.#saveTimer = setTimeout(() => void this.flush(), SAVE_DELAY_MS);
	}

	/**
	 * Saves what is typed, after any save already running; resolves when it is stored. With
	 * `now` (the page is being hidden or closed), the write starts at once rather than in turn: a
	 * page being closed gets no later turn. A save still waiting its turn is then skipped, as it
	 * would only bring back an older draft.
	 */
	flush(now = false): Promise<void> {
		clearTimeout(this.#saveTimer);
		if (this.status !== 'ready') return this.#saving;
		const draft = this.#snapshot();
		const unsaved = JSON.stringify(draft) !== this.#stored;
		if (this.save !== 'pending' && !(now && unsaved && this.save === 'saving')) return this.#saving;
		this.save = 'saving';
		const request = ++this.#requested;
		if (now) {
			// Writes reach the database in the order they are made (one store, each made with no
			// wait before it), so one still running lands before this newer one, never after.
			const stored = this.#store(draft, request);
			this.#saving = Promise.all([this.#saving, stored]).then(() => undefined);
			return stored;
		}
		this.#saving = this.#saving.then(() => this.#store(draft, request));
		return this.#saving;
	}

	async #store(draft: DeckDraft, request: number): Promise<void> {
		const library = this.#library;
		if (!library || request < this.#started) return;
		this.#started = request;
		const latest = () => request === this.#requested;
		const json = JSON.stringify(draft);
		if (json === this.#stored) {
			if (latest() && this.save === 'saving') this.save = 'saved';
			return;
		}
		const check = json === this.#checked ? this.check : checkDraft(draft);
		try {
			if (check.factSet) {
				await library.save(check.factSet, this.#now());
				this.#keepIds(newFactIds(draft, check.ids));
				this.savedAs = 'deck';
				this.playable = true;
			} else {
				await library.saveDraft(this.id, draft, {
					title: draft.title.trim() || 'Untitled deck',
					problemCount: check.problems.length,
					savedAt: this.#now().toISOString()
				});
				this.savedAs = 'draft';
			}
			this.#stored = json;
			// Only the newest save says "saved": an older one finishing says nothing.
			if (latest() && this.save === 'saving') this.save = 'saved';
		} catch {
			this.save = 'failed';
		}
	}

	/** New facts keep the ids they were first saved with, whatever their question becomes. */
	#keepIds(saved: [key: string, id: string][]): void {
		for (const [key, id] of saved) {
			const fact = this.#fact(key);
			if (fact && fact.id === '') fact.id = id;
		}
	}

	#snapshot(): DeckDraft {
		// A plain copy (the draft is JSON data); cheaper in the shared bundle than $state.snapshot.
		return JSON.parse(JSON.stringify(this.draft)) as DeckDraft;
	}

	/** Adds a fact after the others, open, under the topic and paragraph of the last one. */
	addFact(): string {
		const last = this.draft.facts.at(-1);
		const fact = blankFact(
			newDraftKey(),
			last?.topic ?? this.draft.topics[0] ?? '',
			last?.paragraph || (this.draft.paragraphs.length > 0 ? 1 : 0)
		);
		this.draft.facts.push(fact);
		this.open.push(fact.key);
		this.changed();
		return fact.key;
	}

	removeFact(key: string): void {
		const index = this.draft.facts.findIndex((fact) => fact.key === key);
		if (index < 0) return;
		const [fact] = this.draft.facts.splice(index, 1);
		this.#removed(`fact “${fact.question.trim() || 'new fact'}”`, () => {
			this.draft.facts.splice(index, 0, fact);
			if (!this.open.includes(key)) this.open.push(key);
			return `fact-${key}`;
		});
	}

	addParagraph(): number {
		this.draft.paragraphs.push('');
		this.changed();
		return this.draft.paragraphs.length - 1;
	}

	removeParagraph(index: number): void {
		const text = this.draft.paragraphs[index];
		if (text === undefined) return;
		const citing = this.draft.facts
			.filter((fact) => fact.paragraph === index + 1)
			.map((fact) => fact.key);
		this.draft = withoutParagraph(this.#snapshot(), index);
		this.#removed(`paragraph ${index + 1}`, () => {
			this.draft = withParagraph(this.#snapshot(), index, text, citing);
			return `paragraph-${index}`;
		});
	}

	/** False when the deck already has as many topics as a quiz link can carry. */
	get canAddTopic(): boolean {
		return this.draft.topics.length < MAX_TOPICS;
	}

	addTopic(): number {
		this.draft.topics.push('');
		this.changed();
		return this.draft.topics.length - 1;
	}

	/** Facts filed under the topic at `index`. */
	factsUnder(index: number): number {
		const topic = this.draft.topics[index];
		return this.draft.facts.filter((fact) => fact.topic === topic).length;
	}

	/** Removes a topic no fact is filed under. */
	removeTopic(index: number): void {
		if (this.factsUnder(index) > 0) return;
		const [topic] = this.draft.topics.splice(index, 1);
		this.#removed(`topic “${topic.trim() || 'untitled'}”`, () => {
			this.draft.topics.splice(index, 0, topic);
			return `topic-${index}`;
		});
	}

	/** Typing a topic's new name begins: the facts filed under it now are the ones it carries. */
	beginRename(index: number): void {
		this.#renaming = { index, carried: factsFiledUnder(this.draft, index) };
	}

	endRename(): void {
		this.#renaming = undefined;
	}

	/** Renames topic `index` as it is typed, and refiles its facts under the new name. */
	renameTopic(index: number, name: string): void {
		const carried =
			this.#renaming?.index === index ? this.#renaming.carried : factsFiledUnder(this.draft, index);
		const renamed = withTopicRenamed(this.#snapshot(), index, name, carried);
		if (renamed.topics[index] === this.draft.topics[index]) return;
		this.draft = renamed;
		this.changed();
	}

	/** The teacher has left a field of a new fact: its problems show from now on. */
	leave(key: string, field: string): void {
		const fields = this.left[key] ?? [];
		if (!fields.includes(field)) this.left[key] = [...fields, field];
	}

	/** Removes one wrong answer (or "also true" value) of a fact. */
	removeItem(key: string, list: 'wrong' | 'alsoTrue', index: number): void {
		const fact = this.#fact(key);
		if (!fact || fact[list][index] === undefined) return;
		const [text] = fact[list].splice(index, 1);
		const what = list === 'wrong' ? 'wrong answer' : '“also true” value';
		this.#removed(`${what} “${text.trim() || 'empty'}”`, () => {
			this.#fact(key)?.[list].splice(index, 0, text);
			// The fact may have been closed since: its box shows again, to be focused.
			this.toggle(key, true);
			return `fact-${key}-${list}-${index}`;
		});
	}

	addItem(key: string, list: 'wrong' | 'alsoTrue'): number {
		const fact = this.#fact(key);
		if (!fact) return -1;
		fact[list].push('');
		this.changed();
		return fact[list].length - 1;
	}

	#fact(key: string): DraftFact | undefined {
		return this.draft.facts.find((fact) => fact.key === key);
	}

	#removed(label: string, restore: () => string): void {
		this.removed = { label, restore };
		this.changed();
	}

	/** Puts back what was deleted last; returns the element id to focus. */
	undo(): string | undefined {
		const removal = this.removed;
		if (!removal) return undefined;
		this.removed = undefined;
		const focus = removal.restore();
		this.changed();
		return focus;
	}

	toggle(key: string, open: boolean): void {
		const at = this.open.indexOf(key);
		if (open && at < 0) this.open.push(key);
		if (!open && at >= 0) this.open.splice(at, 1);
	}
}
