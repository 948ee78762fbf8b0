import { Fn, Op, Token } from 'cdktf';
import { Construct } from 'constructs';
import { InvalidPropError } from '../../../core/errors';
import { checkKnown, itemsToCheck } from '../../../core/prop-types';
import { isUnresolved } from '../../../core/tokens';
import { checkNumber, checkOneOf, checkPattern } from '../../../core/validation';
import { checkArnPlacement } from '../../common/aws-location';
import { AuroraZones, checkReaderAutoscaling, planAuroraZones } from '../aurora-topology';
import { EngineFacts, ENGINE_FACTS, KMS_KEY_REGION_WHY, performanceInsightsRetentionProblem, windowMinutes, windowsOverlap } from '../engines';
import { RDS_MAX_IDENTIFIER_LENGTH } from '../rds-identifiers';
import type { ResilientDatabaseProps } from '../resilient-database';
import { MAX_STORAGE_GIB, MIN_STORAGE_GIB } from './resilient-database-spec';
import { ParameterGroupPlan, planParameterGroup } from './tls-parameters';

/** Props with their defaults applied, after the cross-prop checks. */
export interface DatabaseSettings {
  readonly facts: EngineFacts;
  readonly retention: number;
  readonly backupWindow: string;
  readonly maintenanceWindow: string;
  readonly deletionProtection: boolean;
  readonly skipFinalSnapshot: boolean;
  readonly piRetention: number;
  readonly monitoringInterval: number;
  readonly logExports: string[];
  readonly readers: number;
  readonly zones: AuroraZones;
  readonly allocatedStorageGiB: number;
  readonly maxAllocatedStorageGiB: number;
  readonly instanceClass: string;
  readonly masterUsername: string;
  /** Connections must use TLS (the parameter group forces it). */
  readonly requireTls: boolean;
  /** The parameter group, or undefined for the engine's default group. */
  readonly parameterGroup?: ParameterGroupPlan;
}

/** Adds a warning for an unsafe choice made explicitly (the construct's `warnUnsafe`). */
export type WarnUnsafe = (prop: string, value: unknown, consequence: string) => void;

/**
 * What relates the props of a database to each other and to its engine (each prop was checked by its spec), with
 * the defaults: the engine's version form and log types, parameters with their family (and TLS forced), windows that do not overlap,
 * storage bounds, Aurora-only props, instance ids within 63 characters, reader zones.
 */
export function resolveDatabaseSettings(scope: Construct, props: ResilientDatabaseProps, identifier: string, warn: WarnUnsafe): DatabaseSettings {
  const facts = ENGINE_FACTS[props.engine];
  checkPattern(scope, 'engineVersion', props.engineVersion, facts.versionPattern, `a ${props.engine} engine version such as ${facts.versionExample}`);
  if (props.recoveryRegion) checkKnown(scope, 'masterUsername', props.masterUsername, 'with recoveryRegion it is written into the generated master password secret');
  checkArnPlacement(scope, 'kmsKeyArn', props.kmsKeyArn, { regional: true, why: KMS_KEY_REGION_WHY });
  const logExports = props.cloudwatchLogsExports ?? [...facts.logExports];
  itemsToCheck(logExports).forEach((l, i) => checkOneOf(scope, `cloudwatchLogsExports[${i}]`, l, facts.allowedLogExports));
  const requireTls = props.requireTls ?? true;
  if (props.parameterGroupFamily !== undefined && props.parameters === undefined && !requireTls) {
    throw new InvalidPropError(scope, 'parameterGroupFamily', props.parameterGroupFamily, 'applies only with parameters or requireTls: without them the engine default parameter group is used');
  }
  if (!requireTls) warn('requireTls', false, 'clients may connect without TLS: passwords and data cross the network in plaintext.');
  const readers = resolveReaders(scope, props, facts, identifier);
  return {
    facts,
    ...resolveBackups(scope, props, warn),
    ...resolveMonitoring(scope, props, warn),
    ...resolveStorage(scope, props, facts, warn),
    logExports,
    readers,
    zones: facts.aurora ? planAuroraZones(scope, { networkZones: props.network.zones, writerZone: props.writerZone, readerZones: props.readerZones, readers }) : { readerZones: [] },
    instanceClass: props.instanceClass ?? 'db.r6g.large',
    masterUsername: props.masterUsername ?? 'dbadmin',
    requireTls,
    parameterGroup: planParameterGroup(scope, props),
  };
}

