export type {
	CardState,
	CardStatus,
	Rating,
	ReviewLogEntry,
	ReviewResult,
	SchedulingState
} from './types.ts';
export { RATINGS, SCHEDULING_STATES } from './types.ts';
export { fromFsrsCard, fromFsrsState, newCardState, toFsrsCard, toFsrsState } from './card.ts';
export type { AnswerOutcome } from './rating.ts';
export { ratingForAnswer } from './rating.ts';
export type { Scheduler, SchedulerOptions } from './scheduler.ts';
export { createScheduler, DEFAULT_RETENTION } from './scheduler.ts';
export { cardStatus, isDue } from './status.ts';
export type { StudyQueueInput } from './queue.ts';
export { buildStudyQueue } from './queue.ts';
export type { LocalDayOptions } from './forecast.ts';
export { countNewStudiedToday, dueLaterToday, forecast, localDay } from './forecast.ts';
