/**
 * Renders Vega-Lite specifications to static SVG in Node, with `vega` and
 * `vega-lite` (optional peer dependencies). They are ES modules and heavy:
 * they are imported here, on the `--html` path only, so importing the
 * library and running `check` load neither.
 */
import { pathToFileURL } from 'node:url';
import { ChartSpec } from './chart-spec';

/** The two packages' entry points, as far as the report uses them. */
interface VegaLite {
  compile(spec: unknown): { spec: unknown };
}
interface Vega {
  parse(spec: unknown): unknown;
  View: new (runtime: unknown, options: { renderer: 'none' }) => { toSVG(): Promise<string>; finalize(): void };
}

/** Thrown when `--html` is asked for and vega or vega-lite is not installed. */
export class ChartingUnavailableError extends Error {}

/**
 * A real `import()`: TypeScript compiles `import()` to `require()` for
 * CommonJS output, which cannot load these ES modules.
 */
const importModule = new Function('specifier', 'return import(specifier)') as (specifier: string) => Promise<unknown>;

async function load(): Promise<{ vega: Vega; vegaLite: VegaLite }> {
  try {
    // Resolved from this package (where a peer is installed), not from wherever the command runs.
    const [vega, vegaLite] = await Promise.all(['vega', 'vega-lite'].map((name) => importModule(pathToFileURL(require.resolve(name)).href)));
    return { vega: vega as Vega, vegaLite: vegaLite as VegaLite };
  } catch (e) {
    throw new ChartingUnavailableError(
      `the HTML report draws its charts with vega and vega-lite (optional peer dependencies): npm install --save-dev vega@^6 vega-lite@^6 (${(e as Error).message.split('\n')[0]})`,
    );
  }
}

/** Each chart as an SVG document, in order. */
export async function renderSvgs(charts: readonly ChartSpec[]): Promise<string[]> {
  if (charts.length === 0) return [];
  const { vega, vegaLite } = await load();
  const out: string[] = [];
  for (const c of charts) {
    const spec = {
      description: c.description,
      config: { font: 'system-ui, sans-serif', view: { stroke: null }, axis: { labelColor: '#333333', titleColor: '#333333' }, legend: { labelColor: '#333333', titleColor: '#333333' } },
      ...c.spec,
    };
    const view = new vega.View(vega.parse(vegaLite.compile(spec).spec), { renderer: 'none' });
    try {
      out.push(await view.toSVG());
    } finally {
      view.finalize();
    }
  }
  return out;
}
