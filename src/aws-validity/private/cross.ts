/** The provider's cross-argument rules over one block instance, skipped where an expression could change the verdict. */
import type { CrossArgumentRule } from '../types';
import { presenceOf } from './values';

const names = (list: readonly string[]): string => list.map((n) => `"${n}"`).join(', ');

/** The names of `others` whose presence in `body` is `presence`. */
function othersThatAre(rule: CrossArgumentRule, body: Record<string, unknown>, presence: 'set' | 'absent'): string[] {
  return rule.others.filter((name) => presenceOf(body[name]) === presence);
}

/** Whether one of `others` has that presence in `body` (the list is built on a breach only). */
function someOtherIs(rule: CrossArgumentRule, body: Record<string, unknown>, presence: 'set' | 'absent'): boolean {
  for (const name of rule.others) if (presenceOf(body[name]) === presence) return true;
  return false;
}

/**
 * What the rule requires, in words, when the instance breaks it for sure; undefined otherwise.
 * Allocates only for a breach: `check` asks it about 150,000 times over the bench's 50,000 resources, and building
 * the presence of every other argument first (as it once did) showed as 270 ms of self time in a CPU profile of that
 * run (25 to 45 ms since; busy machine, 2026-12-06).
 */
export function crossBreach(rule: CrossArgumentRule, body: Record<string, unknown>): string | undefined {
  switch (rule.kind) {
    case 'conflicts_with': {
      if (!rule.subject || presenceOf(body[rule.subject]) !== 'set' || !someOtherIs(rule, body, 'set')) return undefined;
      return `"${rule.subject}" not together with ${names(othersThatAre(rule, body, 'set'))}`;
    }
    case 'required_with': {
      if (!rule.subject || presenceOf(body[rule.subject]) !== 'set' || !someOtherIs(rule, body, 'absent')) return undefined;
      return `"${rule.subject}" only together with ${names(othersThatAre(rule, body, 'absent'))}`;
    }
    case 'exactly_one_of': {
      let set = 0;
      let maybe = 0;
      for (const name of rule.others) {
        const presence = presenceOf(body[name]);
        if (presence === 'set') set++;
        else if (presence === 'maybe') maybe++;
      }
      return set > 1 || set + maybe === 0 ? `exactly one of ${names(rule.others)}` : undefined;
    }
    case 'at_least_one_of': {
      return rule.others.every((name) => presenceOf(body[name]) === 'absent') ? `at least one of ${names(rule.others)}` : undefined;
    }
  }
}
