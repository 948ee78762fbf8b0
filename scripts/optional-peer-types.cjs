// Post-build step: lets an app type-check the package's declarations without
// installing the optional integrations it does not use.
//
// A few declarations name an optional peer's types (PagerDutyEscalation's
// `services` are @cdktf/provider-pagerduty Services, DatadogSlos' monitors are
// @cdktf/provider-datadog Monitors, `gate`'s CloudWatch client options are
// @aws-sdk/client-cloudwatch shapes). An app that does not install that peer
// and type-checks its dependencies (no `skipLibCheck`) would get TS2307
// "Cannot find module" from our .d.ts. A `// @ts-ignore` on the importing line
// turns the missing module's names into `any` for that app only; an app that
// installs the peer gets the real types (the comment suppresses nothing then).
//
// usage: node scripts/optional-peer-types.cjs PACKAGE_ROOT   (reads PACKAGE_ROOT/package.json, edits PACKAGE_ROOT/dist)
const fs = require('node:fs');
const path = require('node:path');

const MARK = '// @ts-ignore optional peer, absent unless its integration is used (scripts/optional-peer-types.cjs)';

/** The optional peers of a package.json. */
function optionalPeers(pkg) {
  return Object.entries(pkg.peerDependenciesMeta ?? {})
    .filter(([, meta]) => meta && meta.optional)
    .map(([name]) => name);
}

/** True when the line names one of the modules (the module itself or a path under it) in quotes. */
function namesPeer(line, peers) {
  return peers.some((p) => line.includes(`'${p}'`) || line.includes(`"${p}"`) || line.includes(`'${p}/`) || line.includes(`"${p}/`));
}

/** Marks every declaration line naming an optional peer; returns the number of lines marked. */
function markDeclarations(source, peers) {
  const lines = source.split('\n');
  const out = [];
  let marked = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const previous = out[out.length - 1];
    if (namesPeer(line, peers) && !line.trimStart().startsWith('*') && !line.trimStart().startsWith('//') && !(previous && previous.trim() === MARK)) {
      out.push(`${line.match(/^\s*/)[0]}${MARK}`);
      marked++;
    }
    out.push(line);
  }
  return { source: out.join('\n'), marked };
}

function main() {
  const root = path.resolve(process.argv[2] ?? '.');
  const peers = optionalPeers(JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')));
  const dist = path.join(root, 'dist');
  let files = 0;
  let lines = 0;
  for (const f of fs.readdirSync(dist, { recursive: true })) {
    if (!f.endsWith('.d.ts')) continue;
    const file = path.join(dist, f);
    const { source, marked } = markDeclarations(fs.readFileSync(file, 'utf8'), peers);
    if (marked) {
      fs.writeFileSync(file, source);
      files++;
      lines += marked;
    }
  }
  console.log(`optional-peer-types: ${lines} declaration line(s) in ${files} file(s) name an optional peer (${peers.join(', ')})`);
}

if (require.main === module) main();
module.exports = { markDeclarations, optionalPeers, MARK };
