import { IConstruct } from 'constructs';
import { InvalidPropError } from '../../core/errors';
import { checkKeys, checkKnown, checkList, checkObject, checkString } from '../../core/prop-types';
import { checkNumber, checkOneOf } from '../../core/validation';
import { BACKUP_RESOURCE_TYPES, BackupResourceType } from '../common/backup-target';
import { checkTimezone } from './backup-rule';
import { scheduleInterval } from './schedule';

/** Restore testing: AWS Backup restores recent recovery points on a schedule, keeps them for validation, then deletes them. */
export interface RestoreTestingProps {
  /**
   * When restore tests run (`cron(...)`).
   * @default 'cron(0 6 ? * SAT *)' - weekly, Saturday 06:00
   */
  readonly schedule?: string;
  /**
   * IANA time zone of the schedule.
   * @default - UTC
   */
  readonly scheduleTimezone?: string;
  /**
   * Hours after the scheduled time within which the restore must start.
   * @default 24
   */
  readonly startWindowHours?: number;
  /**
   * Only recovery points from the last this many days are candidates.
   * @default 7
   */
  readonly selectionWindowDays?: number;
  /**
   * Which candidate is restored: the latest, or a random one (tests older points too).
   * @default 'LATEST_WITHIN_WINDOW'
   */
  readonly algorithm?: 'LATEST_WITHIN_WINDOW' | 'RANDOM_WITHIN_WINDOW';
  /**
   * Hours the restored resource is kept for your validation (e.g. an
   * EventBridge-triggered check that reports back with `PutRestoreValidationResult`)
   * before AWS Backup deletes it.
   * @default 4
   */
  readonly validationWindowHours?: number;
  /**
   * Resource types to restore-test among the resources the plan selects by
   * tag (resources protected with `protect()` are tested by their own type).
   * @default - tag-selected resources are not restore-tested (with a warning)
   */
  readonly tagSelectedResourceTypes?: readonly BackupResourceType[];
}

/** Checked restore testing settings. */
export interface NormalizedRestoreTesting {
  readonly schedule: string;
  readonly scheduleTimezone?: string;
  readonly startWindowHours: number;
  readonly selectionWindowDays: number;
  readonly algorithm: 'LATEST_WITHIN_WINDOW' | 'RANDOM_WITHIN_WINDOW';
  readonly validationWindowHours: number;
  readonly tagSelectedResourceTypes: readonly BackupResourceType[];
}

const KEYS = ['schedule', 'scheduleTimezone', 'startWindowHours', 'selectionWindowDays', 'algorithm', 'validationWindowHours', 'tagSelectedResourceTypes'];

/** Checks restore testing props and fills in the defaults. */
export function normalizeRestoreTesting(scope: IConstruct, prop: string, p: RestoreTestingProps): NormalizedRestoreTesting {
  checkObject(scope, prop, p);
  checkKeys(scope, prop, p, KEYS);
  const schedule = p.schedule ?? 'cron(0 6 ? * SAT *)';
  checkString(scope, `${prop}.schedule`, schedule);
  checkKnown(scope, `${prop}.schedule`, schedule, 'it is checked at synth');
  const interval = scheduleInterval(schedule);
  if (interval.seconds === undefined) throw new InvalidPropError(scope, `${prop}.schedule`, schedule, interval.problem ?? 'is not a usable schedule');
  checkTimezone(scope, `${prop}.scheduleTimezone`, p.scheduleTimezone);
  const startWindowHours = p.startWindowHours ?? 24;
  checkNumber(scope, `${prop}.startWindowHours`, startWindowHours, { integer: true, min: 1, max: 168 });
  const selectionWindowDays = p.selectionWindowDays ?? 7;
  checkNumber(scope, `${prop}.selectionWindowDays`, selectionWindowDays, { integer: true, min: 1, max: 365 });
  const algorithm = p.algorithm ?? 'LATEST_WITHIN_WINDOW';
  checkOneOf(scope, `${prop}.algorithm`, algorithm, ['LATEST_WITHIN_WINDOW', 'RANDOM_WITHIN_WINDOW'] as const);
  const validationWindowHours = p.validationWindowHours ?? 4;
  checkNumber(scope, `${prop}.validationWindowHours`, validationWindowHours, { integer: true, min: 0, max: 168 });
  checkList(scope, `${prop}.tagSelectedResourceTypes`, p.tagSelectedResourceTypes);
  (p.tagSelectedResourceTypes ?? []).forEach((t, i) => checkOneOf(scope, `${prop}.tagSelectedResourceTypes[${i}]`, t, BACKUP_RESOURCE_TYPES));
  return {
    schedule,
    scheduleTimezone: p.scheduleTimezone,
    startWindowHours,
    selectionWindowDays,
    algorithm,
    validationWindowHours,
    tagSelectedResourceTypes: [...new Set(p.tagSelectedResourceTypes ?? [])],
  };
}
