/**
 * The HTML page around the report's sections: one self-contained file, its
 * styles, script and data inline, and a Content-Security-Policy that lets
 * it load nothing from anywhere (it opens from disk and from a CI artifact).
 */

/** Escapes text for HTML content and attribute values. */
export function esc(text: unknown): string {
  return String(text).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);
}

/** A table with a header row; cells are HTML already escaped by the caller. */
export function htmlTable(caption: string, header: readonly string[], rows: readonly (readonly string[])[], rowAttributes: (i: number) => string = () => ''): string {
  return [
    `<table><caption>${esc(caption)}</caption><thead><tr>${header.map((h) => `<th scope="col">${esc(h)}</th>`).join('')}</tr></thead><tbody>`,
    ...rows.map((r, i) => `<tr${rowAttributes(i)}>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`),
    '</tbody></table>',
  ].join('\n');
}

/** A chart: its SVG (rendered at build time) in a figure with its title and description. */
export function figure(kind: string, title: string, description: string, svg: string): string {
  return `<figure class="chart" data-chart="${esc(kind)}"><figcaption><strong>${esc(title)}</strong><br>${esc(description)}</figcaption><div class="svg" role="img" aria-label="${esc(title)}">${svg}</div></figure>`;
}

const STYLE = `
:root { color-scheme: light; --fg: #1b1b1b; --muted: #4a4a4a; --line: #d0d0d0; --bad: #a23b00; --good: #006b4f; }
* { box-sizing: border-box; }
body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; color: var(--fg); margin: 0; background: #ffffff; }
header, main, footer { max-width: 1100px; margin: 0 auto; padding: 0 1.5rem; }
header { padding-top: 1.5rem; }
h1 { font-size: 1.6rem; margin: 0 0 .25rem; } h2 { font-size: 1.35rem; margin-top: 2.5rem; border-bottom: 2px solid var(--line); }
h3 { font-size: 1.1rem; margin-top: 1.75rem; } h4 { font-size: 1rem; margin: 1.25rem 0 .25rem; }
.muted, figcaption { color: var(--muted); }
nav ul { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: .25rem 1.25rem; }
a { color: #0b5cad; }
table { border-collapse: collapse; margin: .5rem 0 1rem; font-size: .9rem; width: 100%; }
caption { text-align: left; font-weight: 600; padding: .25rem 0; }
th, td { border-bottom: 1px solid var(--line); padding: .3rem .5rem; text-align: left; vertical-align: top; }
th { background: #f3f3f3; }
td code, li code { font-size: .85rem; word-break: break-all; }
.bad { color: var(--bad); font-weight: 600; } .good { color: var(--good); }
.cards { display: grid; grid-template-columns: repeat(auto-fit, minmax(12rem, 1fr)); gap: .75rem; margin: 1rem 0; }
.card { border: 1px solid var(--line); border-radius: 6px; padding: .6rem .8rem; }
.card b { display: block; font-size: 1.4rem; }
figure.chart { margin: 1rem 0; border: 1px solid var(--line); border-radius: 6px; padding: .75rem; overflow-x: auto; }
figure.chart svg { max-width: 100%; height: auto; }
fieldset { border: 1px solid var(--line); border-radius: 6px; }
label { margin-right: 1rem; }
tr[hidden] { display: none; }
footer { margin: 3rem auto 2rem; font-size: .85rem; color: var(--muted); }
`;

/**
 * The findings filter: a checkbox per severity shows or hides its rows and
 * says how many are shown. Runs from the page itself (no network).
 */
const SCRIPT = `
(function () {
  var boxes = document.querySelectorAll('input[data-severity-filter]');
  function apply() {
    var shown = {};
    boxes.forEach(function (b) { shown[b.value] = b.checked; });
    document.querySelectorAll('table.findings').forEach(function (table) {
      var rows = table.querySelectorAll('tbody tr');
      var visible = 0;
      rows.forEach(function (r) { r.hidden = !shown[r.getAttribute('data-severity')]; if (!r.hidden) visible++; });
      var status = document.getElementById(table.getAttribute('data-status'));
      if (status) status.textContent = visible + ' of ' + rows.length + ' findings shown';
    });
  }
  boxes.forEach(function (b) { b.addEventListener('change', apply); });
  apply();
})();
`;

/** The whole document. `data` is embedded as JSON for whoever wants the numbers behind the page. */
export function htmlDocument(title: string, subtitle: string, nav: readonly { id: string; label: string }[], body: string, data: unknown, generator: string): string {
  const json = JSON.stringify(data).replace(/</g, '\\u003c');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
<title>${esc(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<header>
<h1>${esc(title)}</h1>
<p class="muted">${esc(subtitle)}</p>
<nav aria-label="Sections"><ul>${nav.map((n) => `<li><a href="#${esc(n.id)}">${esc(n.label)}</a></li>`).join('')}</ul></nav>
</header>
<main>
${body}
</main>
<footer>${esc(generator)}. Durations read 52s, 8.6m, 36h, 3d: hours up to 48h, days beyond.</footer>
<script type="application/json" id="report-data">${json}</script>
<script>${SCRIPT}</script>
</body>
</html>
`;
}
