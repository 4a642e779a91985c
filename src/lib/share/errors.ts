// Why a shared link or result code could not be used, worded so the UI can show it as is. Each
// kind's words live beside its codec, so a page that reads only quiz links ships only theirs.

/** Every way a shared code can fail, in the order decoding checks for them. */
export const SHARE_LINK_REASONS = [
	'empty',
	'truncated',
	'malformed',
	'unknown-version',
	'tampered',
	'out-of-range'
] as const;
export type ShareLinkReason = (typeof SHARE_LINK_REASONS)[number];

/** What was shared: a teacher's quiz link, a deck carried in one, or a student's result code. */
export type ShareKind = 'quiz' | 'deck' | 'result';

/** A link or code that cannot be used; `message` is plain language for the person holding it. */
export class ShareLinkError extends Error {
	readonly reason: ShareLinkReason;
	readonly kind: ShareKind;

	constructor(reason: ShareLinkReason, kind: ShareKind, message: string) {
		super(message);
		this.name = 'ShareLinkError';
		this.reason = reason;
		this.kind = kind;
	}
}

/** What to say for each way a code of one kind can fail, and when the other kind is pasted. */
export interface ShareWords {
	kind: ShareKind;
	messages: Record<ShareLinkReason, string>;
	/** Said when the other kind of code is pasted in its place. */
	wrongKind: string;
}

/** The error for `reason`; `detail` ends an out-of-range message, or replaces any other. */
export function shareError(
	words: ShareWords,
	reason: ShareLinkReason,
	detail?: string
): ShareLinkError {
	const { kind } = words;
	const base = words.messages[reason];
	const outOfRange = `${base}: ${detail ?? 'unknown values'}.`;
	return new ShareLinkError(
		reason,
		kind,
		reason === 'out-of-range' ? outOfRange : (detail ?? base)
	);
}

/** The error encoding throws for data that could never be decoded again. */
export function unshareable(kind: ShareKind, detail: string): ShareLinkError {
	const start = kind === 'result' ? "This result can't be sent" : "This quiz can't be shared";
	return new ShareLinkError('out-of-range', kind, `${start}: ${detail}.`);
}
