import type { ResourceRules } from '../types';
export const RULE_LOADERS: Readonly<Record<string, () => ResourceRules>> = {};
