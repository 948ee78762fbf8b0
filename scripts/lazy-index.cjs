// Post-build step: makes dist/index.js load each construct domain on first
// use instead of at import, as aws-cdk-lib does for its root. `export *`
// compiles to eager requires, so importing the package would load every
// provider binding any construct uses (the Kubernetes Deployment binding
// alone costs ~50 ms). Types (index.d.ts) are untouched.
//
// usage: node scripts/lazy-index.cjs [dist]
const fs = require('node:fs');
const path = require('node:path');
const { execFileSync } = require('node:child_process');

const dist = path.resolve(process.argv[2] ?? 'dist');
const indexFile = path.join(dist, 'index.js');
// Small, dependency-free domains stay eager: every construct needs them anyway.
const EAGER = new Set(['./core', './slo', './recovery']);
const STAR = /^__exportStar\(require\("(\.[^"]+)"\), exports\);$/;

const source = fs.readFileSync(indexFile, 'utf8');
if (source.includes('lazy-index:')) process.exit(0);

const eagerNames = Object.keys(require(indexFile)).sort();
const taken = new Set();
const out = source.split('\n').map((line) => {
  const m = line.match(STAR);
  if (!m) return line;
  const mod = m[1];
  const names = Object.keys(require(path.join(dist, mod))).filter((n) => n !== 'default' && n !== '__esModule' && !taken.has(n));
  names.forEach((n) => taken.add(n));
  if (EAGER.has(mod)) return line;
  return [
    `// lazy-index: ${mod} loads on first use of one of its exports.`,
    `${JSON.stringify(names)}.forEach(function (n) {`,
    '    if (Object.prototype.hasOwnProperty.call(exports, n)) return;',
    `    Object.defineProperty(exports, n, { enumerable: true, configurable: true, get: function () { return require(${JSON.stringify(mod)})[n]; } });`,
    '});',
  ].join('\n');
});
fs.writeFileSync(indexFile, out.join('\n'));

// Prove it: the same names, and importing loads no construct domain.
const probe = `
  const lib = require(${JSON.stringify(indexFile)});
  const loaded = Object.keys(require.cache).filter((f) => /[\\\\/]dist[\\\\/](aws|kubernetes|checks)[\\\\/]/.test(f));
  process.stdout.write(JSON.stringify({ names: Object.keys(lib).sort(), loaded, ctor: typeof lib.ResilientDeployment }));`;
const result = JSON.parse(execFileSync(process.execPath, ['-e', probe], { encoding: 'utf8' }));
const missing = eagerNames.filter((n) => !result.names.includes(n));
if (missing.length || result.names.length !== eagerNames.length) throw new Error(`lazy-index: exports differ from the eager index: ${missing.join(', ')}`);
if (result.loaded.length) throw new Error(`lazy-index: importing the package still loads ${result.loaded.join(', ')}`);
if (result.ctor !== 'function') throw new Error('lazy-index: a lazy export did not resolve');
console.log(`lazy-index: ${eagerNames.length} exports, construct domains load on first use`);
