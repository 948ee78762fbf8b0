import { actionMatches, asList, conditionKeys, parsePolicy, servicePrincipals, statementsOf } from '../iam-policy';
import { isObject, isReference, JsonObject, nested, str } from '../json';
import { ReliabilityRule, RuleViolation, violation } from '../rule';
import { TerraformJsonResource, TerraformJsonStack } from '../stack';

const TEMPLATE = 'aws_fis_experiment_template';
const ROLE = 'aws_iam_role';

export const FIS_STOP_CONDITION: ReliabilityRule = {
  id: 'REL-FIS-1',
  severity: 'error',
  title: 'Fault injection experiments stop on a CloudWatch alarm',
  rationale: 'An experiment without a stop condition keeps breaking things while users suffer; the SLO page alarm as stop condition ends a drill that hurts more than planned.',
  remediation: 'Add stop_condition { source = "aws:cloudwatch:alarm", value = <the SLO page alarm ARN> } (ChaosDrill: stopConditions), or suppress the rule with the reason.',
  resourceTypes: [TEMPLATE],
  equivalents: {},
  check: (r) => {
    const conditions = nested(r.body, 'stop_condition');
    if (conditions.some((c) => c.source === 'aws:cloudwatch:alarm' && (str(c.value) ?? '') !== '')) return [];
    if (conditions.some((c) => isReference(c.source))) return [];
    const sources = conditions.map((c) => String(c.source)).join(', ');
    return violation(conditions.length === 0 ? 'the template has no stop_condition' : `no stop condition is a CloudWatch alarm (sources: ${sources}): nothing stops the experiment if it hurts users`);
  },
};

/** Actions that break something when an experiment (or anyone holding the role) calls them. */
const DESTRUCTIVE = [
  'ec2:TerminateInstances', 'ec2:StopInstances', 'ec2:RebootInstances', 'ec2:SendSpotInstanceInterruptions', 'ec2:InjectApiError',
  'ec2:ReplaceNetworkAclAssociation', 'ec2:DeleteNetworkAcl', 'ec2:CreateNetworkAclEntry', 'ec2:DetachVolume',
  'rds:FailoverDBCluster', 'rds:RebootDBInstance', 'rds:RebootDBCluster', 'rds:FailoverGlobalCluster',
  'ssm:SendCommand', 'ssm:StartAutomationExecution', 'ecs:StopTask', 'ecs:UpdateContainerInstancesState',
  'eks:DeleteNodegroup', 'autoscaling:TerminateInstanceInAutoScalingGroup', 'elasticache:TestFailover', 'elasticache:InterruptClusterAzPower',
  'dynamodb:UpdateTable', 'lambda:PutFunctionConcurrency', 's3:PutReplicationConfiguration',
].map((a) => a.toLowerCase());

/** AWS managed policies that allow destructive actions on every resource of the account. */
const BROAD_MANAGED_POLICY = /:policy\/(AdministratorAccess|PowerUserAccess|AWSFaultInjectionSimulator\w*|service-role\/AWSFaultInjectionSimulator\w*)$/;

/** A resource that names every resource of its kind: `*`, `instance/*`, `arn:aws:rds:*:*:cluster:*`. */
function isWildcardResource(resource: string): boolean {
  if (resource === '*') return true;
  if (isReference(resource) && !/[/:]\*$/.test(resource)) return false;
  const id = resource.split(/[/:]/).pop() ?? '';
  return id === '*';
}

/** Problems of one policy document: allowed destructive actions with no condition on wildcard resources only. */
function unscopedStatements(policy: JsonObject, where: string): string[] {
  const out: string[] = [];
  for (const s of statementsOf(policy)) {
    if (s.Effect !== 'Allow' || s.Condition !== undefined) continue;
    const resources = asList(s.Resource);
    if (resources.length === 0 || !resources.every(isWildcardResource)) continue;
    if (s.NotAction !== undefined) {
      out.push(`${where} allows every action but ${asList(s.NotAction).join(', ')} on ${resources.join(', ')}`);
      continue;
    }
    const patterns = asList(s.Action);
    const hit = patterns.filter((p) => DESTRUCTIVE.some((d) => actionMatches(p, d)));
    if (hit.length) out.push(`${where} allows ${hit.join(', ')} on ${resources.join(', ')} with no condition: an experiment (or anyone with the role) can act on every such resource in the account`);
  }
  return out;
}

