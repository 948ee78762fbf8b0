/** The provider's cross-argument rules over one block instance, skipped where an expression could change the verdict. */
import type { CrossArgumentRule } from '../types';
import { presenceOf, type Presence } from './values';

/** What the rule requires, in words, when the instance breaks it for sure; undefined otherwise. */
export function crossBreach(rule: CrossArgumentRule, body: Record<string, unknown>): string | undefined {
  const p = (name: string): Presence => presenceOf(body[name]);
  const others = rule.others.map((name) => ({ name, presence: p(name) }));
  const names = (list: readonly string[]) => list.map((n) => `"${n}"`).join(', ');
  switch (rule.kind) {
    case 'conflicts_with': {
      if (!rule.subject || p(rule.subject) !== 'set') return undefined;
      const clash = others.filter((o) => o.presence === 'set').map((o) => o.name);
      return clash.length ? `"${rule.subject}" not together with ${names(clash)}` : undefined;
    }
    case 'required_with': {
      if (!rule.subject || p(rule.subject) !== 'set') return undefined;
      const missing = others.filter((o) => o.presence === 'absent').map((o) => o.name);
      return missing.length ? `"${rule.subject}" only together with ${names(missing)}` : undefined;
    }
    case 'exactly_one_of': {
      const set = others.filter((o) => o.presence === 'set').length;
      const maybe = others.filter((o) => o.presence === 'maybe').length;
      return set > 1 || set + maybe === 0 ? `exactly one of ${names(rule.others)}` : undefined;
    }
    case 'at_least_one_of': {
      return others.every((o) => o.presence === 'absent') ? `at least one of ${names(rule.others)}` : undefined;
    }
  }
}
