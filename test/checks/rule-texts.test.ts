import * as lib from '../../src';
import { RELIABILITY_RULES } from '../../src/checks/rules';

// A rule's title, rationale and fix text may name a construct of this library: the name must be one it exports
// (issue 29: a fix text named `DatabaseInstance`, which no construct is called; `ResilientDatabase` is).
// PascalCase words that are not constructs but AWS or Kubernetes names, each with where it comes from:
const NOT_CONSTRUCTS: Record<string, string> = {
  AdministratorAccess: 'AWS managed IAM policy (IAM User Guide, AWS managed policies for job functions)',
  PowerUserAccess: 'AWS managed IAM policy (IAM User Guide, AWS managed policies for job functions)',
  HorizontalPodAutoscaler: 'Kubernetes kind (autoscaling/v2)',
  OperationsFailedReplication: 'S3 replication metric (Amazon S3 User Guide, replication metrics)',
  ReplicationLatency: 'S3 replication metric (Amazon S3 User Guide, replication metrics)',
  ResourceTag: 'IAM condition key aws:ResourceTag (IAM User Guide, global condition context keys)',
  PodDisruptionBudget: 'Kubernetes kind (policy/v1)',
  CloudWatch: 'AWS service name',
  DynamoDB: 'AWS service name',
  CloudTrail: 'AWS service name',
  EventBridge: 'AWS service name',
  PagerDuty: 'the incident-response service (PagerDuty/pagerduty provider)',
  NetworkPolicy: 'Kubernetes kind (networking.k8s.io/v1)',
  EncryptionContext: 'KMS condition key kms:EncryptionContext (AWS KMS Developer Guide, condition keys)',
  SourceAccount: 'IAM condition key aws:SourceAccount (IAM User Guide, global condition context keys)',
  SourceArn: 'IAM condition key aws:SourceArn (IAM User Guide, global condition context keys)',
  GenerateDataKey: 'KMS API action kms:GenerateDataKey (AWS KMS API Reference)',
  StringEquals: 'IAM condition operator (IAM User Guide, condition operators)',
  ArnLike: 'IAM condition operator (IAM User Guide, condition operators)',
  PostgreSQL: 'database engine (RDS User Guide, "Using SSL with a PostgreSQL DB instance")',
  MySQL: 'database engine (RDS User Guide, "Requiring SSL/TLS for all connections to a MySQL DB instance")',
  MariaDB: 'database engine (RDS User Guide, Amazon RDS for MariaDB)',
  StatusCheck: 'Chaos Mesh kind and workflow template type (chaos-mesh.org/v1alpha1)',
};

/** Construct-like names (two or more capitalized parts) in the rule texts, with the rules that use them. */
function namesInRuleTexts(): Map<string, string[]> {
  const names = new Map<string, string[]>();
  for (const rule of RELIABILITY_RULES) {
    for (const text of [rule.title, rule.rationale, rule.remediation]) {
      for (const [name] of text.matchAll(/\b[A-Z][a-z0-9]+(?:[A-Z][a-z0-9]*)+\b/g)) names.set(name, [...(names.get(name) ?? []), rule.id]);
    }
  }
  return names;
}

test('every construct-like name in a rule text is a construct (or function) the library exports, or a listed AWS/Kubernetes name', () => {
  const names = namesInRuleTexts();
  const unknown = [...names].filter(([name]) => !(name in lib) && !(name in NOT_CONSTRUCTS)).map(([name, ids]) => `${name} (${ids.join(', ')})`);
  expect(unknown).toEqual([]);
  // The sweep reads real texts: they name at least these constructs.
  expect([...names.keys()]).toEqual(expect.arrayContaining(['ChaosDrill', 'RegionalFailover', 'ResilientDatabase']));
});

test('the list of AWS and Kubernetes names holds only names a rule text uses', () => {
  const names = namesInRuleTexts();
  expect(Object.keys(NOT_CONSTRUCTS).filter((n) => !names.has(n))).toEqual([]);
});
