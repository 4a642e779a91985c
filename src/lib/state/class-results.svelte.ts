// The teacher's class results page: its table, what storage has not confirmed yet, and adding
// any pasted text's result codes at once. The page only shows this and calls its methods.
import { groupDigits } from '../facts/values.ts';
import {
	byKey,
	classTables,
	findResultCodes,
	MAX_FOUND,
	MAX_PASTE,
	type ClassTable,
	type ReceivedResult
} from '../share/index.ts';
import type { ClassResultsStore } from '../storage/class-results.ts';
import type { SharedQuiz, SharedQuizzesStore } from '../storage/shared-quizzes.ts';
import { toStorageError } from '../storage/errors.ts';
import { isoAt } from './time.ts';

/** What became of one code in a paste. */
export type AddedItem =
	| {
			status: 'added' | 'duplicate' | 'twice' | 'unsaved';
			name: string;
			score: number;
			text: string;
	  }
	| {
			status: 'damaged';
			text: string;
			why: string;
			/** The line of the pasted text it was on, which says who sent it in a chat. */
			line: string;
	  };

/** The outcome of one paste: a sentence to read out, and every item. */
export interface AddReport {
	summary: string;
	ok: boolean;
	items: AddedItem[];
}

/** Told to other tabs of the same browser, so their tables follow. */
const CHANNEL = 'summit-quiz-class-results';

export class ClassResults {
	results = $state.raw<ReceivedResult[]>([]);
	loaded = $state(false);
	/** In the table but not confirmed by storage: kept here and tried again, never called saved. */
	unsaved = $state.raw<ReceivedResult[]>([]);
	/** Why the last read or write failed, shown until every result is saved. */
	storageProblem = $state('');
	/** The last removed result, which Undo puts back. */
	removed = $state.raw<ReceivedResult | undefined>();
	/** Quizzes handed out from this device, by key: their titles, dates and questions. */
	quizzes = $state.raw<ReadonlyMap<string, SharedQuiz>>(byKey([]));
	tables = $derived<ClassTable[]>(classTables(this.results, this.quizzes));

	#store: ClassResultsStore;
	#quizStore: SharedQuizzesStore | undefined;
	#channel: BroadcastChannel | undefined;
	/** One change at a time: a reload while a result is being saved must not hide it. */
	#queue: Promise<unknown> = Promise.resolve();

