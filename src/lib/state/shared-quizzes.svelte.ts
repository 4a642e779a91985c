// The Teach page's list of quizzes handed out from this device, with how many results came back.
import { countByQuiz } from '../share/class-table.ts';
import type { ClassResultsStore } from '../storage/class-results.ts';
import { toStorageError } from '../storage/errors.ts';
import type { SharedQuiz, SharedQuizzesStore } from '../storage/shared-quizzes.ts';

export class SharedQuizList {
	/** Newest first. */
	quizzes = $state.raw<SharedQuiz[]>([]);
	/** Results received per quiz key. */
	resultCounts = $state.raw<ReadonlyMap<string, number>>(countByQuiz([]));
	loaded = $state(false);
	/** Why the list could not be read or written; '' when all is well. */
	problem = $state('');

	#quizzes: SharedQuizzesStore;
	#results: ClassResultsStore;

	constructor(quizzes: SharedQuizzesStore, results: ClassResultsStore) {
		this.#quizzes = quizzes;
		this.#results = results;
	}

	async load(): Promise<void> {
		try {
			this.quizzes = (await this.#quizzes.load()).quizzes;
			this.resultCounts = countByQuiz((await this.#results.load()).results);
			this.problem = '';
		} catch (error) {
			this.problem = toStorageError(error).message;
		}
		this.loaded = true;
	}

	/** Keeps a quiz being handed out (once per key); false when storage refused it. */
	async record(quiz: SharedQuiz): Promise<boolean> {
		if (this.quizzes.some((q) => q.key === quiz.key && q.link === quiz.link)) return true;
		try {
			await this.#quizzes.add(quiz);
		} catch (error) {
			this.problem = `This quiz could not be added to your list: ${toStorageError(error).message}`;
			return false;
		}
		await this.load();
		return true;
	}

	async remove(key: string): Promise<void> {
		try {
			await this.#quizzes.remove(key);
		} catch (error) {
			this.problem = toStorageError(error).message;
		}
		await this.load();
	}
}
