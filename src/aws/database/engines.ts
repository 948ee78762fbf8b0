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
  /** Shape of an engine version RDS accepts for the engine. */
  readonly versionPattern: RegExp;
  /** Example versions, for the error message. */
  readonly versionExample: string;
  /**
   * How the parameter group family is named: the prefix, then the first `familyVersionParts` dot-separated parts of
   * the engine version (`postgres` + `16` of 16.4; `mysql` + `8.0` of 8.0.39; `aurora-mysql` + `8.0` of
   * 8.0.mysql_aurora.3.05.2). RDS User Guide, "Working with parameter groups": the family names DescribeDBEngineVersions
   * reports (DBParameterGroupFamily), e.g. postgres16, aurora-postgresql16, mysql8.0, aurora-mysql8.0.
   */
  readonly familyPrefix: string;
  readonly familyVersionParts: 1 | 2;
}

/** PostgreSQL: a major version, optionally with a minor (`16`, `16.4`). */
const POSTGRES_VERSION = /^\d{1,2}(\.\d{1,2})?$/;

export const ENGINE_FACTS: Readonly<Record<DatabaseEngine, EngineFacts>> = {
  postgres: {
    aurora: false,
    defaultPort: 5432,
    logExports: ['postgresql', 'upgrade'],
    allowedLogExports: ['postgresql', 'upgrade', 'iam-db-auth-error'],
    versionPattern: POSTGRES_VERSION,
    versionExample: '16 or 16.4',
    familyPrefix: 'postgres',
    familyVersionParts: 1,
  },
  mysql: {
    aurora: false,
    defaultPort: 3306,
    logExports: ['error', 'slowquery'],
    allowedLogExports: ['audit', 'error', 'general', 'slowquery', 'iam-db-auth-error'],
    versionPattern: /^\d\.\d(\.\d{1,2})?$/,
    versionExample: '8.0 or 8.0.39',
    familyPrefix: 'mysql',
    familyVersionParts: 2,
  },
  'aurora-postgresql': {
    aurora: true,
    defaultPort: 5432,
    logExports: ['postgresql'],
    allowedLogExports: ['postgresql', 'instance', 'iam-db-auth-error'],
    versionPattern: POSTGRES_VERSION,
    versionExample: '16 or 16.4',
    familyPrefix: 'aurora-postgresql',
    familyVersionParts: 1,
  },
  'aurora-mysql': {
    aurora: true,
    defaultPort: 3306,
    logExports: ['error', 'slowquery'],
    allowedLogExports: ['audit', 'error', 'general', 'slowquery', 'instance', 'iam-db-auth-error'],
    versionPattern: /^\d\.\d{1,2}\.mysql_aurora\.\d\.\d{2}\.\d{1,2}$/,
    versionExample: '8.0.mysql_aurora.3.05.2',
    familyPrefix: 'aurora-mysql',
    familyVersionParts: 2,
  },
};

/**
 * The parameter group family of a known engine version, or undefined when the version does not say it (a major
 * version alone for MySQL, or a PostgreSQL major before 10 without its minor: those families were postgres9.6 and
 * the like). A token version gets the same derivation as a Terraform expression.
 */
export function parameterGroupFamilyOf(engine: DatabaseEngine, version: string): string | undefined {
  const facts = ENGINE_FACTS[engine];
  const parts = version.split('.');
  // PostgreSQL before 10 named its families by major and minor (postgres9.6).
  const count = facts.familyVersionParts === 1 && Number(parts[0]) < 10 ? 2 : facts.familyVersionParts;
  if (parts.length < count || parts.slice(0, count).some((p) => !/^\d+$/.test(p))) return undefined;
  return `${facts.familyPrefix}${parts.slice(0, count).join('.')}`;
}

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

/** Whether a daily backup window overlaps a weekly maintenance window on any day (both well-formed). */
export function windowsOverlap(backup: string, maintenance: string): boolean {
  const minutes = (t: string) => {
    const p = t.split(':').map(Number);
    return p[p.length - 2] * 60 + p[p.length - 1];
  };
  const days = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
  const [bStart, bEnd] = backup.split('-').map(minutes);
  const [mS, mE] = maintenance.split('-');
  const week = 7 * 1440;
  const mStart = days.indexOf(mS.slice(0, 3)) * 1440 + minutes(mS);
  let mEnd = days.indexOf(mE.slice(0, 3)) * 1440 + minutes(mE);
  if (mEnd <= mStart) mEnd += week;
  const bLen = bEnd > bStart ? bEnd - bStart : bEnd - bStart + 1440;
  for (let d = -1; d <= 7; d++) {
    const s = d * 1440 + bStart;
    const e = s + bLen;
    for (const shift of [-week, 0, week]) if (s < mEnd + shift && mStart + shift < e) return true;
  }
  return false;
}

/** Why a database's KMS key must be of its Region, for the errors (RDS API Reference, CreateDBInstanceReadReplica KmsKeyId). */
export const KMS_KEY_REGION_WHY =
  'RDS encrypts with a KMS key of the database\'s own Region: "KMS keys are specific to the AWS Region that they are created in, and you can\'t use KMS keys from one AWS Region in another" (RDS API Reference, CreateDBInstanceReadReplica KmsKeyId)';
