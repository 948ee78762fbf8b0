import { TerraformProvider, TerraformStack, Token } from 'cdktf';
import { IConstruct } from 'constructs';
import { PropError } from '../core/errors';
import { defaultProviderOf } from '../core/default-provider';
import { checkConstructFramework } from '../core/framework';
import { isUnresolved } from '../core/tokens';
import { claimName } from '../core/name-registry';

/**
 * What the Kubernetes API server accepts as names and labels, from
 * k8s.io/apimachinery/pkg/util/validation/validation.go (the functions named
 * beside each pattern; the API server runs them on every object it admits).
 */

/** `IsDNS1123Label`: namespaces, container names (`ValidateNamespaceName`, `validateContainers`): at most 63. */
export const DNS_LABEL = /^(?=.{1,63}$)[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
/** `IsDNS1035Label`: Service names (`ValidateServiceName`): a DNS-1123 label that starts with a letter. */
export const DNS_1035_LABEL = /^(?=.{1,63}$)[a-z]([-a-z0-9]*[a-z0-9])?$/;
/** `IsDNS1123Subdomain`: most object names (`NameIsDNSSubdomain`: priority classes, service accounts, custom resources): at most 253. */
export const DNS_SUBDOMAIN = /^(?=.{1,253}$)[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
/** `IsQualifiedName`: label keys, `[prefix/]name`, the prefix a DNS-1123 subdomain, the name at most 63. */
export const LABEL_KEY = /^(?:(?=[^/]{1,253}\/)[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*\/)?(?=[^/]{1,63}$)[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$/;
/** `IsValidLabelValue`: empty, or at most 63 letters, digits, `-`, `_` or `.`, starting and ending with a letter or digit. */
export const LABEL_VALUE = /^(?=.{0,63}$)(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$/;
/** `IsEnvVarName`: environment variable names (`validateEnv`). */
export const ENV_VAR_NAME = /^[-._a-zA-Z][-._a-zA-Z0-9]*$/;

export { MANAGED_BY_LABELS } from '../core/contract';

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
  if (provider !== undefined && !TerraformProvider.isTerraformProvider(provider)) throw new PropError('provider', provider, 'must be a Kubernetes provider (a TerraformProvider) or left out');
  if (provider) {
    checkConstructFramework(scope, 'provider', provider);
    return provider;
  }
  return defaultProviderOf(scope, 'kubernetes', "the stack's Kubernetes provider");
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
