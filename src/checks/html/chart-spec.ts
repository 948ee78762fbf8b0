/** A chart of the HTML report: a Vega-Lite specification with its title and the text that describes it. */
export interface ChartSpec {
  /** What kind of chart: `detection`, `budget`, `recovery`, `headroom`. */
  readonly id: string;
  readonly title: string;
  /** One sentence saying what the chart shows: the SVG's accessible description. */
  readonly description: string;
  /** The Vega-Lite specification, without `$schema`, `description` and `title` (added when rendered). */
  readonly spec: Readonly<Record<string, unknown>>;
}

/**
 * Colours of the series: a colour-blind-safe palette (Okabe and Ito) whose
 * first colours keep a 3:1 contrast against white, as WCAG asks of graphics.
 */
export const PALETTE = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9', '#000000'];

/** Colours for met / not met, headroom / short. */
export const VERDICT_COLOURS = { ok: '#009E73', short: '#D55E00' } as const;

/** An hours axis: plain numbers (0.1, 1, 10, 100), not SI prefixes. */
export const HOUR_AXIS = { format: '~g' } as const;
