import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { AwsProvider } from '@cdktf/provider-aws/lib/provider';
import { KubernetesProvider } from '@cdktf/provider-kubernetes/lib/provider';
import { App, DefaultTokenResolver, StringConcat, Testing, TerraformStack, Tokenization } from 'cdktf';
import { Construct } from 'constructs';

/** A test stack with the AWS and Kubernetes providers configured, as a user's stack would have. */
export class TestStack extends TerraformStack {
  constructor(scope: Construct, id = 'test') {
    super(scope, id);
    new AwsProvider(this, 'aws', { region: 'eu-west-1' });
    new KubernetesProvider(this, 'kubernetes', { configPath: '~/.kube/config' });
  }
}

/** A testing app (stubbed version, no stack traces: nothing machine-specific in snapshots) and a stack in it. */
export function testStack(id = 'test'): { app: App; stack: TestStack } {
  const app = Testing.app();
  return { app, stack: new TestStack(app, id) };
}

/** Synthesized Terraform JSON of a stack, as the string the cdktf matchers take. */
export function synth(stack: TerraformStack): string {
  return Testing.synth(stack);
}

/** Synthesized Terraform JSON of a stack, parsed. */
export function synthJson(stack: TerraformStack): SynthesizedStack {
  return JSON.parse(Testing.synth(stack));
}

/** Builds constructs in a fresh test stack and returns the parsed synthesized JSON. */
export function synthWith(build: (stack: TestStack) => void): SynthesizedStack {
  const { stack } = testStack();
  build(stack);
  return synthJson(stack);
}

export interface SynthesizedStack {
  resource?: Record<string, Record<string, any>>;
  data?: Record<string, Record<string, any>>;
  output?: Record<string, any>;
  provider?: Record<string, any>;
  [key: string]: any;
}

/** Every resource of one type, keyed by logical name. */
export function resourcesOf(json: SynthesizedStack, type: string): Record<string, any> {
  return json.resource?.[type] ?? {};
}

/** The single resource of a type; fails the test if there are none or several. */
export function onlyResource(json: SynthesizedStack, type: string): any {
  const all = Object.values(resourcesOf(json, type));
  if (all.length !== 1) throw new Error(`expected exactly one ${type}, found ${all.length}`);
  return all[0];
}

/** Warning and error annotations recorded on constructs, as "path: message" strings. */
export function annotations(scope: Construct, level: 'warn' | 'error' | 'info' = 'warn'): string[] {
  return scope.node
    .findAll()
    .flatMap((c) => c.node.metadata.filter((m) => m.type === `@cdktf/${level}`).map((m) => `${c.node.path}: ${String(m.data)}`));
}

const TF_VALIDATE = path.resolve(__dirname, '..', '..', 'shared', 'tools', 'tf-validate.mjs');
let warnedMissing = false;

/**
 * Runs the provider-schema check (`../shared/tools/tf-validate.mjs`) over a
 * synthesized stack and returns its errors. When the checker is not beside
 * the repository (a user's clone) it returns no errors and says so once.
 */
export function schemaErrors(stack: TerraformStack): string[] {
  if (!fs.existsSync(TF_VALIDATE)) {
    if (!warnedMissing) {
      warnedMissing = true;
      console.warn(`provider-schema check skipped: ${TF_VALIDATE} not found (it ships beside the repository in CI)`);
    }
    return [];
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tfv-'));
  const file = path.join(dir, 'cdk.tf.json');
  fs.writeFileSync(file, Testing.synth(stack));
  try {
    execFileSync(process.execPath, [TF_VALIDATE, '--quiet', file], { encoding: 'utf8', stdio: 'pipe' });
    return [];
  } catch (e: any) {
    const out = `${e.stdout ?? ''}${e.stderr ?? ''}`;
    const errors = out.split('\n').filter((l: string) => l.startsWith('error: '));
    return errors.length ? errors : [out.trim() || String(e)];
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Resolves tokens in a value to the Terraform expressions they synthesize to (`${aws_x.y.arn}`). */
export function resolveTokens(scope: Construct, value: unknown): any {
  return Tokenization.resolve(value, { scope, resolver: new DefaultTokenResolver(new StringConcat()) });
}
