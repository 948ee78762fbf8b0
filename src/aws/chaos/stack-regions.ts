import { TerraformProvider, TerraformStack, Token } from 'cdktf';
import { IConstruct } from 'constructs';

/**
 * The regions the stack's AWS providers are configured for, when every one
 * of them is known at synth; `undefined` when any provider's region is a
 * variable or left to the environment (then nothing can be checked).
 */
export function stackAwsRegions(scope: IConstruct): string[] | undefined {
  const providers = TerraformStack.of(scope)
    .node.findAll()
    .filter((c): c is TerraformProvider => c instanceof TerraformProvider && c.terraformResourceType === 'aws');
  const regions = new Set<string>();
  for (const p of providers) {
    const region = (p as TerraformProvider & { regionInput?: string }).regionInput;
    if (typeof region !== 'string' || Token.isUnresolved(region)) return undefined;
    regions.add(region);
  }
  return providers.length > 0 ? [...regions] : undefined;
}
