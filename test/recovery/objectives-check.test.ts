import { PropError } from '../../src/core';
import { RecoveryAchievement } from '../../src/recovery/achievement';
import { FIGURES } from '../../src/recovery/figures';
import { chainText, checkRecovery, chooseStrategy, parseObjective, RecoveryStrategy, STRATEGIES, STRATEGY_RTO } from '../../src/recovery/objectives-check';

const MIN = 60;
const HOUR = 3600;

const globalDb: RecoveryAchievement = {
  resource: 'app/orders-db',
  kind: 'database',
  regions: ['eu-west-1', 'eu-central-1'],
  rpoZoneSeconds: 0,
  rpoRegionSeconds: FIGURES.auroraGlobalLag.seconds,
  rpoDataSeconds: FIGURES.pointInTimeRecovery.seconds,
  replication: 'aurora-global-database',
};
const backedUpTable: RecoveryAchievement = {
  resource: 'app/orders-table',
  kind: 'table',
  regions: ['eu-west-1', 'eu-central-1'],
  rpoZoneSeconds: 0,
  rpoRegionSeconds: 24 * HOUR + FIGURES.backupCopyTime.seconds,
  rpoDataSeconds: FIGURES.dynamodbPitr.seconds,
  replication: 'daily backup copy',
};

describe('strategy from a region RTO (expected values from the documented figures)', () => {
  test.each([
    [8 * HOUR, 'backup-restore'],
    [FIGURES.restoreFromBackup.seconds, 'backup-restore'],
    [HOUR, 'pilot-light'],
    [15 * MIN, 'warm-standby'],
    [5 * MIN, 'active-active'],
    [30, 'active-active'],
  ] as const)('RTO %ss -> %s', (rto, expected) => {
    expect(chooseStrategy(rto)).toBe(expected);
  });

  test('strategies are ordered from slowest to fastest', () => {
    const times = STRATEGIES.map((s) => STRATEGY_RTO[s].seconds);
    expect([...times].sort((a, b) => b - a)).toEqual(times);
  });
});

describe('checkRecovery', () => {
  const table: Array<[string, RecoveryStrategy, number, number, boolean]> = [];
  for (const strategy of STRATEGIES) for (const rto of [2 * MIN, 15 * MIN, HOUR, 8 * HOUR]) table.push([`${strategy} rto ${rto}`, strategy, rto, MIN, STRATEGY_RTO[strategy].seconds <= rto]);

  test.each(table)('%s: the strategy verdict follows its documented RTO', (_n, strategy, rto, rpo, expected) => {
    const v = checkRecovery({ region: { rtoSeconds: rto, rpoSeconds: rpo } }, strategy, []);
    expect(v).toHaveLength(1);
    expect(v[0].met).toBe(expected);
  });

  test('region RTO 15 min with backup and restore says to use warm standby', () => {
    const [v] = checkRecovery({ region: { rtoSeconds: 15 * MIN, rpoSeconds: HOUR } }, 'backup-restore', []);
    expect(v.message).toBe('region RTO 15 min with backup-restore (about 4 h): use warm-standby');
  });

  test('RPO 5 min for the region with a daily backup copy names the resource, the gap and the fix', () => {
    const v = checkRecovery({ region: { rtoSeconds: HOUR, rpoSeconds: 5 * MIN } }, 'warm-standby', [globalDb, backedUpTable]);
    const bad = v.filter((x) => !x.met);
    expect(bad.map((x) => x.resource)).toEqual(['app/orders-table']);
    expect(bad[0].message).toMatch(/^RPO 5 min for a region disruption, but table app\/orders-table loses up to 28 h \(daily backup copy\), 27\.9 h too much: replicate it/);
  });

  test('RPO 0 for the region with asynchronous replication is impossible', () => {
    const [, v] = checkRecovery({ region: { rtoSeconds: HOUR, rpoSeconds: 0 } }, 'warm-standby', [globalDb]);
    expect(v.met).toBe(false);
    expect(v.message).toContain('RPO 0 for the region with asynchronous replication (aurora-global-database) of database app/orders-db is impossible');
  });

  test('a resource with no copy outside the region fails any region RPO', () => {
    const single: RecoveryAchievement = { resource: 'app/cache', kind: 'table', regions: ['eu-west-1'], rpoZoneSeconds: 0 };
    const [, v] = checkRecovery({ region: { rtoSeconds: 8 * HOUR, rpoSeconds: 24 * HOUR } }, 'backup-restore', [single]);
    expect(v.met).toBe(false);
    expect(v.achievedSeconds).toBeUndefined();
  });
});

