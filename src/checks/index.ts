/** Never-throwing readers of synthesized Terraform JSON, for custom rules. */
export * as tfJson from './json';
export { TerraformJsonStack } from './stack';
export type { ProviderConfiguration, StackModelInput, StackOrigin, TerraformJsonResource } from './stack';
export * from './rule';
export * from './rules';
export * from './check';
// The validity family's seam (StackCheckOptions.validity) and the readers of terraform show -json output.
export type { NameScope, PhysicalNameFact, ValidityEvaluator, ValidityViolation } from './validity/evaluator';
export { stackFromPlan, stackFromState } from './inputs/terraform-show';
export * from './aspect';
export { RULE_ID_PATTERN, SUPPRESSION_METADATA_TYPE, SUPPRESSIONS_JSON_KEY } from './suppression';
export type { RuleSuppression } from './suppression';
// recordOptOut is for constructs (core/suppressions), re-exported for a team's own constructs.
export { recordOptOut } from '../core/suppressions';
// Table helpers (textTable, markdownTable, mdCell) are internal to the CLI and the report.
export { FINDINGS_FORMATS, formatFindings, rulesMarkdownTable } from './format';
export type { FindingsFormat, FormatOptions } from './format';
export * from './report';
// Reading files and the report's capacity section are the CLI's; loadStacks is the entry point.
export { loadStacks, StackFileError } from './files';
export type { LoadedStack, LoadOptions, StackSource } from './files';
