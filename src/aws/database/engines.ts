/** Database engines a {@link ResilientDatabase} runs. */
export type DatabaseEngine = 'postgres' | 'mysql' | 'aurora-postgresql' | 'aurora-mysql';

export const DATABASE_ENGINES: readonly DatabaseEngine[] = ['postgres', 'mysql', 'aurora-postgresql', 'aurora-mysql'];

/** What the construct needs to know about each engine. */
export interface EngineFacts {
  /** An Aurora cluster (writer + readers) rather than a Multi-AZ DB instance. */
  readonly aurora: boolean;
  readonly defaultPort: number;
  /** Log types exported to CloudWatch Logs by default. */
  readonly logExports: readonly string[];
  /** Every log type the engine can export. */
  readonly allowedLogExports: readonly string[];
}

export const ENGINE_FACTS: Readonly<Record<DatabaseEngine, EngineFacts>> = {
  postgres: { aurora: false, defaultPort: 5432, logExports: ['postgresql', 'upgrade'], allowedLogExports: ['postgresql', 'upgrade', 'iam-db-auth-error'] },
  mysql: { aurora: false, defaultPort: 3306, logExports: ['error', 'slowquery'], allowedLogExports: ['audit', 'error', 'general', 'slowquery', 'iam-db-auth-error'] },
  'aurora-postgresql': { aurora: true, defaultPort: 5432, logExports: ['postgresql'], allowedLogExports: ['postgresql', 'instance', 'iam-db-auth-error'] },
  'aurora-mysql': { aurora: true, defaultPort: 3306, logExports: ['error', 'slowquery'], allowedLogExports: ['audit', 'error', 'general', 'slowquery', 'instance', 'iam-db-auth-error'] },
};

/** Performance Insights retention RDS accepts: 7 days, a whole number of months (31 x 1..23) or 731 days. */
export function performanceInsightsRetentionProblem(days: number): string | undefined {
  if (days === 7 || days === 731 || (Number.isInteger(days) && days % 31 === 0 && days >= 31 && days <= 713)) return undefined;
  return 'must be 7, a multiple of 31 from 31 to 713 (whole months), or 731';
}

/** Enhanced monitoring intervals RDS accepts, in seconds (0 turns it off). */
export const MONITORING_INTERVALS = [0, 1, 5, 10, 15, 30, 60] as const;

/** `hh24:mi-hh24:mi` in UTC. */
export const BACKUP_WINDOW_PATTERN = /^([01]\d|2[0-3]):[0-5]\d-([01]\d|2[0-3]):[0-5]\d$/;
/** `ddd:hh24:mi-ddd:hh24:mi` in UTC. */
export const MAINTENANCE_WINDOW_PATTERN = /^(mon|tue|wed|thu|fri|sat|sun):([01]\d|2[0-3]):[0-5]\d-(mon|tue|wed|thu|fri|sat|sun):([01]\d|2[0-3]):[0-5]\d$/;

/** Minutes of a `hh:mm-hh:mm` window (allowing a window across midnight); RDS wants at least 30. */
export function windowMinutes(window: string): number {
  const [a, b] = window.split('-');
  const toMin = (t: string) => {
    const parts = t.split(':').map(Number);
    return parts[parts.length - 2] * 60 + parts[parts.length - 1];
  };
  const len = toMin(b) - toMin(a);
  return len > 0 ? len : len + 24 * 60;
}
