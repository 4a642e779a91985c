// One quiz run as reactive state: which question is showing, what was answered, the score so far.
import { scoreRun, type Question, type QuizSettings, type RunScore } from '$lib/quiz';

export interface GivenAnswer {
	questionId: string;
	factId: string;
	/** The chosen option, or null when time ran out. */
	choice: number | null;
	correct: boolean;
	elapsedMs: number;
}

export type RunPhase = 'question' | 'feedback' | 'finished';

export class RunState {
	readonly questions: Question[];
	readonly settings: QuizSettings;
	readonly startedAt: number;
	index = $state(0);
	phase = $state<RunPhase>('question');
	answers = $state<GivenAnswer[]>([]);
	/** When the current question appeared (ms since epoch, from the injected clock). */
	shownAt = $state(0);

	current = $derived.by<Question | undefined>(() => this.questions[this.index]);
	lastAnswer = $derived<GivenAnswer | undefined>(this.answers[this.index]);
	score = $derived<RunScore>(scoreRun(this.answers, this.timeLimitMs));
	isLast = $derived.by(() => this.index >= this.questions.length - 1);

	constructor(questions: Question[], settings: QuizSettings, now: number) {
		this.questions = questions;
		this.settings = settings;
		this.startedAt = now;
		this.shownAt = now;
	}

	get timeLimitMs(): number | null {
		return this.settings.timeLimit ? this.settings.timeLimit * 1000 : null;
	}

	/** Records the answer to the current question; `choice` null means the time ran out. */
	answer(choice: number | null, now: number): GivenAnswer | undefined {
		const question = this.current;
		if (this.phase !== 'question' || !question) return undefined;
		const limit = this.timeLimitMs;
		const elapsed = Math.max(0, now - this.shownAt);
		const given: GivenAnswer = {
			questionId: question.id,
			factId: question.factId,
			choice,
			correct: choice === question.answer,
			elapsedMs: limit === null ? elapsed : Math.min(elapsed, limit)
		};
		this.answers.push(given);
		this.phase = 'feedback';
		return given;
	}

	/** Moves to the next question, or to the results after the last one. */
	next(now: number): void {
		if (this.phase !== 'feedback') return;
		if (this.isLast) {
			this.phase = 'finished';
			return;
		}
		this.index += 1;
		this.shownAt = now;
		this.phase = 'question';
	}

	/** Milliseconds left on the current question, or null without a time limit. */
	remainingMs(now: number): number | null {
		const limit = this.timeLimitMs;
		return limit === null ? null : Math.max(0, limit - (now - this.shownAt));
	}
}
