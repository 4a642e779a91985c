// Storage failures as one error class whose reason the UI can switch on and whose message it can show.

export const STORAGE_REASONS = [
	'unavailable',
	'quota',
	'corrupt',
	'invalid-backup',
	'invalid-record',
	'newer-version',
	'failed'
] as const;
export type StorageReason = (typeof STORAGE_REASONS)[number];

const MESSAGES: Record<StorageReason, string> = {
	unavailable:
		'This browser is not letting the app save progress (for example in private browsing), so progress will not be kept after this tab closes.',
	quota:
		'There is no storage space left for this app, so the latest progress was not saved. Free some space or export a backup.',
	corrupt: 'Some saved progress could not be read and was left out.',
	'invalid-backup': 'This file is not a usable Summit Quiz backup',
	'invalid-record': 'The app tried to save progress in a shape it does not understand.',
	'newer-version':
		'Progress was saved by a newer version of Summit Quiz. Reload the page to update the app.',
	failed: 'Saving or loading progress failed unexpectedly.'
};

/** A storage problem with a user-facing message; `detail` says what exactly, when known. */
export class StorageError extends Error {
	readonly reason: StorageReason;
	readonly detail: string | undefined;

	constructor(reason: StorageReason, detail?: string, options?: { cause?: unknown }) {
		const base = MESSAGES[reason];
		super(reason === 'invalid-backup' && detail ? `${base}: ${detail}.` : base, options);
		this.name = 'StorageError';
		this.reason = reason;
		this.detail = detail;
	}
}

// Firefox once reported a full disk under its own name; old WebKit used legacy code 22.
const QUOTA_NAMES = new Set(['QuotaExceededError', 'NS_ERROR_DOM_QUOTA_REACHED']);

function errorName(error: unknown): string | undefined {
	if (typeof error !== 'object' || error === null || !('name' in error)) return undefined;
	return typeof error.name === 'string' ? error.name : undefined;
}

/** True for the DOMException a browser throws or aborts with when the disk quota is reached. */
export function isQuotaError(error: unknown): boolean {
	const name = errorName(error);
	if (name !== undefined && QUOTA_NAMES.has(name)) return true;
	return error instanceof DOMException && error.code === 22;
}

/** Any thrown value as a StorageError, keeping the original as `cause`. */
export function toStorageError(error: unknown): StorageError {
	if (error instanceof StorageError) return error;
	if (isQuotaError(error)) return new StorageError('quota', undefined, { cause: error });
	const name = errorName(error);
	if (name === 'VersionError')
		return new StorageError('newer-version', undefined, { cause: error });
	if (name === 'InvalidStateError' || name === 'SecurityError' || name === 'UnknownError') {
		return new StorageError('unavailable', name, { cause: error });
	}
	return new StorageError('failed', name, { cause: error });
}
