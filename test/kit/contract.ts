import { Testing } from 'cdktf';
import { IConstruct } from 'constructs';
import { checkStack } from '../../src/checks/check';
import { MANAGED_BY_TAG, MANAGED_BY_VALUE } from '../../src/core/contract';
import { InvalidPropError } from '../../src/core/errors';
import { schemaErrors, synthJson, TestStack, testStack } from '../harness';
import { PropSpecs } from '../../src/core/prop-spec';
import { PropKind } from './hostile';
import { kindsFromSpecs } from './spec-kinds';
import { formatFailures, SUBJECT, sweep } from './sweep';

export { SUBJECT } from './sweep';

/** What the contract suite needs to know of a construct. */
export interface ContractSpec<P extends object> {
  /** The construct's class name, as exported from the package root (`test/contract-coverage.test.ts` checks every one has a suite). */
  readonly construct: string;
  /**
   * Creates the construct with id {@link SUBJECT} in the stack, with valid
   * props (the configuration a user starts from, alarm routing included)
   * plus `overrides`, and whatever it depends on (a network, a routing).
   */
  readonly build: (stack: TestStack, overrides: Partial<Record<keyof P, unknown>>) => IConstruct;
  /**
   * The construct's own prop specs (`src/.../private/<construct>-spec.ts`): the sweep derives each prop's kind from
   * them.
   */
  readonly specs: PropSpecs<P>;
  /**
   * Valid values for nested objects and lists whose spec has no example (fields of a construct the sweep cannot
   * make up), by prop.
   * @default - the specs' examples
   */
  readonly examples?: Partial<Record<keyof P, unknown>>;
  /** AWS constructs: every taggable resource carries `ManagedBy` and the user's `tags`. @default false */
  readonly aws?: boolean;
  /** The construct creates no taggable resource (the tag check then asserts there is none, so a new one gets checked). @default false */
  readonly untaggable?: boolean;
  /** Keys of the construct's `alarms` prop; a misspelt one must fail synth. @default - the construct has no `alarms` prop */
  readonly alarmKeys?: readonly string[];
  /** Sweep cases. @default - 8 per prop and nested field, at most 240 (SWEEP_RUNS overrides) */
  readonly numRuns?: number;
}

function taggable(c: IConstruct): c is IConstruct & { terraformResourceType: string; friendlyUniqueId: string; tagsInput?: unknown } {
  return typeof (c as unknown as { resetTags?: unknown }).resetTags === 'function' && 'tagsInput' in c;
}

/** A misspelling of an alarm key that is no alarm key: a letter dropped, or one added. */
export function misspell(key: string, keys: readonly string[]): string {
  const dropped = key.slice(0, -1);
  return keys.includes(dropped) || dropped === '' ? `${key}s` : dropped;
}

/**
 * The contract every construct of the library keeps, as a jest suite:
 * tagged everywhere (AWS), its default configuration passes the rule pack
 * and the provider schemas, a misspelt alarm key fails synth, and bad input
 * to any prop fails with a clear error or synthesizes a clean stack.
 * Call it once from the construct's `*.contract.test.ts`.
 */
export function contractSuite<P extends object>(spec: ContractSpec<P>): void {
  describe(`${spec.construct}: the construct contract`, () => {
    test('the default configuration passes the rule pack with no error and the provider schemas with none', () => {
      const { stack } = testStack();
      spec.build(stack, {});
      const errors = checkStack(synthJson(stack), { name: 'test' }).findings.filter((f) => f.severity === 'error');
      expect(errors.map((f) => `${f.ruleId} ${f.address}: ${f.message}`)).toEqual([]);
      expect(schemaErrors(stack)).toEqual([]);
    });

    if (spec.aws) {
      test(`every taggable resource carries ${MANAGED_BY_TAG} and the user's tags`, () => {
        const { stack } = testStack();
        const subject = spec.build(stack, { tags: { team: 'payments', 'cost-center': 'cc-42' } } as Partial<Record<keyof P, unknown>>);
        const json = synthJson(stack);
        const resources = subject.node.findAll().filter(taggable);
        if (spec.untaggable) {
          expect(resources.map((r) => r.terraformResourceType)).toEqual([]);
          return;
        }
        expect(resources.length).toBeGreaterThan(0);
        const untagged = resources
          .map((r) => ({ address: `${r.terraformResourceType}.${r.friendlyUniqueId}`, tags: json.resource?.[r.terraformResourceType]?.[r.friendlyUniqueId]?.tags }))
          .filter(({ tags }) => !(tags && tags[MANAGED_BY_TAG] === MANAGED_BY_VALUE && tags.team === 'payments' && tags['cost-center'] === 'cc-42'));
        expect(untagged).toEqual([]);
      });
    }

    if (spec.alarmKeys?.length) {
      test('a misspelt alarm key fails synth, naming it (JavaScript callers have no compiler to catch it)', () => {
        const bad = misspell(spec.alarmKeys![0], spec.alarmKeys!);
        const { stack } = testStack();
        let error: unknown;
        try {
          spec.build(stack, { alarms: { [bad]: { enabled: false } } } as Partial<Record<keyof P, unknown>>);
          Testing.synth(stack);
        } catch (e) {
          error = e;
        }
        expect(error).toBeInstanceOf(InvalidPropError);
        expect((error as InvalidPropError).constructPath).toBe(`test/${SUBJECT}`);
        expect((error as InvalidPropError).prop).toBe(`alarms.${bad}`);
      });
    }

    test('bad input to any prop fails with a clear error naming the construct and the prop, or synthesizes a clean stack', () => {
      const { failures, cases } = sweep({ construct: spec.construct, build: spec.build as never, props: sweepKinds(spec), untaggable: spec.untaggable }, { numRuns: spec.numRuns });
      expect(cases).toBeGreaterThan(0);
      if (failures.length) throw new Error(`${failures.length} of ${cases} bad-input cases failed:\n${formatFailures(failures)}`);
    });
  });
}

/** The sweep kinds of a contract: derived from the construct's specs (with the contract's examples). */
export function sweepKinds<P extends object>(spec: ContractSpec<P>): Record<string, PropKind> {
  const kinds: Record<string, PropKind> = kindsFromSpecs(spec.specs);
  for (const [prop, valid] of Object.entries(spec.examples ?? {})) {
    const kind = kinds[prop];
    if (typeof kind === 'object' && 'object' in kind) kinds[prop] = { ...kind, valid: valid as Record<string, unknown> };
    else if (typeof kind === 'object' && 'list' in kind) kinds[prop] = { ...kind, valid: valid as unknown[] };
  }
  return kinds;
}
