/**
 * Mermaid diagrams of the docs, generated from synthesized stacks (issue 24):
 * zones and subnets, the burn-rate windows behind each page and ticket, the
 * failover path, backups and copies, and a drill's stop condition. Every
 * label is read from the Terraform JSON (alarm names, windows, CIDRs, zone
 * indexes, schedules), so test/docs/pictures.test.ts can regenerate each
 * diagram and compare it with the docs; `UPDATE_DIAGRAMS=1` rewrites them.
 */
import { isObject, nested, referencedAddresses, str } from '../../src/checks/json';
import { TerraformJsonResource, TerraformJsonStack } from '../../src/checks/stack';
import { fisDuration } from '../../src/checks/drills';

/** A Mermaid node id from an address. */
const id = (address: string): string => address.replace(/[^A-Za-z0-9]/g, '_');
/** A Mermaid label, quoted (Mermaid reads `#quot;` for a double quote). */
const label = (text: string): string => `"${text.replace(/"/g, '#quot;')}"`;
/** The construct-readable part of an address: `aws_subnet.network_public-0_A4E682E0` -> `network_public-0`. */
const short = (address: string): string => address.replace(/^[a-z0-9_]+\./, '').replace(/_[0-9A-F]{8}$/, '');
const first = (value: unknown): string => referencedAddresses(str(value) ?? '')[0] ?? str(value) ?? '?';

/** The region a resource runs in: its provider's region. */
function regionOf(stack: TerraformJsonStack, r: TerraformJsonResource): string {
  return str(stack.providerOf(r)?.config.region) ?? '?';
}

/** The zone of a subnet: `zone 1` for `...names.0` of an availability-zones data source, or the literal zone. */
function zoneOf(subnet: TerraformJsonResource): string {
  const az = str(subnet.body.availability_zone) ?? str(subnet.body.availability_zone_id) ?? '?';
  const index = /\.names\.(\d+)\}$/.exec(az) ?? /\.names\[(\d+)\]\}$/.exec(az);
  return index ? `zone ${Number(index[1]) + 1}` : az;
}

/** VPCs per region, their zones, and each zone's subnets (tier, CIDR) and NAT gateways. */
export function zonesDiagram(stack: TerraformJsonStack): string {
  const out = ['flowchart TB'];
  const subnets = stack.ofType('aws_subnet');
  const nats = stack.ofType('aws_nat_gateway');
  for (const vpc of stack.ofType('aws_vpc')) {
    out.push(`  subgraph ${id(vpc.address)}[${label(`VPC ${short(vpc.address)} ${str(vpc.body.cidr_block) ?? '?'} (${regionOf(stack, vpc)})`)}]`);
    const mine = subnets.filter((s) => first(s.body.vpc_id) === vpc.address);
    const zones = [...new Set(mine.map(zoneOf))].sort();
    for (const zone of zones) {
      out.push(`    subgraph ${id(`${vpc.address}_${zone}`)}[${label(zone)}]`, '      direction TB');
      for (const s of mine.filter((x) => zoneOf(x) === zone)) {
        const tier = stack.tagsOf(s).Tier ?? (s.body.map_public_ip_on_launch === true ? 'public' : 'private');
        out.push(`      ${id(s.address)}[${label(`${tier} ${str(s.body.cidr_block) ?? '?'}`)}]`);
        for (const n of nats.filter((x) => first(x.body.subnet_id) === s.address)) out.push(`      ${id(n.address)}([${label('NAT gateway')}]) --- ${id(s.address)}`);
      }
      out.push('    end');
    }
    out.push('  end');
  }
  return out.join('\n');
}

/**
 * Per SLO: each burn-rate alert's long and short window alarms (both must be
 * in ALARM), joined into the severity's composite alarm, which notifies its
 * SNS topic.
 */
