/**
 * The validity family of `check`: every literal value AWS or the provider
 * would refuse at apply, beside the reliability rules. Per resource, the
 * evaluator's verdicts (argument values, cross-argument rules, tags, ARNs of
 * another Region or partition); per stack, provider Regions that do not
 * exist and physical names claimed twice in one place; across stacks, S3
 * bucket names (unique in a partition). Expressions and unknown values are
 * skipped: they are known only at apply.
 */
import { at, isReference, show, str } from '../json';
import { ReliabilityFinding, RuleSetting, ValidityDetail } from '../rule';
import { TerraformJsonResource, TerraformJsonStack } from '../stack';
import { AWS_VALIDITY } from './aws';
import { expandDynamicBlocks } from './dynamic';
import { PhysicalNameFact, ValidityEvaluator } from './evaluator';
import { collisions, NameClaim, NameClaims } from './names';
import { Placement, Placements } from './placement';

/** The title of every validity finding. */
export const VALIDITY_TITLE = 'Values AWS and the provider accept';

/** The id JUnit and summaries use for the family as a whole. */
export const VALIDITY_FAMILY_ID = 'AWS-VALIDITY';

/** Options of {@link checkValidity}. */
export interface ValidityOptions {
  /** What AWS accepts. @default - the AWS validity tables (src/aws-validity) */
  readonly evaluator?: ValidityEvaluator;
  /** Per validity rule id, `'off'` or another severity. @default - every validity finding is an error */
  readonly ruleSettings?: Readonly<Record<string, RuleSetting>>;
}

/** The validity verdict of one stack. */
export interface StackValidity {
  readonly findings: ReliabilityFinding[];
  /** The addresses judged: resources of covered types or with a unique name, and AWS provider configurations. */
  readonly judged: string[];
}

/** A rule of the family with its verdict on one address. */
interface Verdict extends ValidityDetail {
  readonly rule: string;
}

class StackFindings {
  public readonly findings: ReliabilityFinding[] = [];
  constructor(
    private readonly stack: TerraformJsonStack,
    private readonly settings: Readonly<Record<string, RuleSetting>>,
  ) {}

  public add(address: string, v: Verdict, resource?: TerraformJsonResource): void {
    const setting = this.settings[v.rule];
    if (setting === 'off') return;
    const value = 'value' in v && v.value !== undefined ? ` is ${show(v.value)}` : '';
    const path = resource !== undefined ? str(at(resource.body, '//', 'metadata', 'path')) : undefined;
    this.findings.push({
      ruleId: v.rule,
      family: 'validity',
      severity: setting ?? 'error',
      title: VALIDITY_TITLE,
      stack: this.stack.name,
      address,
      message: `${v.path}${value}; allowed: ${v.allowed} (source: ${v.source})`,
      remediation: `Change ${v.path}: ${v.allowed}.`,
      ...(path !== undefined ? { constructPath: path } : {}),
      validity: { path: v.path, ...(v.value !== undefined ? { value: v.value } : {}), allowed: v.allowed, source: v.source },
    });
  }
}

/** The address of a provider configuration: `provider.aws.recovery`, `module.app.provider.aws` for a plan's `module.app:aws`. */
export function providerAddress(key: string): string {
  const colon = key.lastIndexOf(':');
  return colon < 0 ? `provider.${key}` : `${key.slice(0, colon)}.provider.${key.slice(colon + 1)}`;
}

function providerRegions(stack: TerraformJsonStack, evaluator: ValidityEvaluator, out: StackFindings, judged: string[]): void {
  for (const p of stack.providers) {
    if (p.name !== 'aws') continue;
    const address = providerAddress(p.key);
    judged.push(address);
    const region = p.config.region;
    if (typeof region !== 'string' || isReference(region) || evaluator.partitionOfRegion(region) !== undefined) continue;
    const lower = region.trim().toLowerCase();
    const hint = lower !== region && evaluator.partitionOfRegion(lower) !== undefined ? ` (did you mean "${lower}"? Region names are lower case)` : '';
    out.add(address, { rule: `provider.${p.name}.region.known`, path: 'region', value: region, allowed: `an AWS Region name such as "eu-west-1"${hint}`, source: evaluator.regionsSource });
  }
}

/** What the family asks once per resource type, not once per resource. */
interface TypeFacts {
  /** The evaluator checks its arguments. */
  readonly covered: boolean;
  /** Its physical name, when AWS requires names to be unique. */
  readonly name?: PhysicalNameFact;
}

