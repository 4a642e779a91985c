// The deck database's layout, and listing its decks by their summaries alone: the home page
// lists decks with this, without the generator or any deck's facts.
import type { Backend } from '../storage/backend.ts';
import type { DeckSummary } from './types.ts';

export const DECKS_DB_NAME = 'summit-quiz-decks';
export const DECKS_STORE_NAME = 'decks';

export const SUMMARY_PREFIX = 'summary:';
export const DECK_PREFIX = 'deck:';
/** A deck being edited that does not pass the checks yet; the saved deck stays as it was. */
export const DRAFT_PREFIX = 'draft:';
/** What the deck list shows of a draft, without reading it. */
export const DRAFT_INFO_PREFIX = 'draft-info:';

/** A draft as the deck list shows it. */
export interface DraftInfo {
	id: string;
	title: string;
	problemCount: number;
	savedAt: string;
}

/** Every draft's info, by title. */
export async function listDraftInfos(backend: Backend): Promise<DraftInfo[]> {
	const entries = await backend.read([DRAFT_INFO_PREFIX]);
	return entries
		.map(([, value]) => value)
		.filter(isDraftInfo)
		.sort((a, b) => a.title.localeCompare(b.title));
}

function isDraftInfo(value: unknown): value is DraftInfo {
	const info = value as Partial<DraftInfo> | null;
	return (
		typeof info === 'object' &&
		info !== null &&
		typeof info.id === 'string' &&
		typeof info.title === 'string' &&
		typeof info.problemCount === 'number' &&
		typeof info.savedAt === 'string'
	);
}

/** Every saved deck's summary, by title. */
export async function listSummaries(backend: Backend): Promise<DeckSummary[]> {
	const entries = await backend.read([SUMMARY_PREFIX]);
	return entries
		.map(([, value]) => value)
		.filter(isSummary)
		.sort((a, b) => a.title.localeCompare(b.title));
}

export function isSummary(value: unknown): value is DeckSummary {
	const summary = value as Partial<DeckSummary> | null;
	return (
		typeof summary === 'object' &&
		summary !== null &&
		typeof summary.id === 'string' &&
		typeof summary.title === 'string' &&
		typeof summary.factCount === 'number' &&
		typeof summary.contentVersion === 'string' &&
		typeof summary.savedAt === 'string' &&
		Array.isArray(summary.topics)
	);
}