export function burnRateDiagram(stack: TerraformJsonStack): string {
  const out = ['flowchart LR'];
  const metric = stack.ofType('aws_cloudwatch_metric_alarm').filter((a) => stack.tagsOf(a)['slo:alert'] !== undefined);
  const topics = new Set<string>();
  for (const c of stack.ofType('aws_cloudwatch_composite_alarm').filter((a) => stack.tagsOf(a)['slo:severity'] !== undefined)) {
    const t = stack.tagsOf(c);
    const name = str(c.body.alarm_name) ?? c.address;
    const mine = metric.filter((m) => {
      const mt = stack.tagsOf(m);
      return mt['slo:service'] === t['slo:service'] && mt['slo:name'] === t['slo:name'] && mt['slo:alert']?.startsWith(`${t['slo:severity']}-`);
    });
    out.push(`  subgraph ${id(`${c.address}_alerts`)}[${label(`${t['slo:service']}/${t['slo:name']} ${t['slo:objective']}% over ${t['slo:period']}: ${t['slo:severity']}`)}]`);
    for (const alert of [...new Set(mine.map((m) => stack.tagsOf(m)['slo:alert']))]) {
      const windows = mine.filter((m) => stack.tagsOf(m)['slo:alert'] === alert);
      const burn = stack.tagsOf(windows[0])['slo:burn-rate'];
      const and = id(`${c.address}_${alert}`);
      out.push(`    ${and}{${label(`${alert}: ${burn}x burn in both windows`)}}`);
      for (const w of windows) out.push(`    ${id(w.address)}[${label(`${str(w.body.alarm_name)} (${stack.tagsOf(w)['slo:window']})`)}] --> ${and}`);
    }
    out.push('  end');
    out.push(`  ${id(c.address)}[[${label(name)}]]`);
    for (const alert of [...new Set(mine.map((m) => stack.tagsOf(m)['slo:alert']))]) out.push(`  ${id(`${c.address}_${alert}`)} -->|OR| ${id(c.address)}`);
    for (const action of Array.isArray(c.body.alarm_actions) ? c.body.alarm_actions : []) {
      const topic = first(action);
      topics.add(topic);
      out.push(`  ${id(c.address)} --> ${id(topic)}`);
    }
  }
  // The SLI-health alarm of each SLO: the SLI's metrics went missing, so the burn-rate alarms cannot see.
  for (const h of stack.ofType('aws_cloudwatch_metric_alarm').filter((a) => stack.tagsOf(a)['slo:sli-health'] !== undefined)) {
    const t = stack.tagsOf(h);
    out.push(`  ${id(h.address)}[[${label(`${str(h.body.alarm_name)}: no SLI data for ${t['slo:sli-health']} (${t['slo:severity']})`)}]]`);
    for (const action of Array.isArray(h.body.alarm_actions) ? h.body.alarm_actions : []) {
      topics.add(first(action));
      out.push(`  ${id(h.address)} --> ${id(first(action))}`);
    }
  }
  for (const t of topics) out.push(`  ${id(t)}>${label(`SNS ${short(t)}`)}]`);
  return out.join('\n');
}

/** DNS failover records, the health checks that move them, the Region switch plan and the database's global cluster. */
export function failoverDiagram(stack: TerraformJsonStack): string {
  const out = ['flowchart TB'];
  for (const r of stack.ofType('aws_route53_record').filter((x) => isObject(x.body.failover_routing_policy))) {
    const type = str((r.body.failover_routing_policy as Record<string, unknown>).type) ?? '?';
    const target = first(isObject(r.body.alias) ? r.body.alias.name : undefined);
    out.push(`  ${id(r.address)}[${label(`${str(r.body.name)} ${type} (${str(r.body.set_identifier)})`)}] --> ${id(target)}[${label(`load balancer ${short(target)}`)}]`);
    const gate = first(r.body.health_check_id);
    out.push(`  ${id(gate)}{${label(`health check ${short(gate)}`)}} -->|healthy keeps| ${id(r.address)}`);
    const g = stack.resource(gate);
    for (const child of Array.isArray(g?.body.child_healthchecks) ? (g!.body.child_healthchecks as unknown[]) : []) {
      const c = first(child);
      const what = c.startsWith('aws_route53_health_check.') ? `${short(c)}: ${str(stack.resource(c)?.body.type)} ${str(stack.resource(c)?.body.resource_path) ?? ''}`.trim() : 'Region switch plan health check';
      out.push(`  ${id(c)}([${label(what)}]) --> ${id(gate)}`);
    }
  }
  for (const p of stack.ofType('aws_arcregionswitch_plan')) {
    const regions = Array.isArray(p.body.regions) ? p.body.regions.join(' and ') : '?';
    out.push(`  ${id(p.address)}[/${label(`Region switch plan ${str(p.body.name)}: ${str(p.body.recovery_approach)}, ${regions}, RTO ${str(p.body.recovery_time_objective_minutes) ?? p.body.recovery_time_objective_minutes}m`)}/]`);
    for (const a of nested(p.body, 'associated_alarms')) out.push(`  ${id(first(a.resource_identifier))}[[${label(`${str(a.alarm_type)}: ${str(stack.resource(first(a.resource_identifier))?.body.alarm_name) ?? short(first(a.resource_identifier))}`)}]] -.-> ${id(p.address)}`);
    for (const w of nested(p.body, 'workflow')) {
      const workflow = id(`${p.address}_${str(w.workflow_target_region)}`);
      out.push(`  ${id(p.address)} -->|${str(w.workflow_target_action)}| ${workflow}[${label(`${str(w.workflow_description)} (${str(w.workflow_target_region)})`)}]`);
      let previous = workflow;
      for (const step of nested(w, 'step')) {
        const stepId = `${workflow}_${id(str(step.name) ?? '?')}`;
        out.push(`  ${previous} --> ${stepId}[${label(`${str(step.name)}: ${str(step.description)}`)}]`);
        previous = stepId;
      }
    }
  }
  for (const g of stack.ofType('aws_rds_global_cluster')) {
    out.push(`  ${id(g.address)}[(${label(`global cluster ${str(g.body.global_cluster_identifier)}`)})]`);
    const source = first(g.body.source_db_cluster_identifier);
    if (source !== '?') out.push(`  ${id(source)}[(${label(`writer ${short(source)} (${regionOf(stack, stack.resource(source) ?? g)})`)})] --> ${id(g.address)}`);
    for (const c of stack.ofType('aws_rds_cluster').filter((x) => first(x.body.global_cluster_identifier) === g.address)) out.push(`  ${id(g.address)} --> ${id(c.address)}[(${label(`secondary ${short(c.address)} (${regionOf(stack, c)})`)})]`);
  }
  return out.join('\n');
}

