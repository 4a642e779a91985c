// An import report in words, for the learner rather than the developer.
import type { ImportReport, MergeCounts } from '../storage/index.ts';
import { plural } from './format.ts';

const MAX_SKIPPED_SHOWN = 5;

/** "3 cards, 10 reviews and 1 run"; kinds with none are left out; '' when all are zero. */
function kinds(report: ImportReport, outcome: keyof MergeCounts): string {
	const parts = [
		[report.cards[outcome], 'card'],
		[report.log[outcome], 'review'],
		[report.runs[outcome], 'run']
	] as const;
	const named = parts.filter(([n]) => n > 0).map(([n, noun]) => plural(n, noun));
	return named.length < 2
		? (named[0] ?? '')
		: `${named.slice(0, -1).join(', ')} and ${named.at(-1)}`;
}

/** One sentence per outcome of an import: added, updated, kept, skipped, settings. */
export function describeImport(report: ImportReport): string[] {
	const added = kinds(report, 'added');
	const updated = kinds(report, 'updated');
	const kept = kinds(report, 'kept');
	const lines = [added ? `Added ${added}.` : 'Nothing new was added.'];
	if (updated) lines.push(`Updated ${updated} with later progress from the backup.`);
	if (kept) lines.push(`Kept ${kept} that were already up to date here.`);
	if (report.redated > 0)
		lines.push(
			`${plural(report.redated, 'card was', 'cards were')} dated in the future (the other device’s clock was ahead): they count from now instead, with the same intervals.`
		);
	if (report.skipped.length > 0) {
		lines.push(
			`Skipped ${plural(report.skipped.length, 'entry', 'entries')} that could not be read.`
		);
	}
	lines.push(
		report.settings === 'imported'
			? 'Study settings were taken from the backup.'
			: 'Your study settings here were kept.'
	);
	return lines;
}

/** The first few skipped entries as "where: why", for a details list. */
export function skippedDetails(report: ImportReport): string[] {
	const shown = report.skipped
		.slice(0, MAX_SKIPPED_SHOWN)
		.map(({ key, reason }) => `${key}: ${reason}`);
	const more = report.skipped.length - shown.length;
	return more > 0 ? [...shown, `and ${plural(more, 'more entry', 'more entries')}`] : shown;
}
