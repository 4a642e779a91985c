export type { StatusCounts, TopicMastery } from './mastery.ts';
export { masteryByTopic, masteryTotals } from './mastery.ts';
export type { RunPoint } from './runs.ts';
export { accuracyOverTime, bestScores, finishedRuns, meanAccuracy } from './runs.ts';
export type { DayStreak } from './streak.ts';
export { dayStreak } from './streak.ts';
export type { SessionAnswer, SessionSummary } from './session.ts';
export { nextDueWithin, summarizeSession } from './session.ts';
export {
	backupFileName,
	formatBytes,
	formatWait,
	groupDigits,
	localDateStamp,
	plural,
	shortDate
} from './format.ts';
export { describeImport, skippedDetails } from './import-report.ts';
