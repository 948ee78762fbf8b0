import type { ReliabilityFinding } from './rule';

/** Findings by severity; `info` findings count apart and never as errors (see `countFindings`). */
export interface FindingCounts {
  readonly errors: number;
  readonly warnings: number;
  readonly suppressed: number;
  readonly notes: number;
}

/**
 * `countFindings` without checking its argument, for results checked once
 * already: the formats count each family apart, and checking the results
 * for each count walked every judged address (50,000 and more) each time.
 */
export function tally(results: readonly { readonly findings: readonly ReliabilityFinding[] }[]): FindingCounts {
  let errors = 0;
  let warnings = 0;
  let suppressed = 0;
  let notes = 0;
  for (const r of results) {
    for (const f of r.findings) {
      if (f.severity === 'error') errors++;
      else if (f.severity === 'warning') warnings++;
      else if (f.suppression !== undefined) suppressed++;
      else notes++;
    }
  }
  return { errors, warnings, suppressed, notes };
}
