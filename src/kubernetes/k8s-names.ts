import { IConstruct } from 'constructs';
import { InvalidPropError, isUnresolved } from '../core/errors';

/** Kubernetes object names and namespaces: DNS-1123 labels (lower-case letters, digits, `-`, at most 63). */
export const DNS_LABEL = /^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/;

export { MANAGED_BY_LABELS } from '../core/contract';

/** Checks a Kubernetes object name or namespace (token-aware). */
export function checkDnsLabel(scope: IConstruct, prop: string, value: string | undefined): void {
  if (value === undefined || isUnresolved(value)) return;
  if (typeof value !== 'string' || !DNS_LABEL.test(value)) {
    throw new InvalidPropError(scope, prop, value, 'must be a DNS-1123 label: 1 to 63 lower-case letters, digits or "-", starting and ending with a letter or digit');
  }
}

/** A default object name from a construct id: lower-cased, other characters turned into `-`, at most 63. */
export function defaultObjectName(scope: IConstruct): string {
  const name = scope.node.id
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, '-')
    .replace(/-+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 63)
    .replace(/-+$/, '');
  return name || 'app';
}

const LABEL_KEY = /^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*\/)?[A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$/;
const LABEL_VALUE = /^([A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?)?$/;

/** Checks Kubernetes labels: qualified keys, values of at most 63 characters. */
export function checkLabels(scope: IConstruct, prop: string, labels: Readonly<Record<string, string>> | undefined): void {
  if (labels === undefined || isUnresolved(labels)) return;
  for (const [key, value] of Object.entries(labels)) {
    if (!isUnresolved(key) && !LABEL_KEY.test(key)) {
      throw new InvalidPropError(scope, `${prop}.${key}`, key, 'label keys must be [prefix/]name, the name 1 to 63 letters, digits, "-", "_" or "."');
    }
    if (!isUnresolved(value) && (typeof value !== 'string' || !LABEL_VALUE.test(value))) {
      throw new InvalidPropError(scope, `${prop}.${key}`, value, 'label values must be at most 63 letters, digits, "-", "_" or ".", starting and ending with a letter or digit');
    }
  }
}
