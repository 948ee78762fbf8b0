import * as fs from 'node:fs';
import * as path from 'node:path';
import { TerraformElement } from 'cdktf';
import { Construct } from 'constructs';
import * as lib from '../src';

/** Exported construct classes that are not constructs a user instantiates. */
const NOT_INSTANTIATED = new Set(['ReliableConstruct']);

function contractFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return contractFiles(full);
    return e.name.endsWith('.contract.test.ts') ? [full] : [];
  });
}

test('every public construct runs the contract suite and the bad-input sweep (a *.contract.test.ts calling contractSuite)', () => {
  const constructs = Object.entries(lib)
    // Provider resource bindings (TerraformElement subclasses) are not constructs of the library's shape.
    .filter(([name, value]) => typeof value === 'function' && value.prototype instanceof Construct && !(value.prototype instanceof TerraformElement) && !NOT_INSTANTIATED.has(name))
    .map(([name]) => name)
    .sort();
  const covered = new Set(
    contractFiles(__dirname).flatMap((file) => [...fs.readFileSync(file, 'utf8').matchAll(/contractSuite<\w+>\(\{\s*construct: '(\w+)'/g)].map((m) => m[1])),
  );
  expect(constructs).toEqual(expect.arrayContaining(['AlarmChannel', 'AutoScaledService', 'MultiAzNetwork', 'ResilientDatabase', 'ResilientDeployment', 'SloAlarms', 'SloRules', 'VeleroSchedule']));
  expect(constructs.filter((c) => !covered.has(c))).toEqual([]);
});

test('every construct with a contract suite is described by prop specs, listed in the spec registry (docs/props.md), and its suite reads them', () => {
  // Imported here, not at the top: the registry loads every construct's spec module.
  const { SPEC_REGISTRY } = require('../scripts/prop-tables/registry') as typeof import('../scripts/prop-tables/registry');
  const registered = new Set(SPEC_REGISTRY.map((e) => e.construct));
  const suites = contractFiles(__dirname).map((file) => ({ file, text: fs.readFileSync(file, 'utf8') }));
  const constructs = suites.flatMap(({ text }) => [...text.matchAll(/contractSuite<\w+>\(\{\s*construct: '(\w+)'/g)].map((m) => m[1]));
  expect(constructs.filter((c) => !registered.has(c)).sort()).toEqual([]);
  const withProps = suites.filter(({ text }) => /^\s+props: \{/m.test(text)).flatMap(({ text }) => [...text.matchAll(/construct: '(\w+)'/g)].map((m) => m[1]));
  expect(withProps).toEqual([]);
});
