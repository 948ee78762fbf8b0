/** Never-throwing readers of synthesized Terraform JSON, for custom rules. */
export * as tfJson from './json';
export * from './stack';
export * from './rule';
export * from './rules';
export * from './check';
// The validity family's seam (StackCheckOptions.validity) and the readers of terraform show -json output.
export type { NameScope, PhysicalNameFact, ValidityEvaluator, ValidityViolation } from './validity/evaluator';
export { stackFromPlan, stackFromState } from './inputs/terraform-show';
export { documentKind } from './inputs/kind';
export type { DocumentKind } from './inputs/kind';
export * from './aspect';
export * from './suppression';
// recordOptOut and suppressRule are for constructs (core/suppressions), re-exported for custom constructs.
export { ownSuppressions, recordOptOut, writeSuppressions } from '../core/suppressions';
// Table helpers (textTable, markdownTable, mdCell) are internal to the CLI and the report.
export { FINDINGS_FORMATS, formatFindings, rulesMarkdownTable } from './format';
export type { FindingsFormat, FormatOptions } from './format';
export * from './report';
export * from './files';
export * from './capacity';
