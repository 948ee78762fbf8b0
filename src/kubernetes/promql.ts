import { parser } from '@prometheus-io/lezer-promql';
import { IConstruct } from 'constructs';
import { InvalidPropError, PropError } from '../core/errors';
import { kindOf } from '../core/prop-types';
import { isUnresolved } from '../core/tokens';

/**
 * The window placeholder in SLI queries, as sloth writes it:
 * `sum(rate(http_requests_total{code=~"5.."}[{{.window}}]))`. Each recording
 * rule substitutes its own window (`5m`, `1h`, ...).
 */
export const WINDOW_PLACEHOLDER = '{{.window}}';

/** A syntax error found in a PromQL query. */
export interface PromqlSyntaxError {
  /** Offset in the query (0-based, in characters). */
  readonly offset: number;
  /** Line (1-based). */
  readonly line: number;
  /** Column (1-based). */
  readonly column: number;
  /** The text around the error, for the message. */
  readonly near: string;
}

/** A Prometheus duration as a range selector takes it (`5m`, `1h30m`, `30d`). */
const PROMETHEUS_DURATION = /^(\d+(y|w|d|h|m|s|ms))+$/;

/**
 * Checks a query given to these helpers: a string known at synth (a Terraform
 * token is the string that encodes it, not PromQL). Throws a `PropError`.
 */
function checkQueryArgument(query: unknown, argument = 'query'): asserts query is string {
  if (typeof query !== 'string') throw new PropError(argument, query, `must be a PromQL expression string (got ${kindOf(query)})`);
  if (isUnresolved(query)) throw new PropError(argument, query, 'must be known at synth, not a Terraform variable or reference: the query is parsed and rewritten');
}

/** Replaces every window placeholder in a query with a window such as `5m`. */
export function substituteWindow(query: string, window: string): string {
  checkQueryArgument(query);
  if (typeof window !== 'string' || !PROMETHEUS_DURATION.test(window)) {
    throw new PropError('window', window, 'must be a Prometheus duration such as "5m", "1h" or "30d"');
  }
  return query.split(WINDOW_PLACEHOLDER).join(window);
}

/**
 * Parses a PromQL expression with the Prometheus project's own grammar
 * (`@prometheus-io/lezer-promql`, the parser behind the Prometheus UI) and
 * returns its syntax errors, first first; none for a valid expression.
 *
 * This is a syntax check: it catches unbalanced brackets, bad selectors and
 * stray tokens, not type errors such as `rate()` over an instant vector
 * (`promtool check rules` catches those).
 */
export function promqlSyntaxErrors(query: string): PromqlSyntaxError[] {
  checkQueryArgument(query);
  const errors: PromqlSyntaxError[] = [];
  if (query.trim() === '') return [{ offset: 0, line: 1, column: 1, near: '' }];
  const tree = parser.parse(query);
  tree.iterate({
    enter(node) {
      if (node.type.isError) {
        const before = query.slice(0, node.from);
        const line = before.split('\n').length;
        const column = node.from - before.lastIndexOf('\n');
        const near = query.slice(Math.max(0, node.from - 10), node.from + 10).replace(/\s+/g, ' ');
        errors.push({ offset: node.from, line, column, near });
      }
    },
  });
  return errors;
}

/**
 * The series selectors a query reads (`http_requests_total{job="api"}`),
 * unique, in order, with the window placeholder substituted. The SLI health
 * alert checks that they still exist.
 */
export function vectorSelectors(query: string): string[] {
  const text = substituteWindow(query, '5m');
  const out: string[] = [];
  parser.parse(text).iterate({
    enter(node) {
      if (node.type.name === 'VectorSelector') {
        const sel = text.slice(node.from, node.to).trim();
        if (!out.includes(sel)) out.push(sel);
        return false;
      }
      return undefined;
    },
  });
  return out;
}

/** How a query treats the window placeholder. */
export type WindowPlaceholderRule = 'required' | 'forbidden';

/**
 * Checks a PromQL query at synth and throws an `InvalidPropError` naming the
 * prop and the position of the first syntax error. Queries that are
 * unresolved tokens are not checked.
 *
 * @param placeholder `required`: the query must contain `{{.window}}` (it is
 *   substituted with `5m` before parsing); `forbidden`: it must not.
 */
export function checkPromql(scope: IConstruct, prop: string, query: string | undefined, placeholder: WindowPlaceholderRule): void {
  if (placeholder !== 'required' && placeholder !== 'forbidden') throw new PropError('placeholder', placeholder, 'must be "required" or "forbidden"');
  if (query === undefined || isUnresolved(query)) return;
  if (typeof query !== 'string' || query.trim() === '') {
    throw new InvalidPropError(scope, prop, query, 'must be a non-empty PromQL expression');
  }
  const has = query.includes(WINDOW_PLACEHOLDER);
  if (placeholder === 'required' && !has) {
    throw new InvalidPropError(
      scope,
      prop,
      query,
      `must contain the window placeholder ${WINDOW_PLACEHOLDER} in its range selectors (e.g. rate(x[${WINDOW_PLACEHOLDER}])), so each window gets its own error ratio`,
    );
  }
  if (placeholder === 'forbidden' && has) {
    throw new InvalidPropError(scope, prop, query, `must not contain the window placeholder ${WINDOW_PLACEHOLDER}`);
  }
  const errors = promqlSyntaxErrors(substituteWindow(query, '5m'));
  if (errors.length > 0) {
    const offset = originalOffset(query, errors[0].offset, '5m');
    const before = query.slice(0, offset);
    const line = before.split('\n').length;
    const column = offset - before.lastIndexOf('\n');
    const near = query.slice(Math.max(0, offset - 12), offset + 12).replace(/\s+/g, ' ').trim();
    throw new InvalidPropError(
      scope,
      prop,
      query,
      `is not valid PromQL: syntax error at line ${line}, column ${column} (offset ${offset}, near "${near}")`,
    );
  }
}

/** Maps an offset in the substituted query back to the query as written. */
function originalOffset(query: string, offset: number, window: string): number {
  const pieces = query.split(WINDOW_PLACEHOLDER);
  let substituted = 0;
  let original = 0;
  for (let i = 0; i < pieces.length; i++) {
    if (offset <= substituted + pieces[i].length) return original + (offset - substituted);
    substituted += pieces[i].length + window.length;
    original += pieces[i].length + WINDOW_PLACEHOLDER.length;
    if (offset < substituted) return original - WINDOW_PLACEHOLDER.length;
  }
  return query.length;
}
