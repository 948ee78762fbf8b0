// Builds the cdktn flavour, the package `cdktn-reliability`, from the same
// source as `cdktf-reliability` (run by `npm run build`, after the cdktf build).
//
// build/cdktn/ is the package root:
//   src/        src/ with every import specifier rewritten (scripts/flavours.cjs),
//               plus src/kubernetes-provider/: the generated hashicorp/kubernetes bindings
//   examples/   examples/ rewritten the same way (CI synthesizes them with cdktn-cli)
//   dist/       compiled against cdktn's and @cdktn/provider-aws's own type declarations
//   package.json, README.md, LICENSE
// `npm pack build/cdktn` makes the tarball. Nothing under build/ is committed.
//
// usage: node scripts/build-cdktn.cjs [outdir]
const fs = require('node:fs');
const path = require('node:path');
const { execFileSync } = require('node:child_process');
const { ROOT, FLAVOURS, KUBERNETES_BINDINGS, PAGERDUTY_BINDINGS, toCdktn, rewriteImports, importsOf, sourceFiles } = require('./flavours.cjs');

const OUT = path.resolve(process.argv[2] ?? path.join(ROOT, 'build', 'cdktn'));
const BINDINGS_DIR = path.join(OUT, 'src', 'kubernetes-provider');
const PAGERDUTY_DIR = path.join(OUT, 'src', 'pagerduty-provider');
const flavour = FLAVOURS.cdktn;

function relativeSpecifier(fromFile, target) {
  const rel = path.relative(path.dirname(fromFile), target).split(path.sep).join('/');
  return rel.startsWith('.') ? rel : `./${rel}`;
}

/** Copies a folder of TypeScript, rewriting every import specifier for cdktn. */
function rewriteTree(from, to) {
  for (const file of sourceFiles(from)) {
    const target = path.join(to, path.relative(from, file));
    const binding = (name) => {
      if (!fs.existsSync(path.join(KUBERNETES_BINDINGS, name))) {
        throw new Error(`${path.relative(ROOT, file)} imports @cdktf/provider-kubernetes/lib/${name}, which has no cdktn binding yet: run node scripts/cdktn-kubernetes-bindings.cjs`);
      }
      return relativeSpecifier(target, path.join(BINDINGS_DIR, name));
    };
    const pagerduty = (name) => {
      if (!fs.existsSync(path.join(PAGERDUTY_BINDINGS, name))) {
        throw new Error(`${path.relative(ROOT, file)} imports @cdktf/provider-pagerduty/lib/${name}, which has no cdktn binding yet: run node scripts/cdktn-pagerduty-bindings.cjs --schema, then without --schema`);
      }
      return relativeSpecifier(target, path.join(PAGERDUTY_DIR, name));
    };
    let source;
    try {
      source = rewriteImports(fs.readFileSync(file, 'utf8'), (s) => toCdktn(s, binding, pagerduty));
    } catch (e) {
      throw new Error(`${path.relative(ROOT, file)}: ${e.message}`);
    }
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, source);
  }
}

const KUBERNETES_EXPORT = { types: './dist/kubernetes-provider/*/index.d.ts', default: './dist/kubernetes-provider/*/index.js' };
const PAGERDUTY_EXPORT = { types: './dist/pagerduty-provider/*/index.d.ts', default: './dist/pagerduty-provider/*/index.js' };

function packageJson() {
  const base = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  return {
    name: flavour.packageName,
    version: base.version,
    description: base.description.replace(/^CDK for Terraform constructs/, 'CDK Terrain (cdktn) constructs'),
    license: base.license,
    keywords: [...new Set(base.keywords.map((k) => (k === 'cdktf' ? 'cdktn' : k)).concat(['cdk-terrain']))],
    main: base.main,
    types: base.types,
    // The generated hashicorp/kubernetes and PagerDuty/pagerduty bindings ship inside the package (none is on npm for cdktn).
    exports: {
      ...base.exports,
      './kubernetes-provider/*': KUBERNETES_EXPORT,
      './dist/kubernetes-provider/*': KUBERNETES_EXPORT,
      './pagerduty-provider/*': PAGERDUTY_EXPORT,
      './dist/pagerduty-provider/*': PAGERDUTY_EXPORT,
    },
    files: base.files,
    engines: flavour.engines,
    // The flavour's own peers, plus the optional peers that name no framework package (the AWS SDK client for gate,
    // vega and vega-lite for report --html): the same in both flavours. @cdktf/* optional peers have their cdktn
    // equivalent among the flavour's peers, or ship as generated bindings (PagerDuty).
    peerDependencies: { ...flavour.peerDependencies, ...Object.fromEntries(sharedOptionalPeers(base).map((k) => [k, base.peerDependencies[k]])) },
    peerDependenciesMeta: { ...flavour.peerDependenciesMeta, ...Object.fromEntries(sharedOptionalPeers(base).map((k) => [k, base.peerDependenciesMeta[k]])) },
    dependencies: base.dependencies,
    bin: { [flavour.packageName]: base.bin[FLAVOURS.cdktf.packageName] },
  };
}

