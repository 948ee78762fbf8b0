import { CloudwatchMetricAlarm } from '@cdktf/provider-aws/lib/cloudwatch-metric-alarm';
import { Annotations, TerraformProvider } from 'cdktf';
import { Construct } from 'constructs';
import { InvalidPropError } from '../../core/errors';
import { checkFramework } from '../../core/framework';
import { checkPropsBySpec, PropSpecs } from '../../core/prop-spec';
// Installs the AWS tables behind prop specs' `aws` field.
import './aws-argument-check';
import { claimName } from '../../core/name-registry';
import { physicalName, PhysicalNameOptions } from '../../core/naming';
import { checkKnown, checkObject, checkStringMap } from '../../core/prop-types';
import { checkTags, tagConstruct } from '../../core/tags';
import { literalMap } from '../../core/user-text';
import { IAlarmRouting } from './alarm-routing';
import { awsLocation, awsRegionOf, checkAlarmActionsRegion } from './aws-location';
import { checkAlarmOverrideKeys, ResourceAlarmDefinition, ResourceAlarmOverride, resourceAlarms } from './resource-alarm';

/**
 * Props every AWS construct of this library takes: where its alarms notify,
 * how each alarm is tuned, and the tags on everything it creates.
 *
 * `A` is the construct's own alarms interface (one optional
 * {@link ResourceAlarmOverride} per alarm key), so a misspelt key fails the
 * TypeScript build; JavaScript callers get an error at synth.
 */
export interface ReliableConstructProps<A extends object = Record<string, ResourceAlarmOverride | undefined>> {
  /**
   * Where alarms notify, by severity (an `AlarmChannel`).
   * @default - alarms notify no one, with a warning
   */
  readonly alarmRouting?: IAlarmRouting;
  /**
   * Per-alarm overrides, keyed by the construct's alarm keys: threshold, severity, periods, or `enabled: false`.
   * @default - every alarm with the construct's defaults
   */
  readonly alarms?: A;
  /**
   * Tags for every taggable resource the construct creates (yours win over the library's `ManagedBy`).
   * @default - only `ManagedBy = cdktf-reliability`
   */
  readonly tags?: Readonly<Record<string, string>>;
}

/** What a construct tells its base about itself. */
export interface ReliableConstructSpec {
  /** Every key the construct's `alarms` prop may hold (also those created conditionally). */
  readonly alarmKeys: readonly string[];
  /**
   * What every prop accepts (with `reliableProps(alarmKeys)` for the common ones): the base checks all props
   * against it before anything else. Cross-prop checks and defaults stay in the construct.
   * @default - the base checks only the common props
   */
  readonly props?: PropSpecs<any>;
}

/** Where and how {@link ReliableConstruct.addAlarms} creates a set of alarms. */
export interface AddAlarmsOptions {
  /** Scope the alarms are created in. @default - the construct */
  readonly scope?: Construct;
  /** Tells apart several sets of the same alarms (one per NAT gateway, per replica Region). @default - a single set */
  readonly instance?: string;
  /** Provider the alarms are created with (an alarm reads metrics and notifies topics of its own Region only). @default - the construct's default */
  readonly provider?: TerraformProvider;
  /**
   * The Region the alarms are created in when no provider is given (provider 6's per-resource `region` argument).
   * @default - the provider's Region
   */
  readonly region?: string;
  /** Routing of these alarms, e.g. topics in the recovery Region; `undefined` notifies no one. @default - the construct's `alarmRouting` */
  readonly routing?: IAlarmRouting;
  /** Overrides from another prop than `alarms` (e.g. `recoveryRegion.alarms`). @default - the construct's `alarms` prop */
  readonly overrides?: Readonly<Record<string, ResourceAlarmOverride | undefined>>;
  /** Name of that prop, for error messages. @default 'alarms' */
  readonly overridesProp?: string;
  /** Name of the prop the routing came from, for error messages. @default 'alarmRouting' */
  readonly routingProp?: string;
}

/**
 * The base of every AWS construct in this library. It checks the common
 * props (routing, alarm keys, tags), tags everything below it, and gives
 * subclasses one way to create routed alarms and to claim physical names.
 *
 * A subclass constructor reads top-down: validate props, create resources,
 * then alarms, each in a small private method.
 */
export abstract class ReliableConstruct<A extends object = Record<string, ResourceAlarmOverride | undefined>> extends Construct {
  /** Where this construct's alarms notify, if anywhere. */
  public readonly alarmRouting?: IAlarmRouting;
  /** Every alarm this construct created, by alarm key (with an instance prefix where there are several sets). */
  public readonly alarms: Record<string, CloudwatchMetricAlarm> = {};
  private readonly alarmOverrides: Readonly<Record<string, ResourceAlarmOverride | undefined>>;

