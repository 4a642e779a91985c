// One quiz run as reactive state: which question is showing, what was answered, the score so far.
import { scoreRun, type Question, type QuizSettings, type RunScore } from '$lib/quiz';
import type { RunRecord } from '$lib/storage';
import { isoAt } from './time';
import type { RunSnapshot } from './run-snapshot';

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
	/** A nanoid, the run's key in the history. */
	readonly id: string;
	readonly questions: Question[];
	readonly settings: QuizSettings;
	/** True when the run came from a teacher's link. */
	readonly shared: boolean;
	readonly startedAt: number;
	/** Set when the last answer has been seen. */
	finishedAt = $state<number | null>(null);
	index = $state(0);
	phase = $state<RunPhase>('question');
	/** Replaced, never changed in place: plain objects the history can store as they are. */
	answers = $state.raw<GivenAnswer[]>([]);
	/** When the current question appeared (ms since epoch, from the injected clock). */
	shownAt = $state(0);

	current = $derived.by<Question | undefined>(() => this.questions[this.index]);
	lastAnswer = $derived<GivenAnswer | undefined>(this.answers[this.index]);
	score = $derived<RunScore>(scoreRun(this.answers, this.timeLimitMs));
	isLast = $derived.by(() => this.index >= this.questions.length - 1);

	constructor(
		id: string,
		questions: Question[],
		settings: QuizSettings,
		shared: boolean,
		now: number
	) {
		this.id = id;
		this.questions = questions;
		this.settings = settings;
		this.shared = shared;
		this.startedAt = now;
		this.shownAt = now;
	}

	/** The run as a snapshot to resume from; `attempt` is the player's try at this quiz. */
	toSnapshot(now: number, attempt: number): RunSnapshot {
		const end = this.finishedAt ?? now;
		return {
			id: this.id,
			settings: this.settings,
			shared: this.shared,
			attempt,
			answers: this.answers,
			index: this.index,
			phase: this.phase,
			usedMs: Math.max(0, end - this.startedAt),
			currentMs: this.phase === 'question' ? Math.max(0, now - this.shownAt) : 0,
			savedAt: isoAt(now)
		};
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
		this.answers = [...this.answers, given];
		this.phase = 'feedback';
		return given;
	}

	/** Moves to the next question, or to the results after the last one. */
	next(now: number): void {
		if (this.phase !== 'feedback') return;
		if (this.isLast) {
			this.phase = 'finished';
			this.finishedAt = now;
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

	/** The run as saved in the history: partial while in progress, so a reload keeps answers. */
	toRecord(now: number): RunRecord {
		const end = this.finishedAt ?? now;
		return {
			id: this.id,
			status: this.finishedAt === null ? 'in-progress' : 'finished',
			startedAt: isoAt(this.startedAt),
			...(this.finishedAt === null ? {} : { finishedAt: isoAt(this.finishedAt) }),
			settings: this.settings,
			shared: this.shared,
			answers: this.answers,
			score: this.score.total,
			correct: this.score.correct,
			total: this.questions.length,
			durationMs: end - this.startedAt
		};
	}
}
