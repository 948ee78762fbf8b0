/** Never-throwing readers of synthesized Terraform JSON, for custom rules. */
export * as tfJson from './json';
export * from './stack';
export * from './rule';
export * from './rules';
export * from './check';
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
