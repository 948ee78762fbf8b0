import { TerraformVariable, Testing, Token } from 'cdktf';
import { ReliabilityChecks } from '../../../src/checks/aspect';
import { ResilientDatabase, ResilientDatabaseProps } from '../../../src/aws/database/resilient-database';
import { parameterGroupFamilyOf } from '../../../src/aws/database/engines';
import { annotations, FakeRouting, plainNetwork, synthJson, testStack, values } from '../../harness';

/**
 * Issue 27.5: a ResilientDatabase forces TLS by default through its parameter group (for Aurora the DB cluster
 * parameter group). Sources: RDS User Guide, "Using SSL with a PostgreSQL DB instance" (rds.force_ssl) and
 * "Requiring SSL/TLS for all connections to a MySQL DB instance on Amazon RDS" (require_secure_transport, "You don't
 * need to reboot"); RDS API ModifyDBParameterGroup (immediate only for dynamic parameters).
 */
function build(props: Partial<ResilientDatabaseProps> & Pick<ResilientDatabaseProps, 'engine'>) {
  const { app, stack } = testStack();
  const db = new ResilientDatabase(stack, 'db', { network: plainNetwork(), clientSecurityGroupIds: ['sg-0123456789abcdef0'], alarmRouting: new FakeRouting(), ...props });
  const checks = ReliabilityChecks.addTo(app);
  const json = synthJson(stack);
  Testing.synth(stack, true);
  return { stack, db, json, tlsFindings: () => checks.checkStack(stack).filter((f) => f.ruleId === 'REL-RDS-7' || f.ruleId === 'REL-AUR-4') };
}