/** Stateful resources, the backup plans selecting them (schedule, retention, copies), their vaults and locks, and S3 replication. */
export function backupDiagram(stack: TerraformJsonStack): string {
  const out = ['flowchart LR'];
  for (const sel of stack.ofType('aws_backup_selection')) {
    const plan = first(sel.body.plan_id);
    for (const r of Array.isArray(sel.body.resources) ? sel.body.resources : []) out.push(`  ${id(first(r))}[(${label(short(first(r)))})] -->|${short(sel.address)}| ${id(plan)}`);
  }
  for (const p of stack.ofType('aws_backup_plan')) {
    out.push(`  ${id(p.address)}[${label(`backup plan ${str(p.body.name)}`)}]`);
    for (const rule of nested(p.body, 'rule')) {
      const vault = first(rule.target_vault_name);
      const lifecycle = nested(rule, 'lifecycle')[0];
      const ruleId = id(`${p.address}_${str(rule.rule_name)}`);
      out.push(`  ${id(p.address)} --> ${ruleId}[${label(`rule ${str(rule.rule_name)}: ${str(rule.schedule) ?? 'continuous'}, kept ${lifecycle?.delete_after ?? '?'} days${rule.enable_continuous_backup === true ? ', continuous' : ''}`)}]`);
      out.push(`  ${ruleId} --> ${id(vault)}`);
      for (const copy of nested(rule, 'copy_action')) out.push(`  ${ruleId} -->|copy| ${id(first(copy.destination_vault_arn))}[(${label(`copy vault ${short(first(copy.destination_vault_arn))}`)})]`);
    }
  }
  for (const v of stack.ofType('aws_backup_vault')) {
    const lock = stack.pointingAt(v, 'aws_backup_vault_lock_configuration', 'backup_vault_name', 'name')[0];
    out.push(`  ${id(v.address)}[(${label(`vault ${str(v.body.name)}${lock ? `, locked (${lock.body.changeable_for_days !== undefined ? 'compliance' : 'governance'}, min ${lock.body.min_retention_days} days)` : ''}`)})]`);
  }
  for (const rep of stack.ofType('aws_s3_bucket_replication_configuration')) {
    const source = first(rep.body.bucket);
    for (const rule of nested(rep.body, 'rule')) {
      const dest = nested(rule, 'destination')[0];
      const rtc = dest && nested(dest, 'replication_time').length > 0 ? ', Replication Time Control' : '';
      out.push(`  ${id(source)} -->|${label(`replication ${str(rule.id)}${rtc}`)}| ${id(first(dest?.bucket))}[(${label(`${short(first(dest?.bucket))} (${regionOf(stack, stack.resource(first(dest?.bucket)) ?? rep)})`)})]`);
    }
  }
  return out.join('\n');
}

