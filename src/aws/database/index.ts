// Engine facts and window patterns are internal to ResilientDatabase's validation.
export { DATABASE_ENGINES } from './engines';
export type { DatabaseEngine } from './engines';
export * from './resilient-database';
export { DatabaseCopy } from './cross-region';
export type { DatabaseCopyAlarms, DatabaseRecoveryRegion, GlobalDatabaseInfo, PrimaryDatabase } from './cross-region';