describe('ResilientDatabase forces TLS by default (issue 27.5)', () => {
  test.each([
    // engine, version, derived family, group type, attribute on the database, parameter, value
    ['postgres', '16.4', 'postgres16', 'aws_db_parameter_group', 'aws_db_instance', 'parameter_group_name', 'rds.force_ssl', '1'],
    ['mysql', '8.0.39', 'mysql8.0', 'aws_db_parameter_group', 'aws_db_instance', 'parameter_group_name', 'require_secure_transport', '1'],
    ['aurora-postgresql', '15.6', 'aurora-postgresql15', 'aws_rds_cluster_parameter_group', 'aws_rds_cluster', 'db_cluster_parameter_group_name', 'rds.force_ssl', '1'],
    // Aurora MySQL reports the cluster parameter as ON (prowler-cloud/prowler#4116): written so, no diff on every plan.
    ['aurora-mysql', '8.0.mysql_aurora.3.05.2', 'aurora-mysql8.0', 'aws_rds_cluster_parameter_group', 'aws_rds_cluster', 'db_cluster_parameter_group_name', 'require_secure_transport', 'ON'],
  ] as const)('%s %s: a %s group with %s, immediate, that the database uses', (engine, engineVersion, family, groupType, dbType, attribute, name, value) => {
    const { json } = build({ engine, engineVersion });
    const groups = values(json, groupType);
    expect(groups).toHaveLength(1);
    expect(groups[0]).toMatchObject({ family, name_prefix: 'test-db-', parameter: [{ name, value, apply_method: 'immediate' }], lifecycle: { create_before_destroy: true } });
    expect(values(json, dbType)[0][attribute]).toMatch(new RegExp(`^\\$\\{${groupType}\\.db_(cluster-)?params_[0-9A-F]{8}\\.name\\}$`));
    // Aurora forces TLS in the cluster parameter group: no per-instance DB parameter group is made.
    if (dbType === 'aws_rds_cluster') expect(values(json, 'aws_db_parameter_group')).toEqual([]);
  });

  test('the rule pack finds nothing to say about TLS with the defaults (REL-RDS-7, REL-AUR-4)', () => {
    for (const [engine, engineVersion] of [['postgres', '16.4'], ['aurora-mysql', '8.0.mysql_aurora.3.05.2']] as const) {
      const { tlsFindings } = build({ engine, engineVersion });
      expect(tlsFindings()).toEqual([]);
    }
  });

  test('families derived per engine from the version', () => {
    expect(parameterGroupFamilyOf('postgres', '17')).toBe('postgres17');
    expect(parameterGroupFamilyOf('postgres', '16.4')).toBe('postgres16');
    expect(parameterGroupFamilyOf('postgres', '9.6.24')).toBe('postgres9.6');
    expect(parameterGroupFamilyOf('postgres', '9')).toBeUndefined();
    expect(parameterGroupFamilyOf('mysql', '8.4')).toBe('mysql8.4');
    expect(parameterGroupFamilyOf('mysql', '5.7.44')).toBe('mysql5.7');
    expect(parameterGroupFamilyOf('aurora-postgresql', '16.4')).toBe('aurora-postgresql16');
    expect(parameterGroupFamilyOf('aurora-mysql', '5.7.mysql_aurora.2.12.1')).toBe('aurora-mysql5.7');
  });

  test('a family the user gives wins over the derived one (also without engineVersion)', () => {
    const { json } = build({ engine: 'postgres', parameterGroupFamily: 'postgres17' });
    expect(values(json, 'aws_db_parameter_group')[0].family).toBe('postgres17');
  });

  test('a token engine version gets the family as a Terraform expression', () => {
    const { stack } = testStack();
    const version = new TerraformVariable(stack, 'version', { type: 'string' }).stringValue;
    new ResilientDatabase(stack, 'db', { network: plainNetwork(), engine: 'mysql', engineVersion: version, alarmRouting: new FakeRouting() });
    const [group] = values(synthJson(stack), 'aws_db_parameter_group');
    expect(group.family).toBe('${join("", ["mysql", join(".", slice(split(".", var.version), 0, 2))])}');
  });

  test("the user's parameters are merged; a forcing value of theirs is kept as written, not doubled", () => {
    const { json } = build({ engine: 'mysql', engineVersion: '8.0.39', parameters: { slow_query_log: '1', require_secure_transport: 'on' } });
    expect(values(json, 'aws_db_parameter_group')[0].parameter).toEqual([
      { name: 'slow_query_log', value: '1', apply_method: 'pending-reboot' },
      { name: 'require_secure_transport', value: 'on', apply_method: 'pending-reboot' },
    ]);
  });

  test('requireTls: false keeps the default parameter group, warns, and is recorded for REL-AUR-4', () => {
    const { db, json, tlsFindings } = build({ engine: 'aurora-postgresql', requireTls: false });
    expect(values(json, 'aws_rds_cluster_parameter_group')).toEqual([]);
    expect(values(json, 'aws_rds_cluster')[0].db_cluster_parameter_group_name).toBeUndefined();
    expect(annotations(db).filter((w) => w.includes('requireTls'))).toEqual([expect.stringContaining('requireTls is false')]);
    expect(tlsFindings()).toEqual([expect.objectContaining({ severity: 'info', suppression: expect.objectContaining({ reason: expect.stringMatching(/^requireTls is false, set explicitly: clients may connect without TLS/) }) })]);
  });

  test('requireTls: false with parameters keeps a value that allows plaintext', () => {
    const { json } = build({ engine: 'postgres', requireTls: false, parameters: { 'rds.force_ssl': '0' }, parameterGroupFamily: 'postgres16' });
    expect(values(json, 'aws_db_parameter_group')[0].parameter).toEqual([{ name: 'rds.force_ssl', value: '0', apply_method: 'pending-reboot' }]);
  });

  test('requireTls must be a boolean known at synth', () => {
    expect(() => build({ engine: 'postgres', engineVersion: '16.4', requireTls: 'false' as unknown as boolean })).toThrow('test/db: invalid requireTls "false"');
    expect(() => build({ engine: 'postgres', engineVersion: '16.4', requireTls: Token.asAny({ resolve: () => true }) as unknown as boolean })).toThrow('requireTls');
  });
});