function trustsFis(role: TerraformJsonResource): boolean {
  const text = role.body.assume_role_policy;
  return typeof text === 'string' && text.includes('fis.amazonaws.com');
}

/** Every policy document attached to a role that the JSON shows: inline blocks, role policies, attachments. */
function policiesOf(role: TerraformJsonResource, stack: TerraformJsonStack): { where: string; policy?: JsonObject; managedArn?: string }[] {
  const out: { where: string; policy?: JsonObject; managedArn?: string }[] = [];
  for (const b of nested(role.body, 'inline_policy')) out.push({ where: `inline policy ${str(b.name) ?? ''}`.trim(), policy: parsePolicy(b.policy) });
  const name = str(role.body.name);
  for (const p of stack.ofType('aws_iam_role_policy')) {
    if (stack.pointsAt(p.body.role, role, 'id') || stack.pointsAt(p.body.role, role, 'name') || (name !== undefined && p.body.role === name)) {
      out.push({ where: p.address, policy: parsePolicy(p.body.policy) });
    }
  }
  for (const a of stack.ofType('aws_iam_role_policy_attachment')) {
    if (!(stack.pointsAt(a.body.role, role, 'id') || stack.pointsAt(a.body.role, role, 'name') || (name !== undefined && a.body.role === name))) continue;
    const arn = str(a.body.policy_arn);
    const local = stack.ofType('aws_iam_policy').find((p) => stack.pointsAt(arn, p, 'arn'));
    if (local) out.push({ where: `${a.address} (${local.address})`, policy: parsePolicy(local.body.policy) });
    else if (arn !== undefined) out.push({ where: a.address, managedArn: arn });
  }
  return out;
}

export const FIS_ROLE_SCOPED: ReliabilityRule = {
  id: 'REL-FIS-2',
  severity: 'error',
  title: 'Fault injection roles scope destructive actions to their targets',
  rationale: 'A fault injection role allowed to terminate, stop, fail over or run commands on "*" turns a mistyped target or a reused role into an outage of everything in the account.',
  remediation: 'Limit destructive actions to the target ARNs or to a tag condition (aws:ResourceTag/...), as ChaosDrill does; do not attach AdministratorAccess, PowerUserAccess or the account-wide AWSFaultInjectionSimulator* managed policies.',
  resourceTypes: [ROLE],
  equivalents: {},
  check: (r, stack): RuleViolation[] => {
    if (!trustsFis(r)) return [];
    const problems: string[] = [];
    for (const p of policiesOf(r, stack)) {
      if (p.managedArn !== undefined) {
        if (BROAD_MANAGED_POLICY.test(p.managedArn)) problems.push(`${p.where} attaches ${p.managedArn}, which allows destructive actions on every resource of its kind`);
      } else if (p.policy) {
        problems.push(...unscopedStatements(p.policy, p.where));
      }
    }
    return problems.map((message) => ({ message }));
  },
};

/** The confused-deputy keys FIS sends when it assumes an experiment role (FIS User Guide, "IAM roles for AWS FIS experiments"). */
const FIS_TRUST_KEYS = ['aws:SourceAccount', 'aws:SourceArn'];

