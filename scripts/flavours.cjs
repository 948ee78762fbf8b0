// The two flavours of this library, and the one rule that turns the cdktf
// source into the cdktn flavour: a rewrite of import specifiers, nothing else.
// The build (scripts/build-cdktn.cjs), the cdktn jest config, the binding
// generator and the benchmark all read this module, so they agree.
//
// cdktf                              -> cdktn
// cdktf/<path>                       -> cdktn/<path>
// @cdktf/provider-aws[/<path>]       -> @cdktn/provider-aws[/<path>]
// @cdktf/provider-datadog[/<path>]   -> @cdktn/provider-datadog[/<path>] (an optional peer: DatadogSlos only)
// @cdktf/provider-kubernetes/lib/<r> -> the generated bindings (cdktn/kubernetes-provider/<r>)
// @cdktf/provider-pagerduty/lib/<r>  -> the generated bindings (cdktn/pagerduty-provider/<r>)
// any other @cdktf/* specifier       -> an error naming it: it needs a mapping here
const fs = require('node:fs');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..');

/** Where the generated cdktn bindings for hashicorp/kubernetes live in the repository. */
const KUBERNETES_BINDINGS = path.join(ROOT, 'cdktn', 'kubernetes-provider');
/** Where the generated cdktn bindings for PagerDuty/pagerduty live (scripts/cdktn-pagerduty-bindings.cjs). */
const PAGERDUTY_BINDINGS = path.join(ROOT, 'cdktn', 'pagerduty-provider');

/** The versions each flavour's package asks of its users (peer dependencies and engines). */
const FLAVOURS = {
  cdktf: {
    framework: 'cdktf',
    packageName: 'cdktf-reliability',
    awsProvider: '@cdktf/provider-aws',
    kubernetesProvider: '@cdktf/provider-kubernetes',
  },
  cdktn: {
    framework: 'cdktn',
    packageName: 'cdktn-reliability',
    awsProvider: '@cdktn/provider-aws',
    kubernetesProvider: null, // no @cdktn/provider-kubernetes on npm: the package ships generated bindings
    peerDependencies: {
      '@cdktn/provider-aws': '^25.7.0',
      // Optional (peerDependenciesMeta): only DatadogSlos loads it, on first use.
      '@cdktn/provider-datadog': '^16.1.0',
      cdktn: '^0.24.0',
      // cdktn 0.24 and @cdktn/provider-aws 25 accept exactly this range.
      constructs: '>=10.6.0 <10.8.0',
    },
    peerDependenciesMeta: { '@cdktn/provider-datadog': { optional: true } },
    // @cdktn/provider-aws 25 declares node >= 22.11 (cdktn-cli wants >= 22.19, but the CLI is the user's).
    engines: { node: '>=22.11' },
  },
};

const KUBERNETES_LIB = /^@cdktf\/provider-kubernetes\/lib\/([a-z0-9-]+)$/;
const PAGERDUTY_LIB = /^@cdktf\/provider-pagerduty\/lib\/([a-z0-9-]+)$/;

/**
 * The cdktn specifier for a cdktf-flavour import specifier, or the same
 * specifier when it names no framework package. `kubernetesBindings` and
 * `pagerdutyBindings` map a resource folder name to the specifier of its
 * generated binding.
 */
function toCdktn(specifier, kubernetesBindings, pagerdutyBindings = (name) => `${PAGERDUTY_BINDINGS}/${name}`) {
  if (specifier === 'cdktf' || specifier.startsWith('cdktf/')) return `cdktn${specifier.slice('cdktf'.length)}`;
  if (specifier === '@cdktf/provider-aws' || specifier.startsWith('@cdktf/provider-aws/')) {
    return `@cdktn/provider-aws${specifier.slice('@cdktf/provider-aws'.length)}`;
  }
  if (specifier === '@cdktf/provider-datadog' || specifier.startsWith('@cdktf/provider-datadog/')) {
    return `@cdktn/provider-datadog${specifier.slice('@cdktf/provider-datadog'.length)}`;
  }
  const k8s = specifier.match(KUBERNETES_LIB);
  if (k8s) return kubernetesBindings(k8s[1]);
  const pd = specifier.match(PAGERDUTY_LIB);
  if (pd) return pagerdutyBindings(pd[1]);
  if (specifier.startsWith('@cdktf/')) {
    throw new Error(`no cdktn equivalent for "${specifier}": add one to scripts/flavours.cjs (the cdktn flavour is a rewrite of import specifiers)`);
  }
  return specifier;
}

