import { TerraformMetaArguments, TerraformResourceConfig } from 'cdktf';

/**
 * The config of a typed wrapper for an AWS resource or data source the
 * pinned bindings lack: its type, the first provider version that has it,
 * and the user's meta-arguments passed through unchanged.
 */
export function newerAwsResourceConfig(resourceType: string, minProviderVersion: string, meta: TerraformMetaArguments): TerraformResourceConfig {
  return {
    terraformResourceType: resourceType,
    terraformGeneratorMetadata: { providerName: 'aws', providerVersionConstraint: `>= ${minProviderVersion}` },
    provider: meta.provider,
    dependsOn: meta.dependsOn,
    count: meta.count,
    lifecycle: meta.lifecycle,
    provisioners: meta.provisioners,
    connection: meta.connection,
    forEach: meta.forEach,
  };
}
