// Equivalence of two builds of `check`: runs the CLI of each dist folder over the given files or folders in every
// output format and compares the outputs byte for byte (timing fields aside). For performance work, where the
// findings must not change: node bench/equivalence.cjs BASE_DIST NEW_DIST PATH...
'use strict';
const path = require('node:path');
const [base, next, ...inputs] = process.argv.slice(2);
if (!base || !next || inputs.length === 0) {
  console.error('usage: node bench/equivalence.cjs BASE_DIST NEW_DIST PATH...');
  process.exit(2);
}
// EQUIVALENCE_FORMATS=json,sarif narrows the formats (the 50,000-resource inputs take a while in each).
const FORMATS = (process.env.EQUIVALENCE_FORMATS ?? 'json,sarif,table,junit,markdown').split(',');
function outputOf(dist, args) {
  const { main } = require(path.resolve(dist, 'cli', 'main.js'));
  let out = '';
  let err = '';
  const code = main(args, { out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}
let differences = 0;
for (const input of inputs) {
  for (const format of FORMATS) {
    const args = ['check', input, '--format', format];
    const a = outputOf(base, args);
    const b = outputOf(next, args);
    const same = a.code === b.code && a.out === b.out && a.err === b.err;
    if (!same) differences++;
    console.log(`${same ? 'same' : 'DIFFERENT'}  ${format.padEnd(8)} ${input} (exit ${a.code}/${b.code}, ${a.out.length} bytes)`);
  }
}
process.exit(differences ? 1 : 0);
