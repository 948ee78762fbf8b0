/**
 * Plain-text layout for terminal output: words wrapped to a width, and
 * tables that fit one. No framework import: the SLO report (src/slo) and the
 * checks' reports (src/checks) both lay out their text with it.
 */

/** Columns of terminal output: the reports and the findings table fit in it. */
export const TEXT_WIDTH = 100;

/**
 * Breaks text into lines of at most `width` characters, at spaces where it
 * can and inside a word only when the word alone is longer than a line
 * (long addresses and construct paths are wrapped, never cut).
 */
export function wrapText(text: string, width: number): string[] {
  const w = Math.max(1, Math.floor(width));
  const out: string[] = [];
  for (const paragraph of text.split(/\r?\n/)) {
    let line = '';
    for (const word of paragraph.split(/ +/).filter((x) => x !== '')) {
      let rest = word;
      if (line !== '' && line.length + 1 + rest.length <= w) {
        line += ` ${rest}`;
        continue;
      }
      if (line !== '') out.push(line);
      while (rest.length > w) {
        // Inside a long word, break after a path or address separator when one is in the second half of the line.
        const cut = Math.max(...['/', '.', '_', '-'].map((sep) => rest.lastIndexOf(sep, w - 1)));
        const at = cut >= w / 2 ? cut + 1 : w;
        out.push(rest.slice(0, at));
        rest = rest.slice(at);
      }
      line = rest;
    }
    out.push(line);
  }
  return out;
}

/** Narrowest a column gets when even its cells do not fit: a wider column is cut down first. */
const MIN_COLUMN = 8;

/**
 * Column widths for {@link fitTable}: the natural widths when they fit; else
 * each column as wide as its longest cell and its header's longest word
 * (headers wrap, cells do not), the room left going to the columns whose
 * header wraps; when even that does not fit, the widest column gives up a
 * character at a time (never below 8), its cells wrapping.
 */
function columnWidths(header: readonly string[], rows: readonly (readonly string[])[], room: number): number[] {
  const longest = (xs: readonly string[]): number => Math.max(0, ...xs.map((x) => x.length));
  const natural = header.map((h, i) => Math.max(h.length, longest(rows.map((r) => r[i] ?? ''))));
  const sum = (ws: readonly number[]): number => ws.reduce((a, b) => a + b, 0);
  if (sum(natural) <= room) return natural;
  const widths = header.map((h, i) => Math.max(longest(h.split(' ')), longest(rows.map((r) => r[i] ?? ''))));
  let spare = room - sum(widths);
  // The headers that need least to fit on one line first: as few wrap as the room allows.
  const order = widths.map((_, i) => i).sort((a, b) => natural[a] - widths[a] - (natural[b] - widths[b]));
  for (const i of order) {
    const more = Math.max(0, Math.min(spare, natural[i] - widths[i]));
    widths[i] += more;
    spare -= more;
  }
  while (spare < 0) {
    let widest = -1;
    widths.forEach((w, i) => {
      if (w > MIN_COLUMN && (widest < 0 || w > widths[widest])) widest = i;
    });
    if (widest < 0) break;
    widths[widest]--;
    spare++;
  }
  return widths;
}

/**
 * Lays out rows as a plain-text table (header, dashes, rows) no wider than
 * `width` (see {@link columnWidths}); every cell wraps within its column.
 */
export function fitTable(header: readonly string[], rows: readonly (readonly string[])[], width: number = TEXT_WIDTH): string {
  const gap = 2;
  const widths = columnWidths(header, rows, width - gap * (header.length - 1));
  const render = (cells: readonly string[]): string[] => {
    const wrapped = header.map((_, i) => wrapText(cells[i] ?? '', widths[i]));
    const height = Math.max(...wrapped.map((c) => c.length));
    return Array.from({ length: height }, (_, k) =>
      wrapped
        .map((c, i) => (c[k] ?? '').padEnd(widths[i]))
        .join(' '.repeat(gap))
        .trimEnd(),
    );
  };
  return [...render(header), widths.map((w) => '-'.repeat(w)).join(' '.repeat(gap)), ...rows.flatMap(render)].join('\n');
}

/** Wraps a paragraph to `width` columns, every line starting with `indent`. */
export function wrapParagraph(text: string, width: number = TEXT_WIDTH, indent = ''): string {
  return wrapText(text, width - indent.length)
    .map((l) => `${indent}${l}`)
    .join('\n');
}
