// Child process for the import benchmark: loads what argv[2] names and prints wall time and RSS.
const start = process.hrtime.bigint();
const what = process.argv[2];
if (what === 'baseline') {
  require('cdktf');
  require('@cdktf/provider-aws/lib/sns-topic');
} else if (what === 'library') {
  require('../dist/index.js');
} else if (what === 'library-all') {
  // First use of one export per construct domain loads each of them.
  const lib = require('../dist/index.js');
  void [lib.AlarmChannel, lib.MultiAzNetwork, lib.AutoScaledService, lib.ResilientDatabase, lib.ResilientDeployment, lib.ReliabilityChecks];
} else if (what === 'aws-root') {
  require('@cdktf/provider-aws');
} else {
  throw new Error(`unknown probe ${what}`);
}
const ms = Number(process.hrtime.bigint() - start) / 1e6;
process.stdout.write(JSON.stringify({ ms, rssMiB: process.memoryUsage().rss / 1048576 }));