describe('parseObjective', () => {
  test('accepts durations and 0, refuses the rest with the prop named', () => {
    expect(parseObjective({ rto: '15m', rpo: 0 }, 'region')).toEqual({ rtoSeconds: 900, rpoSeconds: 0 });
    expect(() => parseObjective({ rto: '15m', rpo: '5 minutes' }, 'region')).toThrow(PropError);
    expect(() => parseObjective({ rto: 0, rpo: 0 }, 'region')).toThrow('invalid region.rto 0: must be above 0');
    expect(() => parseObjective({ rto: '1h', rpo: '1m', rtp: 1 }, 'zone')).toThrow('invalid zone.rtp 1: is not a known key');
    expect(() => parseObjective('1h', 'data')).toThrow('invalid data "1h": must be an object');
  });
});

/**
 * Objective x strategy x resource: each row's expected verdicts are written out
 * by hand from the documented figures (docs/disaster-recovery.md), with the
 * arithmetic in the comment, so a change of figure or rule that moves a verdict
 * fails here.
 */
describe('objective x strategy x resource, verdicts from the documented figures', () => {
  const R = ['eu-west-1', 'eu-central-1'];
  const resources: Record<string, RecoveryAchievement> = {
    // Aurora Global Database: lag ~1 s, managed failover ~5 min.
    auroraGlobal: { resource: 'db', kind: 'database', regions: R, rpoZoneSeconds: 0, rpoRegionSeconds: FIGURES.auroraGlobalLag.seconds, rpoDataSeconds: 300, rtoRegionSeconds: FIGURES.auroraGlobalFailover.seconds, replication: 'aurora-global-database' },
    // RDS cross-region read replica: lag taken as 5 min, promotion ~15 min.
    rdsReplica: { resource: 'db', kind: 'database', regions: R, rpoZoneSeconds: 0, rpoRegionSeconds: FIGURES.rdsCrossRegionReplicaLag.seconds, rpoDataSeconds: 300, rtoRegionSeconds: FIGURES.rdsReplicaPromotion.seconds, replication: 'rds-cross-region-replica' },
    // DynamoDB global table: ~5 s.
    globalTable: { resource: 'table', kind: 'table', regions: R, rpoZoneSeconds: 0, rpoRegionSeconds: FIGURES.dynamodbGlobalTableLag.seconds, rpoDataSeconds: 300, replication: 'dynamodb-global-table' },
    // S3 replication with RTC: 15 min.
    bucketRtc: { resource: 'bucket', kind: 'bucket', regions: R, rpoZoneSeconds: 0, rpoRegionSeconds: FIGURES.s3ReplicationRtc.seconds, rpoDataSeconds: 0, replication: 's3-rtc' },
    // Daily backup copied to the other region: 24 h + 4 h copy = 28 h.
    dailyCopy: { resource: 'db', kind: 'database', regions: R, rpoZoneSeconds: 0, rpoRegionSeconds: 24 * HOUR + FIGURES.backupCopyTime.seconds, rpoDataSeconds: 300, replication: 'backup-copy' },
    // One region only: nothing survives a region loss.
    singleRegion: { resource: 'db', kind: 'database', regions: ['eu-west-1'], rpoZoneSeconds: 0, rpoDataSeconds: 300 },
  };
  type Row = [objective: string, rto: number, rpo: number, strategy: RecoveryStrategy, resource: keyof typeof resources, strategyMet: boolean, resourceRtoMet: boolean | 'n/a', rpoMet: boolean];
  const rows: Row[] = [
    // RTO 15 min, RPO 1 min (the example's objectives).
    ['15m/1m', 15 * MIN, MIN, 'warm-standby', 'auroraGlobal', true, true, true], // 10 min <= 15; 5 min <= 15; 1 s <= 1 min
    ['15m/1m', 15 * MIN, MIN, 'pilot-light', 'auroraGlobal', false, true, true], // 30 min > 15
    ['15m/1m', 15 * MIN, MIN, 'backup-restore', 'auroraGlobal', false, true, true], // 4 h > 15 min
    ['15m/1m', 15 * MIN, MIN, 'active-active', 'auroraGlobal', true, true, true], // 2 min <= 15
    ['15m/1m', 15 * MIN, MIN, 'warm-standby', 'rdsReplica', true, true, false], // promotion 15 min <= 15 (not reported); lag 5 min > 1 min
    ['15m/1m', 15 * MIN, MIN, 'warm-standby', 'globalTable', true, 'n/a', true], // 5 s <= 1 min
    ['15m/1m', 15 * MIN, MIN, 'warm-standby', 'bucketRtc', true, 'n/a', false], // 15 min > 1 min
    ['15m/1m', 15 * MIN, MIN, 'warm-standby', 'dailyCopy', true, 'n/a', false], // 28 h > 1 min
    ['15m/1m', 15 * MIN, MIN, 'warm-standby', 'singleRegion', true, 'n/a', false], // no copy
    // RTO 10 min, RPO 5 min: RDS promotion (15 min) is too slow even for warm standby (10 min).
    ['10m/5m', 10 * MIN, 5 * MIN, 'warm-standby', 'rdsReplica', true, false, true], // 10 <= 10; 15 min > 10; 5 min <= 5
    ['10m/5m', 10 * MIN, 5 * MIN, 'warm-standby', 'auroraGlobal', true, true, true],
    ['10m/5m', 10 * MIN, 5 * MIN, 'warm-standby', 'bucketRtc', true, 'n/a', false], // 15 min > 5
    // RTO 1 h, RPO 15 min: pilot light is enough; RTC meets exactly.
    ['1h/15m', HOUR, 15 * MIN, 'pilot-light', 'bucketRtc', true, 'n/a', true], // 30 min <= 1 h; 15 <= 15
    ['1h/15m', HOUR, 15 * MIN, 'pilot-light', 'rdsReplica', true, true, true],
    ['1h/15m', HOUR, 15 * MIN, 'backup-restore', 'rdsReplica', false, true, true], // 4 h > 1 h
    // RTO 8 h, RPO 24 h: backup and restore, but the daily copy (28 h) still misses 24 h.
    ['8h/24h', 8 * HOUR, 24 * HOUR, 'backup-restore', 'dailyCopy', true, 'n/a', false],
    ['8h/30h', 8 * HOUR, 30 * HOUR, 'backup-restore', 'dailyCopy', true, 'n/a', true], // 28 h <= 30 h
    // RPO 0: impossible with any asynchronous replication, however fast.
    ['15m/0', 15 * MIN, 0, 'warm-standby', 'auroraGlobal', true, true, false],
    ['15m/0', 15 * MIN, 0, 'active-active', 'globalTable', true, 'n/a', false],
    // RTO 1 min: nothing recovers a region that fast.
    ['1m/1m', MIN, MIN, 'active-active', 'auroraGlobal', false, false, true], // 2 min > 1; 5 min > 1
  ];

  test.each(rows)('%s %s/%s with %s and %s', (_o, rto, rpo, strategy, name, strategyMet, resourceRtoMet, rpoMet) => {
    const verdicts = checkRecovery({ region: { rtoSeconds: rto, rpoSeconds: rpo } }, strategy, [resources[name]]);
    const strategyVerdict = verdicts.find((v) => v.resource === 'strategy')!;
    expect(strategyVerdict.met).toBe(strategyMet);
    const resourceRto = verdicts.find((v) => v.resource !== 'strategy' && v.measure === 'rto');
    if (resourceRtoMet === 'n/a' || resourceRtoMet === true) expect(resourceRto).toBeUndefined();
    else expect(resourceRto?.met).toBe(false);
    const rpoVerdict = verdicts.find((v) => v.measure === 'rpo')!;
    expect(rpoVerdict.met).toBe(rpoMet);
    if (!rpoMet) expect(rpoVerdict.message).toMatch(rpo === 0 ? /is impossible/ : /no copy that survives it|too much/);
  });

  test('every strategy and every resource kind appears in the table', () => {
    expect(new Set(rows.map((r) => r[3]))).toEqual(new Set(STRATEGIES));
    expect(new Set(rows.map((r) => r[4]))).toEqual(new Set(Object.keys(resources)));
  });
});