/** Import specifiers of a TypeScript/JavaScript source, with their positions (imports, exports, require, import()). */
function importsOf(source) {
  const ts = require('typescript');
  const info = ts.preProcessFile(source, true, true);
  // `pos` is where the string literal starts (its quote); the specifier is the text inside the quotes.
  return info.importedFiles.map((f) => {
    const start = source.indexOf(f.fileName, f.pos);
    if (start < 0 || !/['"`]/.test(source[start - 1]) || source[start + f.fileName.length] !== source[start - 1]) {
      throw new Error(`cannot locate the import specifier "${f.fileName}" at offset ${f.pos}`);
    }
    return { specifier: f.fileName, pos: start, end: start + f.fileName.length };
  });
}

/** Rewrites every import specifier of `source` with `map`; returns the new source. */
function rewriteImports(source, map) {
  let out = '';
  let last = 0;
  for (const imp of importsOf(source).sort((a, b) => a.pos - b.pos)) {
    const next = map(imp.specifier);
    if (next === imp.specifier) continue;
    out += source.slice(last, imp.pos) + next;
    last = imp.end;
  }
  return out + source.slice(last);
}

/** Kubernetes resource folders (`deployment-v1`, ...) imported under `dirs`, plus `provider`. */
function kubernetesResourcesUsed(dirs) {
  return providerResourcesUsed(dirs, KUBERNETES_LIB);
}

/** Resource folders of a provider package (`lib` matches its deep imports) imported under `dirs`, plus `provider`. */
function providerResourcesUsed(dirs, lib) {
  const used = new Set(['provider']);
  for (const file of dirs.flatMap((d) => sourceFiles(d))) {
    for (const { specifier } of importsOf(fs.readFileSync(file, 'utf8'))) {
      const m = specifier.match(lib);
      if (m) used.add(m[1]);
    }
  }
  return [...used].sort();
}

/** .ts/.js/.cjs/.mjs files under dir (recursively), skipping node_modules. */
function sourceFiles(dir) {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === 'node_modules' ? [] : sourceFiles(p);
    return /\.(ts|js|cjs|mjs)$/.test(e.name) && !e.name.endsWith('.d.ts') ? [p] : [];
  });
}

/**
 * jest `moduleNameMapper` that runs the cdktf-flavour source and tests on
 * cdktn: the same rewrite as the build, applied at module resolution.
 */
function cdktnModuleNameMapper() {
  return {
    '^cdktf$': 'cdktn',
    '^cdktf/(.*)$': 'cdktn/$1',
    '^@cdktf/provider-aws$': '@cdktn/provider-aws',
    '^@cdktf/provider-aws/(.*)$': '@cdktn/provider-aws/$1',
    '^@cdktf/provider-datadog$': '@cdktn/provider-datadog',
    '^@cdktf/provider-datadog/(.*)$': '@cdktn/provider-datadog/$1',
    '^@cdktf/provider-kubernetes/lib/([a-z0-9-]+)$': `${KUBERNETES_BINDINGS}/$1`,
    '^@cdktf/provider-pagerduty/lib/([a-z0-9-]+)$': `${PAGERDUTY_BINDINGS}/$1`,
  };
}

module.exports = {
  ROOT,
  FLAVOURS,
  KUBERNETES_BINDINGS,
  PAGERDUTY_BINDINGS,
  PAGERDUTY_LIB,
  toCdktn,
  importsOf,
  rewriteImports,
  kubernetesResourcesUsed,
  providerResourcesUsed,
  sourceFiles,
  cdktnModuleNameMapper,
};
