/**
 * The data types of the AWS validity tables: what AWS (the API models) and the
 * Terraform AWS provider (its validators) accept for each argument of a
 * resource type. Pure data: no cdktf import.
 */

/**
 * Where a constraint comes from: the API model, the provider's validators, a
 * hand-kept fact, or a reviewed override of scripts/aws-validity/mapping.json
 * (a documented rule that wins over the pinned inputs where AWS changed a limit
 * since, or that states what no input says in a form the generator reads;
 * its source names the page and the date it was checked).
 */
export type RuleOrigin = 'model' | 'provider' | 'fact' | 'override';

/** How a constraint applies to the argument's value. */
export type Applies =
  /** to the value itself */
  | 'value'
  /** to each item of a list or set, or each value of a map */
  | 'each';

interface ConstraintBase {
  /** Stable id, e.g. `aws_backup_vault.name.pattern` (`.provider` appended for the provider's copy). */
  readonly id: string;
  readonly origin: RuleOrigin;
  /** Model file + shape + trait, or provider file + line + validator. */
  readonly source: string;
  readonly applies: Applies;
}

/** The value must be one of `values` (strings, or numbers for an intEnum). */
export interface EnumConstraint extends ConstraintBase {
  readonly kind: 'enum';
  readonly values: readonly (string | number)[];
  /** The provider's `StringInSlice(..., true)`: case-insensitive. */
  readonly ignoreCase?: boolean;
  /**
   * A number is also allowed when it is a multiple of this (the provider's
   * `validation.Any(IntInSlice(...), IntDivisibleBy(n))`, the metric alarm `period`).
   */
  readonly multipleOf?: number;
}

/** The string must match `pattern` (a JavaScript RegExp source, compiled with `flags`), or must not when `negated`. */
export interface PatternConstraint extends ConstraintBase {
  readonly kind: 'pattern';
  readonly pattern: string;
  readonly flags: string;
  /** The value must NOT match (the provider's `StringDoesNotMatch`, `cannot end with a hyphen`). */
  readonly negated?: boolean;
  /** The pattern as the input wrote it, when the generator had to rewrite it for JavaScript. */
  readonly original?: string;
  /**
   * What the pattern allows, in words, where the generator built it from a
   * validator's arguments (`nullable.ValidateTypeStringNullableIntBetween(0, 3600)`):
   * findings say this rather than the pattern.
   * @default - findings show the pattern
   */
  readonly words?: string;
  /** Values the generator recorded as matching, or as not matching when `negated` (proof the pattern runs). */
  readonly examples: readonly string[];
}

/**
 * The string's length. The models count characters (Unicode code points); the
 * provider's StringLenBetween/LengthBetween count UTF-8 bytes.
 */
export interface LengthConstraint extends ConstraintBase {
  readonly kind: 'length';
  readonly min?: number;
  readonly max?: number;
  readonly unit: 'characters' | 'bytes';
}

/** The number's range, inclusive. */
export interface RangeConstraint extends ConstraintBase {
  readonly kind: 'range';
  readonly min?: number;
  readonly max?: number;
}

/** The number of items of a list, set or map (a block counts its instances). */
export interface ItemsConstraint extends ConstraintBase {
  readonly kind: 'items';
  readonly min?: number;
  readonly max?: number;
}

/** Well-known string formats the provider checks with a named validator. */
export type StringFormat = 'arn' | 'json' | 'cidr';

/** The string must be of a well-known format (the provider's `verify.ValidARN`, `StringIsJSON`, ...). */
export interface FormatConstraint extends ConstraintBase {
  readonly kind: 'format';
  readonly format: StringFormat;
}

/** One constraint on an argument. */
export type Constraint = EnumConstraint | PatternConstraint | LengthConstraint | RangeConstraint | ItemsConstraint | FormatConstraint;

/** The kind of a constraint. */
export type ConstraintKind = Constraint['kind'];

/** The Terraform type of an argument, as the provider schema declares it. */
export type ArgumentType = 'string' | 'number' | 'bool' | 'list' | 'set' | 'map' | 'block' | 'dynamic';

/** Which of the two sources is stricter, where both constrain the same thing. */
export type Stricter = 'model' | 'provider' | 'same' | 'differ';

/** Everything known about one argument path (`rule.lifecycle.delete_after`). */
export interface ArgumentRule {
  /** The argument path, block names joined by dots, without list indexes. */
  readonly path: string;
  readonly type: ArgumentType;
  /** The API member this argument maps to (`BackupPlanInput.Rules[].Lifecycle.DeleteAfterDays`), when one does. */
  readonly member?: string;
  readonly constraints: readonly Constraint[];
  /** Per kind constrained by both the model and the provider: which is stricter. */
  readonly stricter?: Readonly<Partial<Record<ConstraintKind, Stricter>>>;
}

/** The provider's cross-argument validators. */
export type CrossArgumentKind = 'conflicts_with' | 'exactly_one_of' | 'at_least_one_of' | 'required_with';

/**
 * A rule over several arguments of one block instance. `scope` is the block
 * path ('' for the resource body) and the participants are names inside it.
 * For `conflicts_with` and `required_with`, `subject` is the argument that
 * declares the rule and `others` the arguments it names; for `exactly_one_of`
 * and `at_least_one_of`, `others` holds every participant.
 */
export interface CrossArgumentRule {
  readonly id: string;
  readonly kind: CrossArgumentKind;
  readonly scope: string;
  readonly subject?: string;
  readonly others: readonly string[];
  readonly origin: RuleOrigin;
  readonly source: string;
}

/** The tables of one Terraform resource type. */
export interface ResourceRules {
  readonly resourceType: string;
  /** The API model file and shapes the arguments were mapped to, when there is a model. */
  readonly model?: { readonly file: string; readonly shapes: readonly string[] };
  /** The provider source files read, each with its pinned commit. */
  readonly providerFiles: readonly { readonly path: string; readonly commit: string }[];
  /** The AWS SDK enum files the provider's `awstypes.X` enums were resolved in, where no API model was read. */
  readonly enumFiles?: readonly { readonly repository: string; readonly path: string; readonly commit: string }[];
  /** Whether the type has a `tags` argument (the tag facts apply to it). */
  readonly taggable: boolean;
  /** Arguments that are maps (their keys are data, not argument names). */
  readonly maps: readonly string[];
  readonly arguments: Readonly<Record<string, ArgumentRule>>;
  readonly crossArgument: readonly CrossArgumentRule[];
}
