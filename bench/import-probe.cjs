// Child process for the import benchmark: loads what argv[2] names, for the flavour argv[3], and prints wall time and RSS.
const { flavour } = require('./flavours.cjs');

const f = flavour(process.argv[3] ?? 'cdktf');
const start = process.hrtime.bigint();
const what = process.argv[2];
if (what === 'baseline') {
  require(f.framework);
  require(`${f.aws}/lib/sns-topic`);
} else if (what === 'library') {
  require(f.lib);
} else if (what === 'library-all') {
  // First use of one export per construct domain loads each of them.
  const lib = require(f.lib);
  void [lib.AlarmChannel, lib.MultiAzNetwork, lib.AutoScaledService, lib.ResilientDatabase, lib.ResilientDeployment, lib.ReliabilityChecks];
} else if (what === 'aws-root') {
  require(f.aws);
} else {
  throw new Error(`unknown probe ${what}`);
}
const ms = Number(process.hrtime.bigint() - start) / 1e6;
process.stdout.write(JSON.stringify({ ms, rssMiB: process.memoryUsage().rss / 1048576 }));