/** A chaos drill: what starts it, what it breaks and for how long, and the alarms that stop it. */
export function drillDiagram(stack: TerraformJsonStack): string {
  const out = ['flowchart LR'];
  for (const t of stack.ofType('aws_fis_experiment_template')) {
    for (const s of stack.ofType('aws_scheduler_schedule').filter((x) => nested(x.body, 'target').some((tg) => referencedAddresses(str(tg.input) ?? '').includes(t.address)))) {
      out.push(`  ${id(s.address)}([${label(`schedule ${str(s.body.name)}: ${str(s.body.schedule_expression)}`)}]) --> ${id(t.address)}`);
    }
    out.push(`  subgraph ${id(t.address)}[${label(`experiment ${short(t.address)}`)}]`);
    for (const a of nested(t.body, 'action')) {
      const duration = nested(a, 'parameter').find((p) => p.key === 'duration' || p.key === 'startInstancesAfterDuration');
      out.push(`    ${id(`${t.address}_${str(a.name)}`)}[${label(`${str(a.name)}: ${str(a.action_id)}${duration ? ` for ${fisDuration(str(duration.value) ?? '?')}` : ''}`)}]`);
    }
    out.push('  end');
    for (const c of nested(t.body, 'stop_condition')) {
      const alarm = first(c.value);
      out.push(`  ${id(alarm)}[[${label(`stop when in ALARM: ${str(stack.resource(alarm)?.body.alarm_name) ?? short(alarm)}`)}]] -->|${str(c.source)}| ${id(t.address)}`);
    }
  }
  return out.join('\n');
}


/** PrometheusRule SLOs (their annotation) and the alerting rules per severity that page or open a ticket. */
export function prometheusBurnRateDiagram(stack: TerraformJsonStack): string {
  const out = ['flowchart LR'];
  for (const r of stack.ofType('kubernetes_manifest')) {
    const m = r.body.manifest;
    if (!isObject(m) || m.kind !== 'PrometheusRule' || !isObject(m.metadata) || !isObject(m.metadata.annotations)) continue;
    const slos = JSON.parse(str(m.metadata.annotations['reliability.cdktf.io/slos']) ?? '[]') as { service: string; name: string; objective: number; period: string; alerts: { id: string; severity: string; longWindow: string; shortWindow: string; burnRate: number }[] }[];
    const rules = (isObject(m.spec) && Array.isArray(m.spec.groups) ? m.spec.groups : []).filter(isObject).flatMap((g) => (Array.isArray(g.rules) ? g.rules.filter(isObject) : []));
    for (const s of slos) {
      const sloId = id(`${r.address}_${s.service}_${s.name}`);
      out.push(`  subgraph ${sloId}[${label(`${s.service}/${s.name} ${s.objective}% over ${s.period}`)}]`);
      for (const a of s.alerts) out.push(`    ${id(`${sloId}_${a.id}`)}{${label(`${a.id}: ${a.burnRate}x over ${a.longWindow} and ${a.shortWindow}`)}}`);
      out.push('  end');
      for (const severity of [...new Set(s.alerts.map((a) => a.severity))]) {
        const alertRules = rules.filter((x) => typeof x.alert === 'string' && isObject(x.labels) && x.labels.severity === severity && (!isObject(x.labels) || x.labels.slo === undefined || x.labels.slo === s.name));
        const names = [...new Set(alertRules.map((x) => String(x.alert)))].join(', ');
        const target = id(`${sloId}_${severity}`);
        out.push(`  ${target}[[${label(`${severity}${names ? `: ${names}` : ''}`)}]]`);
        for (const a of s.alerts.filter((x) => x.severity === severity)) out.push(`  ${id(`${sloId}_${a.id}`)} -->|OR| ${target}`);
      }
    }
  }
  return out.join('\n');
}

/** Notification channels: SNS topics and who they reach. */
export function channelsDiagram(stack: TerraformJsonStack): string {
  const out = ['flowchart LR'];
  for (const t of stack.ofType('aws_sns_topic')) {
    out.push(`  ${id(t.address)}>${label(`SNS ${str(t.body.name) ?? short(t.address)}`)}]`);
    for (const s of stack.ofType('aws_sns_topic_subscription').filter((x) => first(x.body.topic_arn) === t.address)) {
      out.push(`  ${id(t.address)} -->|${str(s.body.protocol)}| ${id(s.address)}([${label(str(s.body.endpoint) ?? short(s.address))}])`);
    }
  }
  return out.join('\n');
}

/** The diagram kinds the docs name in their markers: `<!-- diagram: KIND STACK -->`. */
export const DIAGRAMS: Readonly<Record<string, (stack: TerraformJsonStack) => string>> = {
  zones: zonesDiagram,
  'burn-rate': burnRateDiagram,
  failover: failoverDiagram,
  backups: backupDiagram,
  drill: drillDiagram,
  'prometheus-burn-rate': prometheusBurnRateDiagram,
  channels: channelsDiagram,
};