describe('RTO for every disruption, and chains (issue 19: the real region RTO is detection + decision + the steps)', () => {
  const chain = [
    { step: 'detection', seconds: 210, source: 'stack' },
    { step: 'decision', seconds: FIGURES.onCallResponse.seconds, source: FIGURES.onCallResponse.source },
    { step: 'database failover', seconds: FIGURES.auroraGlobalFailover.seconds, source: FIGURES.auroraGlobalFailover.source },
  ];
  const plan: RecoveryAchievement = { resource: 'app/plan', kind: 'region switch plan', stateless: true, regions: ['eu-west-1', 'eu-central-1'], rtoRegionSeconds: 810, rtoRegionChain: chain };

  test('a chain longer than the region RTO is not met, and the message adds it up', () => {
    const [, v] = checkRecovery({ region: { rtoSeconds: 10 * MIN, rpoSeconds: MIN } }, 'warm-standby', [plan]);
    expect(v).toMatchObject({ resource: 'app/plan', disruption: 'region', measure: 'rto', met: false, achievedSeconds: 810, objectiveSeconds: 600 });
    expect(v.message).toBe(
      'region RTO 10 min, but region switch plan app/plan takes about 13.5 min to serve from the recovery region (detection 3.5 min + decision 5 min + database failover 5 min = 13.5 min), 3.5 min too long: shorten the longest link, or relax the RTO',
    );
  });

  test('a chain within the RTO is reported as met, with the chain (the report shows it)', () => {
    const [, v] = checkRecovery({ region: { rtoSeconds: 20 * MIN, rpoSeconds: MIN } }, 'warm-standby', [plan]);
    expect(v).toMatchObject({ met: true, achievedSeconds: 810 });
    expect(v.message).toBe('region RTO 20 min: region switch plan app/plan recovers in about 13.5 min (detection 3.5 min + decision 5 min + database failover 5 min = 13.5 min)');
    expect(chainText(chain)).toBe('detection 3.5 min + decision 5 min + database failover 5 min = 13.5 min');
  });

  test('zone and data RTOs a resource reports are checked against their objectives (they were ignored)', () => {
    const db: RecoveryAchievement = { ...globalDb, rtoZoneSeconds: FIGURES.multiAzFailover.seconds, rtoDataSeconds: 6 * HOUR };
    const verdicts = checkRecovery({ zone: { rtoSeconds: MIN, rpoSeconds: 0 }, data: { rtoSeconds: 4 * HOUR, rpoSeconds: 5 * MIN } }, 'backup-restore', [db]);
    const rto = verdicts.filter((v) => v.measure === 'rto');
    expect(rto.map((v) => [v.disruption, v.met, v.message])).toEqual([
      ['zone', false, 'zone RTO 1 min, but database app/orders-db takes about 2 min to serve again after losing a zone'],
      ['data', false, 'data RTO 4 h, but database app/orders-db takes about 6 h to serve correct data again after corruption or deletion'],
    ]);
    // Met, and without a chain: no RTO verdict.
    expect(checkRecovery({ zone: { rtoSeconds: 5 * MIN, rpoSeconds: 0 } }, 'backup-restore', [db]).filter((v) => v.measure === 'rto')).toEqual([]);
  });
});

