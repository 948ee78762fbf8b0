import { VeleroSchedule, VeleroScheduleProps } from '../../src/kubernetes';
import { cronProblem, goDurationSeconds } from '../../src/kubernetes/private/velero-cron';
import { onlyResource, schemaErrors, synth, synthJson, testStack } from '../harness';

function build(props: Partial<VeleroScheduleProps> = {}) {
  const { stack } = testStack();
  const schedule = new VeleroSchedule(stack, 'NightlyBackup', { schedule: '0 3 * * *', includedNamespaces: ['shop'], ...props });
  return { stack, schedule, json: synthJson(stack) };
}

describe('VeleroSchedule', () => {
  test('defaults: velero namespace, 30-day TTL, volume snapshots', () => {
    const { stack, schedule, json } = build();
    const m = onlyResource(json, 'kubernetes_manifest').manifest;
    expect(m).toEqual({
      apiVersion: 'velero.io/v1',
      kind: 'Schedule',
      metadata: { name: 'nightly-backup', namespace: 'velero', labels: { 'app.kubernetes.io/managed-by': 'cdktf-reliability' } },
      spec: { schedule: '0 3 * * *', useOwnerReferencesInBackup: false, template: { includedNamespaces: ['shop'], ttl: '720h0m0s', snapshotVolumes: true } },
    });
    expect(schedule.manifest.terraformResourceType).toBe('kubernetes_manifest');
    expect(schemaErrors(stack)).toEqual([]);
    expect(synth(stack)).toMatchSnapshot();
  });

  test('resources, selector, locations and TTL can be set', () => {
    const { json } = build({
      schedule: '@every 6h',
      ttl: '168h',
      includedResources: ['deployments', 'persistentvolumeclaims', 'persistentvolumes'],
      excludedResources: ['events'],
      labelSelector: { backup: 'true' },
      storageLocation: 'eu-west-1',
      volumeSnapshotLocations: ['aws-default'],
      snapshotVolumes: false,
    });
    expect(onlyResource(json, 'kubernetes_manifest').manifest.spec.template).toEqual({
      includedNamespaces: ['shop'],
      ttl: '168h',
      snapshotVolumes: false,
      includedResources: ['deployments', 'persistentvolumeclaims', 'persistentvolumes'],
      excludedResources: ['events'],
      labelSelector: { matchLabels: { backup: 'true' } },
      storageLocation: 'eu-west-1',
      volumeSnapshotLocations: ['aws-default'],
    });
  });

  test.each(['0 3 * * *', '*/15 * * * *', '0 1-5/2 * * MON-FRI', '30 2 1,15 JAN,JUL *', '@daily', '@every 1h30m'])('cron %s is accepted', (c) => {
    expect(cronProblem(c)).toBeUndefined();
  });

  test('Go durations', () => {
    expect(goDurationSeconds('720h0m0s')).toBe(30 * 86400);
    expect(goDurationSeconds('1h30m')).toBe(5400);
    expect(goDurationSeconds('30d')).toBeNaN();
  });
});

describe('VeleroSchedule rejects', () => {
  const path = 'test/NightlyBackup';
  test.each<[string, Partial<VeleroScheduleProps>, string]>([
    ['a cron with 6 fields', { schedule: '0 0 3 * * *' }, `${path}: invalid schedule "0 0 3 * * *": must be a cron expression such as "0 3 * * *" or "@every 6h": it has 6 fields`],
    ['an hour out of range', { schedule: '0 24 * * *' }, `${path}: invalid schedule "0 24 * * *": must be a cron expression such as "0 3 * * *" or "@every 6h": it has hour "24" out of range 0-23`],
    ['an unknown descriptor', { schedule: '@nightly' }, `${path}: invalid schedule "@nightly"`],
    ['garbage', { schedule: 'every night' }, `${path}: invalid schedule "every night"`],
    ['a TTL in days (not a Go duration)', { ttl: '30d' }, `${path}: invalid ttl "30d": must be a Go duration of at least 1h`],
    ['a TTL under an hour', { ttl: '10m' }, `${path}: invalid ttl "10m"`],
    ['no namespaces', { includedNamespaces: [] }, `${path}: invalid includedNamespaces []: must have at least 1 item(s)`],
    ['a bad namespace', { includedNamespaces: ['Shop'] }, `${path}: invalid includedNamespaces[0] "Shop"`],
    ['an empty resource list', { includedResources: [] }, `${path}: invalid includedResources []`],
  ])('%s', (_name, props, message) => {
    expect(() => build(props)).toThrow(message);
  });
});

describe('VeleroSchedule schedules that never fire, and JavaScript callers', () => {
  const path = 'test/NightlyBackup';
  test.each([
    ['0 3 31 2 *', 'never fires: day of month 31 does not occur in month 2'],
    ['0 3 30 FEB *', 'never fires: day of month 30 does not occur in month FEB'],
    ['0 3 31 4,6,9,11 *', 'never fires'],
    ['0 3 * 13 *', 'month "13" out of range 1-12'],
    ['0 3 * MON *', 'month "MON" out of range 1-12'],
    ['0 3 * * JAN', 'day of week "JAN" out of range 0-7'],
    ['0 5-1 * * *', 'hour range "5-1" that ends before it starts'],
  ])('%s is refused: %s', (schedule, problem) => {
    expect(cronProblem(schedule)).toContain(problem);
    expect(() => build({ schedule })).toThrow(`${path}: invalid schedule ${JSON.stringify(schedule)}: must be a cron expression`);
  });

  test.each(['0 3 29 2 *', '0 3 31 1-12 *', '0 3 31 2 MON', '0 3 30/2 * *'])('%s fires (Feb 29 in leap years; the day of week widens a schedule)', (c) => {
    expect(cronProblem(c)).toBeUndefined();
  });

  test.each<[string, Record<string, unknown>, string]>([
    ['namespaces as one string', { includedNamespaces: 'shop' }, `${path}: invalid includedNamespaces "shop": must be a list (got a string)`],
    ['a number schedule', { schedule: 3 }, `${path}: invalid schedule 3: must be a string (got a number)`],
    ['no schedule', { schedule: undefined }, `${path}: invalid schedule undefined: is required`],
    ['a duplicate namespace', { includedNamespaces: ['shop', 'shop'] }, `${path}: invalid includedNamespaces[1] "shop": must not repeat`],
    ['"true" for snapshotVolumes', { snapshotVolumes: 'true' }, `${path}: invalid snapshotVolumes "true": must be true or false`],
    ['a resource with spaces', { includedResources: ['deploy ments'] }, `${path}: invalid includedResources[0] "deploy ments"`],
    ['a misspelt prop', { tll: '24h' }, `${path}: unknown prop tll (did you mean ttl?)`],
  ])('%s', (_name, props, message) => {
    expect(() => build(props as Partial<VeleroScheduleProps>)).toThrow(message);
  });

  test('two schedules with one name in one namespace collide', () => {
    const { stack } = testStack();
    new VeleroSchedule(stack, 'nightly', { schedule: '@daily', includedNamespaces: ['a'] });
    expect(() => new VeleroSchedule(stack, 'Nightly', { schedule: '@daily', includedNamespaces: ['b'] })).toThrow(
      'test/Nightly: Kubernetes Velero Schedule name "nightly" is already used by test/nightly',
    );
  });
});