function resolveBackups(scope: Construct, props: ResilientDatabaseProps, warn: WarnUnsafe) {
  const retention = props.backupRetentionDays ?? 14;
  const backupWindow = props.backupWindow ?? '02:00-03:00';
  const maintenanceWindow = props.maintenanceWindow ?? 'sun:03:30-sun:04:30';
  if (!isUnresolved(backupWindow) && windowMinutes(backupWindow) < 30) {
    throw new InvalidPropError(scope, 'backupWindow', backupWindow, 'must be at least 30 minutes long');
  }
  if (!isUnresolved(backupWindow) && !isUnresolved(maintenanceWindow) && windowsOverlap(backupWindow, maintenanceWindow)) {
    throw new InvalidPropError(scope, 'backupWindow', backupWindow, `must not overlap the maintenance window ${maintenanceWindow}`);
  }
  const deletionProtection = props.deletionProtection ?? true;
  if (deletionProtection === false) warn('deletionProtection', false, 'a destroy or an accidental replacement deletes the database.');
  const skipFinalSnapshot = props.skipFinalSnapshot ?? false;
  if (skipFinalSnapshot === true) warn('skipFinalSnapshot', true, 'destroying the database keeps no final snapshot; only automated backups (until they expire) remain.');
  return { retention, backupWindow, maintenanceWindow, deletionProtection, skipFinalSnapshot };
}

function resolveMonitoring(scope: Construct, props: ResilientDatabaseProps, warn: WarnUnsafe) {
  const piRetention = props.performanceInsightsRetentionDays ?? 7;
  if (!isUnresolved(piRetention)) {
    const p = performanceInsightsRetentionProblem(piRetention);
    if (p) throw new InvalidPropError(scope, 'performanceInsightsRetentionDays', piRetention, p);
  }
  const monitoringInterval = props.monitoringIntervalSeconds ?? 60;
  if (monitoringInterval === 0) warn('monitoringIntervalSeconds', 0, 'enhanced monitoring (OS metrics per process) is off.');
  return { piRetention, monitoringInterval };
}

/** Storage of an RDS instance; the autoscaling ceiling follows a token storage as a Terraform expression. */
function resolveStorage(scope: Construct, props: ResilientDatabaseProps, facts: EngineFacts, warn: WarnUnsafe) {
  if (facts.aurora) {
    for (const p of ['allocatedStorageGiB', 'maxAllocatedStorageGiB'] as const) {
      if (props[p] !== undefined) warn(p, props[p], `is ignored: Aurora storage grows by itself (${props.engine}).`);
    }
  }
  const allocated = props.allocatedStorageGiB ?? 100;
  let maxAllocated = props.maxAllocatedStorageGiB;
  if (maxAllocated === undefined) {
    maxAllocated = isUnresolved(allocated) ? Token.asNumber(Fn.min([Op.mul(allocated, 2), MAX_STORAGE_GIB])) : Math.min(2 * allocated, MAX_STORAGE_GIB);
  }
  // At least the storage allocated (the spec holds it to RDS's bounds).
  checkNumber(scope, 'maxAllocatedStorageGiB', maxAllocated, { integer: true, min: isUnresolved(allocated) ? MIN_STORAGE_GIB : allocated, max: MAX_STORAGE_GIB });
  return { allocatedStorageGiB: allocated, maxAllocatedStorageGiB: maxAllocated };
}

/** Aurora readers, whose instance ids `<identifier>-<n>` fit in 63 characters; the Aurora-only props on an instance are refused. */
function resolveReaders(scope: Construct, props: ResilientDatabaseProps, facts: EngineFacts, identifier: string): number {
  if (!facts.aurora) {
    for (const p of ['readers', 'writerZone', 'readerZones', 'readerAutoscaling'] as const) {
      if (props[p] !== undefined) throw new InvalidPropError(scope, p, props[p], `applies to Aurora engines only; ${props.engine} is a Multi-AZ instance with a standby RDS places in another zone`);
    }
    return 0;
  }
  const readers = props.readers ?? 1;
  const longest = `${identifier}-${readers}`;
  if (!isUnresolved(identifier) && longest.length > RDS_MAX_IDENTIFIER_LENGTH) {
    throw new InvalidPropError(scope, 'identifier', identifier, `must leave room for the instance ids <identifier>-0..-${readers}: "${longest}" is ${longest.length} characters, RDS allows ${RDS_MAX_IDENTIFIER_LENGTH}`);
  }
  checkReaderAutoscaling(scope, props.readerAutoscaling, readers);
  return readers;
}