/** Judges each resource's values and returns the physical names they claim: one pass over the stack's resources. */
function resourceValues(stack: TerraformJsonStack, where: Placements, evaluator: ValidityEvaluator, out: StackFindings, judged: string[]): NameClaim[] {
  const covered = new Set(evaluator.coveredResourceTypes());
  const types = new Map<string, TypeFacts>();
  // Asked once per placement, not once per resource.
  const contexts = new Map<Placement, { region?: string; partition?: string }>();
  const claims: NameClaim[] = [];
  const names = new NameClaims(stack.name);
  // A stack lists the resources of a type together, and most share one placement: the last answers are kept at hand.
  let lastType: string | undefined;
  let facts: TypeFacts = { covered: false };
  let lastPlacement: Placement | undefined;
  let context: { region?: string; partition?: string } = {};
  for (const r of stack.resources) {
    if (r.type !== lastType) {
      lastType = r.type;
      let known = types.get(r.type);
      if (known === undefined) {
        const name = evaluator.physicalName(r.type);
        types.set(r.type, (known = { covered: covered.has(r.type), ...(name !== undefined ? { name } : {}) }));
      }
      facts = known;
    }
    if (!facts.covered && facts.name === undefined) continue;
    judged.push(r.address);
    const p = where.of(r);
    if (facts.covered) {
      if (p !== lastPlacement) {
        lastPlacement = p;
        let known = contexts.get(p);
        if (known === undefined) {
          known = p.region !== undefined ? { region: p.region, ...(p.partition !== undefined ? { partition: p.partition } : {}) } : {};
          contexts.set(p, known);
        }
        context = known;
      }
      const violations = evaluator.validateResource(r.type, expandDynamicBlocks(r.body), context);
      for (let i = 0; i < violations.length; i++) out.add(r.address, violations[i], r);
      // Without a known Region the evaluator cannot judge the resource's own `region` argument: a name AWS does not have is refused all the same.
      const own = p.ownRegion;
      if (p.region === undefined && own !== undefined && !isReference(own) && evaluator.partitionOfRegion(own) === undefined) {
        out.add(r.address, { rule: `${r.type}.region.known`, path: 'region', value: own, allowed: 'an AWS Region name such as "eu-west-1"', source: evaluator.regionsSource }, r);
      }
    }
    if (facts.name !== undefined) {
      const claim = names.of(r, facts.name, p);
      if (claim !== undefined) claims.push(claim);
    }
  }
  return claims;
}

function collisionVerdict(claim: NameClaim, first: NameClaim): Verdict {
  const where = first.stack === claim.stack ? first.resource.address : `${first.resource.address} of stack ${first.stack}`;
  const scope = claim.fact.scope === 'global' ? `any AWS account of the ${claim.place}` : `the same ${claim.place}`;
  return {
    rule: `${claim.resource.type}.${claim.fact.argument}.unique_${claim.fact.scope}`,
    path: claim.fact.argument,
    value: claim.name,
    allowed: `a name no other ${claim.resource.type} uses in ${scope}; ${where} claims it already`,
    source: claim.fact.source,
  };
}

/**
 * The validity findings of stacks checked together: each stack alone, then S3
 * bucket names (and any name unique across accounts) across all of them.
 */
export function checkValidity(stacks: readonly TerraformJsonStack[], options: ValidityOptions = {}): StackValidity[] {
  const evaluator = options.evaluator ?? AWS_VALIDITY;
  const settings = options.ruleSettings ?? {};
  const globalClaims: NameClaim[] = [];
  const owner = new Map<NameClaim, StackFindings>();
  const results = stacks.map((stack) => {
    const out = new StackFindings(stack, settings);
    const judged: string[] = [];
    providerRegions(stack, evaluator, out, judged);
    const claims = resourceValues(stack, new Placements(stack, evaluator, { regionFromArn: stack.origin === 'state' }), evaluator, out, judged);
    for (const { claim, first } of collisions(claims.filter((c) => c.fact.scope !== 'global'))) out.add(claim.resource.address, collisionVerdict(claim, first), claim.resource);
    for (const c of claims) {
      if (c.fact.scope !== 'global') continue;
      globalClaims.push(c);
      owner.set(c, out);
    }
    return { stack, out, judged };
  });
  for (const { claim, first } of collisions(globalClaims)) owner.get(claim)!.add(claim.resource.address, collisionVerdict(claim, first), claim.resource);
  return results.map((r) => ({ findings: r.out.findings, judged: r.judged }));
}
