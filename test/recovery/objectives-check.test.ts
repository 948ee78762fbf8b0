import { PropError } from '../../src/core';
import { RecoveryAchievement } from '../../src/core/recovery';
import { FIGURES } from '../../src/recovery/figures';
import { checkRecovery, chooseStrategy, parseObjective, RecoveryStrategy, STRATEGIES, STRATEGY_RTO } from '../../src/recovery/objectives-check';

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
    expect(() => parseObjective({ rto: '1h', rpo: '1m', rtp: 1 }, 'zone')).toThrow('invalid zone.rtp "rtp": is not a known key');
    expect(() => parseObjective('1h', 'data')).toThrow('invalid data "1h": must be an object');
  });
});