export const FIS_TRUST_SCOPED: ReliabilityRule = {
  id: 'REL-FIS-3',
  severity: 'warning',
  title: 'Fault injection roles trust only this account\'s experiments',
  rationale:
    'A role that trusts fis.amazonaws.com with no aws:SourceAccount and aws:SourceArn condition can be used by an experiment of another account that learns its ARN (the confused deputy): that experiment then stops, terminates or fails over this account\'s resources with this role\'s permissions.',
  remediation:
    'Add to the trust statement: StringEquals aws:SourceAccount = <account id> and ArnLike aws:SourceArn = arn:<partition>:fis:<region>:<account id>:experiment/* (ChaosDrill does).',
  resourceTypes: [ROLE],
  equivalents: {},
  check: (r): RuleViolation[] => {
    const trust = parsePolicy(r.body.assume_role_policy);
    if (!trust) return [];
    const out: RuleViolation[] = [];
    for (const s of statementsOf(trust)) {
      if (s.Effect !== 'Allow' || !servicePrincipals(s).includes('fis.amazonaws.com')) continue;
      const keys = conditionKeys(s);
      const missing = FIS_TRUST_KEYS.filter((k) => !keys.has(k.toLowerCase()));
      if (missing.length) out.push({ message: `the trust statement for fis.amazonaws.com has no ${missing.join(' or ')} condition: an experiment of another account or Region could assume the role` });
    }
    return out;
  },
};

/** Templates of a Chaos Mesh workflow spec (a Workflow's spec, or a Schedule's spec.workflow). */
function workflowTemplates(spec: unknown): JsonObject[] {
  const templates = isObject(spec) ? spec.templates : undefined;
  return Array.isArray(templates) ? templates.filter(isObject) : [];
}

/** Chaos Mesh's chaos kinds all end in "Chaos" (PodChaos, NetworkChaos, ...; api/v1alpha1). */
const isChaosKind = (kind: unknown): boolean => typeof kind === 'string' && /^[A-Z]\w*Chaos$/.test(kind);

/**
 * The Chaos Mesh counterpart of REL-FIS-1: chaos that a status check can abort. A workflow aborts only through a
 * StatusCheck template with `abortWithStatusCheck` (pkg/workflow/controllers/statuscheck_reconciler.go), and only a
 * Continuous one watches while the chaos runs (a Synchronous one ends at its first success); a chaos object or a
 * Schedule of one has no status check at all.
 */
export const CHAOS_MESH_ABORT: ReliabilityRule = {
  id: 'REL-CHAOS-1',
  severity: 'error',
  title: 'Chaos Mesh chaos runs in a workflow a status check aborts',
  rationale: 'Chaos Mesh stops a workflow only through a status check with abortWithStatusCheck: chaos without one keeps breaking pods while the SLO burns.',
  remediation: 'Run the chaos in a Workflow (or a Schedule of type Workflow) beside a Continuous StatusCheck with abortWithStatusCheck: true on the SLO (ChaosMeshDrill writes one), or suppress the rule with the reason.',
  resourceTypes: ['kubernetes_manifest'],
  equivalents: {},
  check: (r) => {
    const m = r.body.manifest;
    if (!isObject(m) || typeof m.apiVersion !== 'string' || !m.apiVersion.startsWith('chaos-mesh.org/')) return [];
    const spec = isObject(m.spec) ? m.spec : {};
    if (isChaosKind(m.kind)) return violation(`a ${String(m.kind)} on its own: no status check can abort it (run it in a Workflow beside an aborting StatusCheck)`);
    if (m.kind === 'Schedule' && isChaosKind(spec.type)) return violation(`a Schedule of ${String(spec.type)}: no status check can abort the chaos it starts (schedule a Workflow instead)`);
    const templates = m.kind === 'Workflow' ? workflowTemplates(spec) : m.kind === 'Schedule' && spec.type === 'Workflow' ? workflowTemplates(spec.workflow) : [];
    if (!templates.some((t) => isChaosKind(t.templateType) || t.templateType === 'Schedule')) return [];
    const watches = templates.some((t) => t.templateType === 'StatusCheck' && t.abortWithStatusCheck === true && isObject(t.statusCheck) && t.statusCheck.mode === 'Continuous');
    return watches ? [] : violation('the workflow runs chaos with no Continuous StatusCheck that has abortWithStatusCheck: true: nothing aborts it while the SLO burns');
  },
};

/** Rules for AWS Fault Injection Service experiments and their roles, and for Chaos Mesh workflows. */
export const CHAOS_RULES: readonly ReliabilityRule[] = [FIS_STOP_CONDITION, FIS_ROLE_SCOPED, FIS_TRUST_SCOPED, CHAOS_MESH_ABORT];
