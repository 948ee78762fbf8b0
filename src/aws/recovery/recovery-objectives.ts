import { ResiliencehubResiliencyPolicy } from '@cdktf/provider-aws/lib/resiliencehub-resiliency-policy';
import { Annotations, Aspects, TerraformStack } from 'cdktf';
import { Construct, IConstruct } from 'constructs';
import { TagResources } from '../../core/tags';
import { RECOVERY_TAGS } from '../../core/contract';
import { InvalidPropError, withPropPath } from '../../core/errors';
import { IRecoverable, isRecoverable, RecoveryAchievement } from '../../recovery/achievement';
import { formatDuration } from '../../slo/duration';
import { ReliableConstruct, ReliableConstructProps } from '../common/reliable-construct';
import {
  checkRecovery,
  chooseStrategy,
  Disruption,
  DISRUPTIONS,
  Objective,
  ObjectiveInput,
  parseObjective,
  RecoveryStrategy,
  RecoveryVerdict,
} from '../../recovery/objectives-check';
import { MAX_OBJECTIVE_SECONDS, RECOVERY_OBJECTIVES_PROPS } from './private/recovery-objectives-spec';

/** Resilience Hub's tiers, most critical first. */
export type ResiliencyTier = 'MissionCritical' | 'Critical' | 'Important' | 'CoreServices' | 'NonCritical';

export interface RecoveryObjectivesProps extends ReliableConstructProps<Record<string, never>> {
  /**
   * RTO and RPO when one Availability Zone is lost (also Resilience Hub's hardware objective).
   * @default - not checked; the resiliency policy uses 1 hour / 1 hour
   */
  readonly zone?: ObjectiveInput;
  /**
   * RTO and RPO when the whole primary region is lost.
   * @default - not checked: the stack is not required to survive a region loss
   */
  readonly region?: ObjectiveInput;
  /**
   * RTO and RPO for data corruption or deletion (Resilience Hub's application/software disruption).
   * @default - not checked; the resiliency policy uses 4 hours / 24 hours
   */
  readonly data?: ObjectiveInput;
  /**
   * Strategy for a region disruption. Given: checked against `region.rto`. Left out: the cheapest strategy whose
   * documented recovery time meets `region.rto` is chosen (see `docs/disaster-recovery.md`).
   * @default - chosen from `region.rto`; `backup-restore` when there is no region objective
   */
  readonly strategy?: RecoveryStrategy;
  /**
   * The constructs held to these objectives.
   * @default - every construct in the stack that reports what it achieves (`IRecoverable`), found at synth
   */
  readonly resources?: IRecoverable[];
  /**
   * Resilience Hub tier of the resiliency policy.
   * @default 'Critical'
   */
  readonly tier?: ResiliencyTier;
  /**
   * Emit the matching `aws_resiliencehub_resiliency_policy`.
   * @default true
   */
  readonly resiliencyPolicy?: boolean;
  /**
   * Report objectives that are not met as warnings instead of failing synth. Use it only while migrating, and
   * say why in a comment: a stack that cannot meet its objectives will miss them in the disruption.
   * @default false - an objective that is not met fails synth
   */
  readonly warnOnly?: boolean;
}

function isConstruct(x: unknown): x is IConstruct {
  return typeof x === 'object' && x !== null && typeof (x as IConstruct).node?.addMetadata === 'function';
}

/** A Go duration for Resilience Hub (`15m0s`, `0s`). */
function goDuration(seconds: number): string {
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  return `${h ? `${h}h` : ''}${h || m ? `${m}m` : ''}${s}s`;
}

function tagDuration(seconds: number): string {
  return seconds === 0 ? '0' : formatDuration(seconds);
}

/**
 * Recovery objectives for a stack: RTO and RPO per disruption (zone, region,
 * data), the strategy for a region disruption (chosen from the objectives or
 * checked when given), and a check at synth that every resource holding data
 * or serving traffic achieves them. A configuration that cannot meet an
 * objective fails synth, naming the resource, by how much it misses, and
 * what would meet it. Emits the matching Resilience Hub resiliency policy.
 */
export class RecoveryObjectives extends ReliableConstruct {
  /** The objectives, parsed to seconds. */
  public readonly objectives: Readonly<Partial<Record<Disruption, Objective>>>;
  /** The strategy for a region disruption. */
  public readonly strategy: RecoveryStrategy;
  /** The Resilience Hub resiliency policy, unless turned off. */
  public readonly resiliencyPolicy?: ResiliencehubResiliencyPolicy;
  private readonly explicitResources?: IRecoverable[];
  private policyName?: string;
  private readonly warnOnly: boolean;

  constructor(scope: Construct, id: string, props: RecoveryObjectivesProps) {
    super(scope, id, props, { alarmKeys: [], props: RECOVERY_OBJECTIVES_PROPS });
    this.objectives = this.parseObjectives(props);
    this.strategy = props.strategy ?? (this.objectives.region ? chooseStrategy(this.objectives.region.rtoSeconds) : 'backup-restore');
    this.explicitResources = this.checkResources(props.resources);
    this.warnOnly = props.warnOnly === true;
    if (props.resiliencyPolicy !== false) this.resiliencyPolicy = this.createPolicy(props.tier ?? 'Critical');
    this.node.addValidation({ validate: () => this.validateObjectives() });
  }

