import { ChaosDrill } from '../../../src/aws/chaos/chaos-drill';
import { ZonalAutoshift } from '../../../src/aws/recovery/zonal-autoshift';
import { MANAGED_BY_TAG, MANAGED_BY_VALUE } from '../../../src/core/contract';
import { NameCollisionError } from '../../../src/core';
import { expectThrown, synthJson } from '../../harness';
import { world } from './fixture';

type Make = (w: ReturnType<typeof world>, id: string, extra: Record<string, unknown>) => unknown;
const constructs: Array<[string, Make]> = [
  ['ChaosDrill', (w, id, extra) => new ChaosDrill(w.stack, id, { scenario: 'zone-loss', network: w.network, service: w.service, database: w.database, stopConditions: [w.slos], schedule: { days: ['MON'], startTime: '10:00' }, alarmRouting: w.routing, ...extra } as any)],
  ['ZonalAutoshift', (w, id, extra) => new ZonalAutoshift(w.stack, id, { loadBalancer: w.service.loadBalancer, outcomeAlarms: [w.slos], ...extra } as any)],
];

describe.each(constructs)('%s keeps the construct contract', (_name, make) => {
  test('malformed common props from JavaScript fail with the prop named', () => {
    const w = world();
    expect(() => make(w, 'a', { alarmRouting: 'arn:aws:sns:x' })).toThrow('test/a: invalid alarmRouting');
    expect(() => make(w, 'b', { tags: { team: 5 } })).toThrow('test/b: invalid tags.team 5: must be a string');
    expect(() => make(w, 'c', { alarms: { nope: {} } })).toThrow(/test\/c: unknown prop alarms\.nope/);
  });

  test("every taggable resource it creates carries ManagedBy and the user's tags", () => {
    const w = world();
    make(w, 'x', { tags: { team: 'shop' } });
    const json = synthJson(w.stack);
    let checked = 0;
    for (const [type, byName] of Object.entries(json.resource ?? {})) {
      for (const [name, body] of Object.entries(byName as Record<string, any>)) {
        if (!name.startsWith('x_') || !('tags' in body || ['aws_fis_experiment_template', 'aws_kms_key', 'aws_cloudwatch_log_group', 'aws_iam_role', 'aws_cloudwatch_event_rule'].includes(type))) continue;
        expect({ type, tags: body.tags }).toEqual({ type, tags: expect.objectContaining({ [MANAGED_BY_TAG]: MANAGED_BY_VALUE, team: 'shop' }) });
        checked++;
      }
    }
    if (_name === 'ChaosDrill') expect(checked).toBeGreaterThanOrEqual(5);
  });

  test('two instances that claim the same name (or load balancer) fail naming both', () => {
    const w = world();
    make(w, 'a.b', {});
    // ChaosDrill: its derived names; ZonalAutoshift: the load balancer (one autoshift configuration each).
    expect(expectThrown(() => make(w, 'a-b', {}), NameCollisionError).message).toContain('test/a.b');
  });
});