/** The optional peers of the cdktf package that name no framework package. */
function sharedOptionalPeers(base) {
  return Object.keys(base.peerDependenciesMeta ?? {}).filter((k) => !k.startsWith('@cdktf/'));
}

/** Fails when anything compiled still names a cdktf package: the rewrite must be complete. */
function assertNoCdktfImports(dir) {
  const leftovers = [];
  const files = fs.readdirSync(dir, { recursive: true }).filter((f) => /\.(js|d\.ts)$/.test(f));
  for (const f of files) {
    for (const { specifier } of importsOf(fs.readFileSync(path.join(dir, f), 'utf8'))) {
      if (specifier === 'cdktf' || specifier.startsWith('cdktf/') || specifier.startsWith('@cdktf/')) leftovers.push(`${f}: ${specifier}`);
    }
  }
  if (leftovers.length) throw new Error(`the cdktn build still imports cdktf packages:\n  ${leftovers.join('\n  ')}`);
}

function main() {
  fs.rmSync(OUT, { recursive: true, force: true });
  fs.mkdirSync(OUT, { recursive: true });
  rewriteTree(path.join(ROOT, 'src'), path.join(OUT, 'src'));
  rewriteTree(path.join(ROOT, 'examples'), path.join(OUT, 'examples'));
  // Data files the examples read at synth (slo-backends' OpenSLO and sloth YAML) are copied as they are.
  fs.cpSync(path.join(ROOT, 'examples'), path.join(OUT, 'examples'), { recursive: true, filter: (src) => fs.statSync(src).isDirectory() || /\.ya?ml$/.test(src) });
  fs.cpSync(KUBERNETES_BINDINGS, BINDINGS_DIR, { recursive: true, filter: (src) => !src.endsWith('.md') });
  fs.cpSync(PAGERDUTY_BINDINGS, PAGERDUTY_DIR, { recursive: true, filter: (src) => !src.endsWith('.md') });

  fs.writeFileSync(
    path.join(OUT, 'tsconfig.json'),
    JSON.stringify(
      {
        extends: path.relative(OUT, path.join(ROOT, 'tsconfig.json')).split(path.sep).join('/'),
        compilerOptions: { rootDir: 'src', outDir: 'dist', types: ['node'] },
        include: ['src/**/*.ts'],
      },
      null,
      2,
    ),
  );
  execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', path.join(OUT, 'tsconfig.json')], { stdio: 'inherit' });
  execFileSync(process.execPath, [path.join(__dirname, 'lazy-index.cjs'), path.join(OUT, 'dist')], { stdio: 'inherit' });
  assertNoCdktfImports(path.join(OUT, 'dist'));

  fs.writeFileSync(path.join(OUT, 'package.json'), `${JSON.stringify(packageJson(), null, 2)}\n`);
  execFileSync(process.execPath, [path.join(__dirname, 'optional-peer-types.cjs'), OUT], { stdio: 'inherit' });
  for (const f of ['README.md', 'LICENSE']) fs.copyFileSync(path.join(ROOT, f), path.join(OUT, f));
  // For `cdktn synth` over the rewritten examples (CI); not part of the package.
  const tsx = path.join(ROOT, 'node_modules', '.bin', 'tsx');
  fs.writeFileSync(
    path.join(OUT, 'cdktf.json'),
    `${JSON.stringify({ language: 'typescript', app: `${tsx} examples/main.ts`, projectId: 'cdktn-reliability-examples', sendCrashReports: 'false', terraformProviders: [], terraformModules: [], context: {} }, null, 2)}\n`,
  );
  console.log(`cdktn flavour: ${path.relative(ROOT, OUT)}/ (${flavour.packageName}, peers ${Object.entries(flavour.peerDependencies).map(([k, v]) => `${k}@${v}`).join(', ')})`);
}

try {
  main();
} catch (e) {
  console.error(`build-cdktn: ${e.message}`);
  process.exit(1);
}