  protected constructor(scope: Construct, id: string, props: ReliableConstructProps<A>, spec: ReliableConstructSpec) {
    super(scope, id);
    checkFramework(this);
    if (spec.props) checkPropsBySpec(this, props, spec.props);
    if (props === undefined || props === null || typeof props !== 'object' || Array.isArray(props)) {
      throw new InvalidPropError(this, 'props', props, 'must be an object of props');
    }
    // `null` (JSON, YAML) is not "left out": `??` would quietly turn it into the default.
    for (const [key, value] of Object.entries(props)) {
      if (value === null) throw new InvalidPropError(this, key, null, 'must be left out or given a value (null is not a value)');
    }
    const routing = props.alarmRouting;
    if (routing !== undefined && (routing === null || typeof (routing as IAlarmRouting).actionsFor !== 'function')) {
      throw new InvalidPropError(this, 'alarmRouting', routing, 'must be an AlarmChannel or another IAlarmRouting');
    }
    this.alarmRouting = routing;
    checkObject(this, 'alarms', props.alarms);
    checkKnown(this, 'alarms', props.alarms, 'it decides which alarms exist and how they are set');
    this.alarmOverrides = (props.alarms ?? {}) as Record<string, ResourceAlarmOverride | undefined>;
    checkAlarmOverrideKeys(this, this.alarmOverrides, spec.alarmKeys);
    for (const [key, o] of Object.entries(this.alarmOverrides)) {
      checkObject(this, `alarms.${key}`, o);
      checkKnown(this, `alarms.${key}`, o, 'it decides whether the alarm exists and how it is set');
    }
    checkStringMap(this, 'tags', props.tags);
    checkTags(this, 'tags', props.tags);
    // Tag values are user text: `${` in one would reach Terraform as a template.
    tagConstruct(this, literalMap(props.tags));
  }

  /**
   * The one way a construct creates its alarms: routed alarms from their
   * definitions (kept in the construct's `*-alarms.ts`) with the user's
   * overrides applied, recorded in {@link alarms}. Callable any time (in
   * `protect()` or another method after the constructor): every key was
   * checked against the construct's `alarmKeys` once, and each call reads the
   * overrides of its own alarms.
   */
  protected addAlarms(definitions: readonly ResourceAlarmDefinition[], options: AddAlarmsOptions = {}): Record<string, CloudwatchMetricAlarm> {
    const keys = new Set(definitions.map((d) => d.key));
    const source = options.overrides ?? this.alarmOverrides;
    const overrides = Object.fromEntries(Object.entries(source).filter(([key]) => keys.has(key)));
    const created = resourceAlarms(
      {
        scope: options.scope ?? this,
        routing: 'routing' in options ? options.routing : this.alarmRouting,
        overrides,
        prop: options.overridesProp,
        instance: options.instance,
        provider: options.provider,
      },
      definitions,
    );
    const region = options.region !== undefined && !options.provider ? options.region : awsRegionOf(this, options.provider);
    for (const [key, alarm] of Object.entries(created)) {
      if (options.region !== undefined && !options.provider) alarm.region = options.region;
      checkAlarmActionsRegion(this, options.routingProp ?? 'alarmRouting', [...(alarm.alarmActionsInput ?? []), ...(alarm.okActionsInput ?? [])], region);
      // A second alarm of one key (nameSuffix: one key split over several alarms) is recorded by its suffix.
      const recorded = definitions.find((d) => d.key === key)?.nameSuffix ?? key;
      this.alarms[options.instance ? `${options.instance}-${recorded}` : recorded] = alarm;
    }
    return created;
  }

  /** The user's override for one alarm key, e.g. to read a threshold that also drives a scaling policy. */
  protected alarmOverride(key: string): ResourceAlarmOverride {
    return this.alarmOverrides[key] ?? {};
  }

  /**
   * A physical name derived from this construct's path (see `physicalName`),
   * claimed for this construct in the provider's account and region.
   */
  protected derivedName(kind: string, options: PhysicalNameOptions & { readonly provider?: TerraformProvider } = {}): string {
    const name = physicalName(this, options);
    this.claimName(kind, name, options.provider, options.lowerCase);
    return name;
  }

  /** Claims a physical name (a user's or a derived one) in the provider's account and region. */
  protected claimName(kind: string, name: string, provider?: TerraformProvider, caseInsensitive = false): void {
    claimName(this, { kind, name, where: awsLocation(this, provider), caseInsensitive });
  }

  /** Adds a warning for an unsafe choice the user made explicitly, naming the prop and value. */
  protected warnUnsafe(prop: string, value: unknown, consequence: string): void {
    Annotations.of(this).addWarning(`${prop} is ${JSON.stringify(value)}: ${consequence}`);
  }
}
