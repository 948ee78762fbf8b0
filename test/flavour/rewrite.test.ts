import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

// The rule that makes the cdktn package from the cdktf source (used by the build, the cdktn test run and the generator).
const flavours = require('../../scripts/flavours.cjs');
const binding = (name: string) => `../kubernetes-provider/${name}`;
const toCdktn = (source: string) => flavours.rewriteImports(source, (s: string) => flavours.toCdktn(s, binding));

test('rewrites framework and provider specifiers in every import form, and nothing else', () => {
  const source = [
    "import { App, TerraformStack } from 'cdktf';",
    "import { SnsTopic } from '@cdktf/provider-aws/lib/sns-topic';",
    'import { DeploymentV1 } from "@cdktf/provider-kubernetes/lib/deployment-v1";',
    "export { Token } from 'cdktf';",
    "import type { IConstruct } from 'constructs';",
    "const pkg = require('cdktf/package.json');",
    "const lazy = () => import('@cdktf/provider-aws/lib/kms-key');",
    "// a comment naming 'cdktf' and '@cdktf/provider-aws' stays",
    "const tag = 'ManagedBy: cdktf-reliability'; const note = \"cdktf\";",
    "import { x } from './cdktf-helpers';",
  ].join('\n');
  expect(toCdktn(source).split('\n')).toEqual([
    "import { App, TerraformStack } from 'cdktn';",
    "import { SnsTopic } from '@cdktn/provider-aws/lib/sns-topic';",
    'import { DeploymentV1 } from "../kubernetes-provider/deployment-v1";',
    "export { Token } from 'cdktn';",
    "import type { IConstruct } from 'constructs';",
    "const pkg = require('cdktn/package.json');",
    "const lazy = () => import('@cdktn/provider-aws/lib/kms-key');",
    "// a comment naming 'cdktf' and '@cdktf/provider-aws' stays",
    "const tag = 'ManagedBy: cdktf-reliability'; const note = \"cdktf\";",
    "import { x } from './cdktf-helpers';",
  ]);
});

test('PagerDuty deep imports go to the generated bindings (no @cdktn/provider-pagerduty on npm)', () => {
  const source = "import { Service } from '@cdktf/provider-pagerduty/lib/service';";
  expect(flavours.rewriteImports(source, (s: string) => flavours.toCdktn(s, binding, (name: string) => `../pagerduty-provider/${name}`))).toBe(
    "import { Service } from '../pagerduty-provider/service';",
  );
});

test('a cdktf package without a cdktn mapping is an error naming it, not a silent cdktf import', () => {
  expect(() => toCdktn("import { Password } from '@cdktf/provider-random/lib/password';")).toThrow(
    'no cdktn equivalent for "@cdktf/provider-random/lib/password": add one to scripts/flavours.cjs',
  );
});

test('the jest mapping and the build rewrite agree on every specifier the source uses', () => {
  const mapper: Record<string, string> = flavours.cdktnModuleNameMapper();
  const viaJest = (specifier: string) => {
    for (const [pattern, target] of Object.entries(mapper)) {
      const m = specifier.match(new RegExp(pattern));
      if (m) return target.replace(/\$(\d)/g, (_, i) => m[Number(i)]);
    }
    return specifier;
  };
  const used = new Set<string>();
  for (const file of flavours.sourceFiles(path.join(__dirname, '..', '..', 'src'))) {
    for (const { specifier } of flavours.importsOf(fs.readFileSync(file, 'utf8'))) used.add(specifier);
  }
  const framework = [...used].filter((s) => s === 'cdktf' || s.startsWith('@cdktf/'));
  expect(framework.length).toBeGreaterThan(10);
  for (const s of framework) {
    const built = flavours.toCdktn(s, (name: string) => path.join(flavours.KUBERNETES_BINDINGS, name));
    expect([s, viaJest(s)]).toEqual([s, built]);
  }
});

test('kubernetesResourcesUsed lists the provider and each imported resource once', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'k8s-used-'));
  fs.writeFileSync(path.join(dir, 'a.ts'), "import { ServiceV1 } from '@cdktf/provider-kubernetes/lib/service-v1';\nimport { Manifest } from '@cdktf/provider-kubernetes/lib/manifest';");
  fs.writeFileSync(path.join(dir, 'b.ts'), "import { ServiceV1 } from '@cdktf/provider-kubernetes/lib/service-v1';");
  expect(flavours.kubernetesResourcesUsed([dir])).toEqual(['manifest', 'provider', 'service-v1']);
  fs.rmSync(dir, { recursive: true, force: true });
});
