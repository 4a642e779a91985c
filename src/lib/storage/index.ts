export type {
	Backup,
	ImportReport,
	LoggedReview,
	MergeCounts,
	MetaRecord,
	ProgressStore,
	RunAnswer,
	RunRecord,
	SkippedRecord,
	StudyMode,
	StudySettings
} from './types.ts';
export { BACKUP_APP, DEFAULT_STUDY_SETTINGS, STUDY_MODES } from './types.ts';
export type { StorageReason } from './errors.ts';
export { isQuotaError, STORAGE_REASONS, StorageError, toStorageError } from './errors.ts';
export type { OpenOptions } from './open.ts';
export { openMemoryStore, openProgressStore, openProgressStoreOn } from './open.ts';
export { createStore } from './db.ts';
export { DEFAULT_DB_NAME, STORE_NAME } from './keys.ts';
export { MIGRATIONS, SCHEMA_VERSION } from './migrations.ts';
export type { Durability, NavigatorLike, StorageManagerLike } from './durability.ts';
export { requestPersistence, storageEstimate } from './durability.ts';
export type { ClassResultsStore } from './class-results.ts';
export { classResultsStore } from './class-results.ts';
