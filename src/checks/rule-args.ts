/**
 * Checks of what a caller hands the rule pack (JavaScript and YAML callers
 * too): a list of rules that are rules, settings that are settings, families
 * that exist. Each failure is an `InvalidPropError` naming where it came from
 * (`ReliabilityChecks`, `checkStack`), the prop, the value and what is allowed,
 * instead of a TypeError inside a rule run. Pure: no framework import.
 */
import { RULE_ID_PATTERN } from '../core/contract';
import { describeValue, InvalidPropError } from '../core/errors';
import { ReliabilityRule, RULE_FAMILIES, RuleFamily, RuleSetting } from './rule';

const SETTINGS: readonly RuleSetting[] = ['error', 'warning', 'off'];

function kind(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

/** The rules a caller gives: a list of rule objects with an id, a severity, a title, resource types and a check; ids unique. */
export function checkRuleList(where: string, prop: string, rules: unknown): asserts rules is readonly ReliabilityRule[] | undefined {
  if (rules === undefined) return;
  if (!Array.isArray(rules)) throw new InvalidPropError(where, prop, rules, `must be a list of rules (got ${kind(rules)}), e.g. RELIABILITY_RULES or some of them`);
  const seen = new Map<string, number>();
  rules.forEach((rule: unknown, i) => {
    const at = `${prop}[${i}]`;
    if (rule === null || typeof rule !== 'object' || Array.isArray(rule)) throw new InvalidPropError(where, at, rule, `must be a rule { id, severity, title, resourceTypes, check, ... } (got ${kind(rule)})`);
    const r = rule as Record<string, unknown>;
    if (typeof r.id !== 'string' || !RULE_ID_PATTERN.test(r.id)) throw new InvalidPropError(where, `${at}.id`, r.id, 'must be a rule id such as "REL-RDS-1" or "ACME-DB-2"');
    if (r.severity !== 'error' && r.severity !== 'warning') throw new InvalidPropError(where, `${at}.severity`, r.severity, 'must be "error" or "warning"');
    if (typeof r.title !== 'string' || r.title.trim() === '') throw new InvalidPropError(where, `${at}.title`, r.title, 'must be a non-empty string saying what the rule asks for');
    if (!Array.isArray(r.resourceTypes) || r.resourceTypes.some((t) => typeof t !== 'string')) {
      throw new InvalidPropError(where, `${at}.resourceTypes`, r.resourceTypes, 'must be a list of Terraform resource types such as "aws_db_instance"');
    }
    if (typeof r.check !== 'function') throw new InvalidPropError(where, `${at}.check`, r.check, 'must be a function (resource, stack) => violations');
    const earlier = seen.get(r.id);
    if (earlier !== undefined) throw new InvalidPropError(where, `${at}.id`, r.id, `must be unique: ${prop}[${earlier}] has the same id`);
    seen.set(r.id, i);
  });
}

/** Per-rule settings: an object of rule id to "error", "warning" or "off". */
export function checkRuleSettings(where: string, prop: string, settings: unknown): asserts settings is Readonly<Record<string, RuleSetting>> | undefined {
  if (settings === undefined) return;
  if (settings === null || typeof settings !== 'object' || Array.isArray(settings)) throw new InvalidPropError(where, prop, settings, `must be an object of rule id to "error", "warning" or "off" (got ${kind(settings)})`);
  for (const [id, setting] of Object.entries(settings)) {
    if (!SETTINGS.includes(setting as RuleSetting)) throw new InvalidPropError(where, `${prop}.${id}`, setting, 'must be "error", "warning" or "off"');
  }
}

/** The families to run: a non-empty list of "reliability" and "validity". */
export function checkRuleFamilies(where: string, prop: string, families: unknown): asserts families is readonly RuleFamily[] | undefined {
  if (families === undefined) return;
  if (!Array.isArray(families) || families.length === 0 || families.some((f) => !RULE_FAMILIES.includes(f as RuleFamily))) {
    throw new InvalidPropError(where, prop, families, `must be a non-empty list of ${RULE_FAMILIES.map((f) => describeValue(f)).join(' and ')}`);
  }
}
