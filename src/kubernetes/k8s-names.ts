import { TerraformProvider, TerraformStack, Token } from 'cdktf';
import { IConstruct } from 'constructs';
import { InvalidPropError } from '../core/errors';
import { isUnresolved } from '../core/tokens';
import { claimName } from '../core/name-registry';
import { checkStringMap } from '../core/prop-types';

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

/** Checks Kubernetes labels: a map of strings, qualified keys, values of at most 63 characters. A token map passes. */
export function checkLabels(scope: IConstruct, prop: string, labels: Readonly<Record<string, string>> | undefined): void {
  checkStringMap(scope, prop, labels);
  if (labels === undefined || isUnresolved(labels)) return;
  for (const [key, value] of Object.entries(labels)) {
    if (!isUnresolved(key) && !LABEL_KEY.test(key)) {
      throw new InvalidPropError(scope, `${prop}.${key}`, key, 'label keys must be [prefix/]name, the name 1 to 63 letters, digits, "-", "_" or "."');
    }
    if (!isUnresolved(value) && !LABEL_VALUE.test(value)) {
      throw new InvalidPropError(scope, `${prop}.${key}`, value, 'label values must be at most 63 letters, digits, "-", "_" or ".", starting and ending with a letter or digit');
    }
  }
}

interface KubernetesProviderLike extends TerraformProvider {
  readonly configContextInput?: string;
  readonly configContextClusterInput?: string;
  readonly configPathInput?: string;
  readonly configPathsInput?: string[];
  readonly hostInput?: string;
}

function known(value: unknown): string | undefined {
  if (value === undefined || value === null || Token.isUnresolved(value)) return undefined;
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** The Kubernetes provider a resource in this scope uses: the one given, or the stack's default (un-aliased) one. */
export function kubernetesProviderOf(scope: IConstruct, provider?: TerraformProvider): TerraformProvider | undefined {
  if (provider) return provider;
  return TerraformStack.of(scope).node.children.find(
    (c): c is TerraformProvider => c instanceof TerraformProvider && c.terraformResourceType === 'kubernetes' && !(c as TerraformProvider).alias,
  );
}

/**
 * Where a Kubernetes object name must be unique, as far as synth can tell:
 * the cluster (the provider's config context, cluster, host or kubeconfig
 * path, when literal) and the namespace. When the provider names no cluster
 * at synth, names are compared within that provider (or the stack) only.
 */
export function kubernetesLocation(scope: IConstruct, namespace: string, provider?: TerraformProvider): string {
  const p = kubernetesProviderOf(scope, provider) as KubernetesProviderLike | undefined;
  const cluster =
    known(p?.hostInput) ??
    [known(p?.configContextClusterInput) ?? known(p?.configContextInput), known(p?.configPathInput) ?? known(p?.configPathsInput)]
      .filter((part) => part !== undefined)
      .join(' ');
  const where = cluster ? `kubernetes ${cluster}` : `kubernetes provider ${(p ?? TerraformStack.of(scope)).node.path}`;
  return `${where} namespace ${namespace}`;
}

/**
 * Claims a Kubernetes object name of one kind in its namespace and cluster;
 * a second construct claiming it fails synth naming both (the second apply
 * would adopt or overwrite the first object). Tokens are not claimed.
 */
export function claimObjectName(scope: IConstruct, kind: string, name: string, namespace: string, provider?: TerraformProvider): void {
  if (isUnresolved(namespace)) return;
  claimName(scope, { kind: `Kubernetes ${kind}`, name, where: kubernetesLocation(scope, namespace, provider) });
}
