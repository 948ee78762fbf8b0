/**
 * Module calls of a Terraform JSON configuration (`module "alb" { source =
 * "terraform-aws-modules/alb/aws" }`): the JSON holds the call, not the
 * module's resources, so no rule judges them. The check says so, once per
 * call, as a note (severity `info`, never failing): a clean result over a
 * configuration made of module calls is not a clean stack. A plan or state
 * (`terraform show -json`) holds every module's resources, and the rules
 * judge them there.
 */
import { ReliabilityFinding } from './rule';
import { TerraformJsonStack } from './stack';

/** The id, title and advice of the module-call note (set it to `off` in the rule settings to silence it). */
export const MODULE_CALLS_NOTE = {
  id: 'REL-MOD-1',
  title: 'Module calls are judged over the plan',
  remediation:
    "Run the check over the plan, which holds every module's resources: terraform plan -out tfplan && terraform show -json tfplan > plan.json && cdktf-reliability check plan.json",
} as const;

/** One `info` finding per module call of a configuration; none for a plan or a state (their resources include the modules'). */
export function moduleCallNotes(stack: TerraformJsonStack): ReliabilityFinding[] {
  if (stack.origin !== 'configuration') return [];
  return stack.moduleCalls.map((call) => ({
    ruleId: MODULE_CALLS_NOTE.id,
    family: 'reliability',
    severity: 'info',
    title: MODULE_CALLS_NOTE.title,
    stack: stack.name,
    address: call.address,
    message: `module "${call.name}"${call.source !== undefined ? ` (source ${JSON.stringify(call.source)}${call.version !== undefined ? `, version ${JSON.stringify(call.version)}` : ''})` : ''} was not judged: this JSON holds the call, not the module's resources`,
    remediation: MODULE_CALLS_NOTE.remediation,
  }));
}