// Issue 21 item 1: exported functions check their arguments like a construct (JavaScript and YAML callers).
describe('the DR model checks what callers hand it', () => {
  const ok = { region: { rtoSeconds: 900, rpoSeconds: 60 } };
  const store = { resource: 'db', kind: 'database', regions: ['eu-west-1'], rpoRegionSeconds: 30 };
  test.each<[string, () => unknown, RegExp]>([
    ['null objectives', () => checkRecovery(null as never, 'warm-standby', []), /^invalid objectives null: must be an object \(got null\) \(argument of checkRecovery\)$/],
    ['an objective that is null', () => checkRecovery({ region: null } as never, 'warm-standby', []), /^invalid objectives\.region null: must be an object/],
    ['an objective without seconds', () => checkRecovery({ region: { rto: '15m', rpo: '1m' } } as never, 'warm-standby', []), /^invalid objectives\.region\.rtoSeconds undefined: must be seconds/],
    ['a disruption that does not exist', () => checkRecovery({ planet: { rtoSeconds: 1, rpoSeconds: 1 } } as never, 'warm-standby', []), /^invalid objectives\.planet "planet": is not a disruption: use zone, region, data/],
    ['an unknown strategy', () => checkRecovery(ok, 'hot' as never, []), /^invalid strategy "hot": must be one of "backup-restore"/],
    ['achievements that are not a list', () => checkRecovery(ok, 'warm-standby', {} as never), /^invalid achievements \{\}: must be a list/],
    ['an achievement that is null', () => checkRecovery(ok, 'warm-standby', [null as never]), /^invalid achievements\[0\] null: must be an object/],
    ['an achievement without regions', () => checkRecovery(ok, 'warm-standby', [{ ...store, regions: undefined } as never]), /^invalid achievements\[0\]\.regions undefined: must be a list/],
    ['a negative RPO', () => checkRecovery(ok, 'warm-standby', [{ ...store, rpoRegionSeconds: -1 }]), /^invalid achievements\[0\]\.rpoRegionSeconds -1: must be seconds/],
    ['a region RTO that is a string', () => chooseStrategy('15m' as never), /^invalid regionRtoSeconds "15m": must be seconds, a number of at least 0 \(got a string\) \(argument of chooseStrategy\)$/],
  ])('%s is refused naming the argument', (_n, call, message) => {
    expect(call).toThrow(PropError);
    expect(call).toThrow(message);
  });

  test('valid arguments still give verdicts', () => {
    expect(checkRecovery(ok, 'warm-standby', [store]).map((v) => v.met)).toEqual([true, true]);
  });
});
