// Why a shared link or result code could not be used, worded so the UI can show it as is.

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

/** What was shared: a teacher's quiz link or a student's result code. */
export type ShareKind = 'quiz' | 'result';

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

const MESSAGES: Record<ShareKind, Record<ShareLinkReason, string>> = {
	quiz: {
		empty: "There's no quiz in this link. Ask whoever shared it to send the whole link again.",
		truncated:
			'This quiz link is incomplete: part of it was probably cut off when it was copied. Copy the whole link and try again.',
		malformed:
			"This doesn't look like a Summit Quiz link. Check that you copied the whole link, exactly as it was shared.",
		'unknown-version':
			'This quiz link was made with a newer version of Summit Quiz. Reload the app to update it, then open the link again.',
		tampered:
			"This quiz link has been changed or mistyped somewhere, so it can't be opened safely. Copy the link again instead of typing it, or ask for a new one.",
		'out-of-range': "This quiz link asks for settings this version of Summit Quiz can't use"
	},
	result: {
		empty: "There's no result code here. Paste the code the student sent you.",
		truncated:
			'This result code is incomplete: part of it was probably cut off. Ask the student to send the whole code again.',
		malformed:
			"This doesn't look like a Summit Quiz result code. Check that it was copied exactly as it was sent.",
		'unknown-version':
			'This result code was made with a newer version of Summit Quiz. Reload the app to update it, then try again.',
		tampered:
			'This result code has been changed or mistyped somewhere. Check each character, or ask the student to send it again.',
		'out-of-range': "This result code holds values Summit Quiz can't accept"
	}
};

/** The error for `reason`; `detail` ends an out-of-range message, or replaces any other. */
export function shareError(
	kind: ShareKind,
	reason: ShareLinkReason,
	detail?: string
): ShareLinkError {
	const base = MESSAGES[kind][reason];
	const outOfRange = `${base}: ${detail ?? 'unknown values'}.`;
	return new ShareLinkError(
		reason,
		kind,
		reason === 'out-of-range' ? outOfRange : (detail ?? base)
	);
}

/** The error encoding throws for data that could never be decoded again. */
export function unshareable(kind: ShareKind, detail: string): ShareLinkError {
	const start = kind === 'quiz' ? "This quiz can't be shared" : "This result can't be sent";
	return new ShareLinkError('out-of-range', kind, `${start}: ${detail}.`);
}