  /**
   * Holds one more construct to these objectives (a `RegionSwitchPlan` adds itself: its recovery chain is checked
   * against the region RTO). Without `resources` every recoverable construct of the stack is held already.
   */
  public addResource(resource: IRecoverable): void {
    if (!isRecoverable(resource)) throw new InvalidPropError(this, 'resources', resource, 'must be a construct of this library that reports recovery (IRecoverable)');
    if (!this.explicitResources || this.explicitResources.includes(resource)) return;
    this.explicitResources.push(resource);
    if (this.policyName !== undefined) this.tagHeld(resource, this.policyName);
  }

  /** The resources held to the objectives, as of now. */
  public get resources(): IRecoverable[] {
    if (this.explicitResources) return [...this.explicitResources];
    return TerraformStack.of(this)
      .node.findAll()
      .filter((c: IConstruct): c is IConstruct & IRecoverable => c !== this && isRecoverable(c));
  }

  /** Every comparison of an objective with what is achieved (met or not). */
  public verdicts(): RecoveryVerdict[] {
    const achievements: RecoveryAchievement[] = this.resources.map((r) => r.recovery);
    return checkRecovery(this.objectives, this.strategy, achievements);
  }

  /** The objectives in seconds (each passed its spec); an RTO of 0, or more seconds than Resilience Hub takes, is refused. */
  private parseObjectives(props: RecoveryObjectivesProps): Partial<Record<Disruption, Objective>> {
    const out: Partial<Record<Disruption, Objective>> = {};
    for (const d of DISRUPTIONS) {
      if (props[d] === undefined) continue;
      const o = withPropPath(this, '', () => parseObjective(props[d], d));
      for (const [measure, seconds] of [['rto', o.rtoSeconds], ['rpo', o.rpoSeconds]] as const) {
        if (seconds > MAX_OBJECTIVE_SECONDS) {
          throw new InvalidPropError(this, `${d}.${measure}`, props[d]![measure], `must be at most ${MAX_OBJECTIVE_SECONDS} seconds (about 68 years): Resilience Hub takes the objectives as 32-bit whole seconds (FailurePolicy)`);
        }
      }
      out[d] = o;
    }
    if (Object.keys(out).length === 0) throw new InvalidPropError(this, 'zone, region, data', undefined, 'give at least one objective, e.g. region: { rto: "15m", rpo: "1m" }');
    return out;
  }

  private checkResources(resources: IRecoverable[] | undefined): IRecoverable[] | undefined {
    if (resources === undefined) return undefined;
    if (resources.length === 0) throw new InvalidPropError(this, 'resources', resources, 'must list at least one resource, or be left out to check every one in the stack');
    return [...resources];
  }

  private createPolicy(tier: ResiliencyTier): ResiliencehubResiliencyPolicy {
    const o = this.objectives;
    const pair = (x: Objective | undefined, fallback: Objective) => [{ rto: goDuration((x ?? fallback).rtoSeconds), rpo: goDuration((x ?? fallback).rpoSeconds) }];
    const zone = o.zone ?? { rtoSeconds: 3600, rpoSeconds: 3600 };
    const tags: Record<string, string> = { [RECOVERY_TAGS.strategy]: this.strategy };
    for (const d of DISRUPTIONS) {
      const x = o[d];
      if (x) tags[`${RECOVERY_TAGS.objectivePrefix}${d}`] = `rto=${tagDuration(x.rtoSeconds)} rpo=${tagDuration(x.rpoSeconds)}`;
    }
    const name = this.derivedName('Resilience Hub policy', { maxLength: 60, allowed: /[A-Za-z0-9_-]/ });
    if (this.explicitResources) {
      // Held to these objectives only: the report then checks them against these resources alone.
      tags[RECOVERY_TAGS.objectivesName] = name;
      this.policyName = name;
      for (const r of this.explicitResources) this.tagHeld(r, name);
    }
    return new ResiliencehubResiliencyPolicy(this, 'policy', {
      name,
      tier,
      description: `Recovery objectives of ${this.node.path}; strategy ${this.strategy}`.slice(0, 500),
      policy: [
        {
          az: pair(o.zone, zone),
          hardware: pair(o.zone, zone),
          softwareAttribute: pair(o.data, { rtoSeconds: 4 * 3600, rpoSeconds: 24 * 3600 }),
          region: o.region ? pair(o.region, o.region) : undefined,
        },
      ],
      tags,
    });
  }

  private tagHeld(r: IRecoverable, name: string): void {
    if (isConstruct(r)) Aspects.of(r).add(new TagResources({ [`${RECOVERY_TAGS.heldToPrefix}${name}`]: 'true' }));
  }

  private validateObjectives(): string[] {
    const unmet = this.verdicts().filter((v) => !v.met);
    if (!this.warnOnly) return unmet.map((v) => `recovery objectives not met: ${v.message}`);
    for (const v of unmet) Annotations.of(this).addWarning(`recovery objectives not met (warnOnly): ${v.message}`);
    return [];
  }
}