	#serial<T>(operation: () => Promise<T>): Promise<T> {
		const done = this.#queue.then(operation);
		this.#queue = done.catch(() => undefined);
		return done;
	}

	constructor(store: ClassResultsStore, quizzes?: SharedQuizzesStore) {
		this.#store = store;
		this.#quizStore = quizzes;
	}

	/** Reads the saved table and starts following other tabs; returns the cleanup. */
	async open(): Promise<() => void> {
		await Promise.all([this.reload(), this.#loadQuizzes()]);
		this.loaded = true;
		if (typeof BroadcastChannel === 'undefined') return () => undefined;
		const channel = new BroadcastChannel(CHANNEL);
		channel.onmessage = () => void this.#serial(() => this.#reload());
		this.#channel = channel;
		return () => channel.close();
	}

	/** The saved results, with the ones storage has not taken yet kept in view. */
	reload(): Promise<void> {
		return this.#serial(() => this.#reload());
	}

	async #reload(): Promise<void> {
		try {
			const { results } = await this.#store.load();
			const saved = results.map((r) => r.code);
			this.results = [...results, ...this.unsaved.filter((r) => !saved.includes(r.code))];
		} catch (error) {
			this.storageProblem = toStorageError(error).message;
		}
	}

	async #loadQuizzes(): Promise<void> {
		try {
			const quizzes = (await this.#quizStore?.load())?.quizzes ?? [];
			this.quizzes = byKey(quizzes);
		} catch {
			// Without the list, tables are named by key; nothing else depends on it.
		}
	}

	/** Adds every result code in `text` (one code, a link, a whole chat) and says what happened. */
	addText(text: string): Promise<AddReport> {
		return this.#serial(() => this.#addText(text));
	}

	async #addText(text: string): Promise<AddReport> {
		const { found, cut } = findResultCodes(text);
		const quizLinks = [...text.slice(0, MAX_PASTE).matchAll(QUIZ_LINK_IN_TEXT)];
		if (found.length === 0 && quizLinks.length === 0) return nothingFound(text);
		const items: AddedItem[] = quizLinks.map((match) => ({
			status: 'damaged',
			text: shorten(match[0]),
			why: 'This is a quiz link, not a result code: ask the student to finish the quiz and send the code it gives.',
			line: shorten(match[0])
		}));
		const receivedAt = isoAt(Date.now());
		const inThisPaste: string[] = [];
		for (const item of found) {
			if ('error' in item) {
				const { line } = item;
				items.push({ status: 'damaged', text: shorten(item.text), why: item.error.message, line });
				continue;
			}
			const { result, code } = item;
			const quiz = this.quizzes.get(result.quizKey);
			// A student whose app had other questions may have had fewer: flagged in the table instead.
			if (quiz && !result.otherVersion && quiz.questions.length !== result.answers.length) {
				const title = quiz.title ? `“${quiz.title}”` : 'that quiz';
				items.push({
					status: 'damaged',
					text: shorten(item.text),
					why: `${result.name}’s result has ${result.answers.length} answers, but ${title} has ${quiz.questions.length} questions: it was not made by playing it.`,
					line: item.line
				});
				continue;
			}
			const seen = { name: result.name, score: result.score, text: shorten(item.text) };
			if (inThisPaste.includes(code)) {
				items.push({ status: 'twice', ...seen });
				continue;
			}
			inThisPaste.push(code);
			if (this.results.some((r) => r.code === code)) {
				items.push({ status: 'duplicate', ...seen });
				continue;
			}
			const received: ReceivedResult = { ...result, code, receivedAt };
			this.results = [...this.results, received];
			const saved = await this.#save(received);
			if (!saved) this.unsaved = [...this.unsaved, received];
			items.push({ status: saved ? 'added' : 'unsaved', ...seen });
		}
		if (items.some((item) => item.status === 'added')) {
			this.#tellOtherTabs();
			await this.#retryUnsaved();
		}
		const summary = summarise(items);
		if (cut)
			summary.summary += ` Only the first ${MAX_FOUND.toLocaleString('en-GB')} codes or ${(MAX_PASTE / 1e6).toFixed(0)} million characters were read: add the rest separately.`;
		return { items, ...summary };
	}

	/** Takes a result out of the table; undo() puts it back. */
	remove(code: string): Promise<void> {
		return this.#serial(() => this.#remove(code));
	}

	async #remove(code: string): Promise<void> {
		this.removed = this.results.find((r) => r.code === code);
		this.results = this.results.filter((r) => r.code !== code);
		this.unsaved = this.unsaved.filter((r) => r.code !== code);
		try {
			await this.#store.remove(code);
			this.#tellOtherTabs();
		} catch (error) {
			this.storageProblem = toStorageError(error).message;
		}
	}

	undo(): Promise<void> {
		return this.#serial(() => this.#undo());
	}

	async #undo(): Promise<void> {
		const result = this.removed;
		if (!result) return;
		this.removed = undefined;
		if (this.results.some((r) => r.code === result.code)) return;
		this.results = [...this.results, result];
		if (await this.#save(result)) this.#tellOtherTabs();
		else this.unsaved = [...this.unsaved, result];
	}

	/** Tries the results storage refused again: after a save works, when back online or shown. */
	retryUnsaved(): Promise<void> {
		return this.#serial(() => this.#retryUnsaved());
	}

	async #retryUnsaved(): Promise<void> {
		for (const result of this.unsaved) {
			if (!(await this.#save(result))) return;
			this.unsaved = this.unsaved.filter((r) => r.code !== result.code);
		}
		this.storageProblem = '';
	}

	/** False when storage refused it; the reason is kept to show. */
	async #save(result: ReceivedResult): Promise<boolean> {
		try {
			await this.#store.add(result);
			return true;
		} catch (error) {
			this.storageProblem = toStorageError(error).message;
			return false;
		}
	}

	#tellOtherTabs() {
		this.#channel?.postMessage('changed');
	}
}

/** A quiz link (the play page with a quiz after '#'), which a student may send by mistake. */
const QUIZ_LINK_IN_TEXT = /https?:\/\/\S+\/play\/\S*#\d{1,4}\.[A-Za-z0-9_.~-]+/g;

const shorten = (text: string) => (text.length > 60 ? `${text.slice(0, 57)}…` : text);

function nothingFound(text: string): AddReport {
	const summary =
		text.trim() === ''
			? "There's no result code here. Paste the codes or links students sent you."
			: /#\d+\.|^\s*\d+\.[A-Za-z0-9_-]+\./.test(text)
				? 'This is a quiz link, not a result code. Open it to take the quiz.'
				: 'No Summit Quiz result codes were found in this text. A code starts with SQR (or r1. for older ones); check it was copied whole.';
	return { summary, ok: false, items: [] };
}

function summarise(items: readonly AddedItem[]): { summary: string; ok: boolean } {
	const count = (status: AddedItem['status']) => items.filter((i) => i.status === status).length;
	if (items.length === 1) {
		const [item] = items;
		if (item.status === 'damaged') return { summary: item.why, ok: false };
		const whose = `${item.name}’s result`;
		const points = `${groupDigits(item.score)} points`;
		if (item.status === 'added') return { summary: `Added ${whose} (${points}).`, ok: true };
		if (item.status === 'duplicate')
			return { summary: `${whose} was already in the table.`, ok: true };
		return {
			summary: `${whose} (${points}) is in the table but not saved on this device yet.`,
			ok: false
		};
	}
	const parts: string[] = [];
	const added = count('added');
	const duplicate = count('duplicate');
	const unsaved = count('unsaved');
	const damaged = count('damaged');
	parts.push(`Added ${added} ${added === 1 ? 'result' : 'results'}`);
	if (duplicate) parts.push(`${duplicate} already in the table`);
	const twice = count('twice');
	if (twice) parts.push(`${twice} pasted twice`);
	if (unsaved) parts.push(`${unsaved} in the table but not saved yet`);
	if (damaged) parts.push(`${damaged} could not be read (see below)`);
	const summary = `${parts.join('; ')}.`;
	return { summary, ok: damaged === 0 && unsaved === 0 };
}
