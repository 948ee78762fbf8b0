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
