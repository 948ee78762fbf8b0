/**
 * Suppressions as data: what a suppression is, where the synthesized JSON
 * carries it, and which one silences a finding. Pure (no cdktf, no
 * constructs), so the `check` command reads suppressions from `cdk.tf.json`.
 */
import { ANNOTATIONS, RuleSuppression, SUPPRESSIONS_JSON_KEY } from '../core/contract';

export { RULE_ID_PATTERN, RuleSuppression, SUPPRESSION_METADATA_TYPE, SUPPRESSIONS_JSON_KEY } from '../core/contract';
import { at, isObject, str } from './json';

/**
 * A single replica declared on the Deployment itself (the annotation
 * `ResilientDeployment` writes for `allowSingleReplica`, which a hand-written
 * manifest can carry too): an opt-out of REL-K8S-1.
 */
function singleReplicaOptOut(body: unknown): RuleSuppression | undefined {
  const typed = at(body, 'metadata', 'annotations');
  const manifest = at(body, 'manifest', 'metadata', 'annotations');
  for (const annotations of [typed, manifest]) {
    const value = isObject(annotations) ? annotations[ANNOTATIONS.singleReplica] : undefined;
    if (value === 'accepted') {
      return { ruleId: 'REL-K8S-1', reason: `annotated ${ANNOTATIONS.singleReplica}: accepted`, optOut: { prop: `metadata.annotations["${ANNOTATIONS.singleReplica}"]`, value } };
    }
  }
  return undefined;
}

/**
 * The suppressions recorded in a resource's synthesized JSON (never throws on
 * odd shapes): those listed under its `//` comment, and the single-replica
 * annotation of a Deployment.
 */
export function suppressionsInJson(body: unknown): RuleSuppression[] {
  const single = singleReplicaOptOut(body);
  return single === undefined ? listedSuppressions(body) : [...listedSuppressions(body), single];
}

/** The suppressions listed under a resource's `//` comment only. */
export function listedSuppressions(body: unknown): RuleSuppression[] {
  const comment = isObject(body) ? body['//'] : undefined;
  const listed = isObject(comment) ? comment[SUPPRESSIONS_JSON_KEY] : undefined;
  if (!Array.isArray(listed)) return [];
  const out: RuleSuppression[] = [];
  for (const s of listed) {
    if (!isObject(s)) continue;
    const ruleId = str(s.ruleId);
    const reason = str(s.reason);
    if (ruleId === undefined || reason === undefined || reason.trim() === '') continue;
    const optOut = isObject(s.optOut) && typeof s.optOut.prop === 'string' ? { prop: s.optOut.prop, value: s.optOut.value } : undefined;
    out.push(optOut ? { ruleId, reason, optOut } : { ruleId, reason });
  }
  return out;
}

/**
 * The suppression that silences a rule's finding, among those given: an
 * opt-out yields to an explicit rule setting, a suppression the user wrote
 * does not.
 */
export function applicableSuppression(suppressions: readonly RuleSuppression[], ruleId: string, explicitSetting: boolean): RuleSuppression | undefined {
  return suppressions.find((s) => s.ruleId === ruleId && !(s.optOut && explicitSetting));
}
