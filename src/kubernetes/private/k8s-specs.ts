import { MapSpec, PropSpec, spec, StringSpec } from '../../core/prop-spec';
import { DNS_1035_LABEL, DNS_LABEL, DNS_SUBDOMAIN, ENV_VAR_NAME, LABEL_KEY, LABEL_VALUE } from '../k8s-names';
import { INT_OR_PERCENT_TEXT, POSITIVE_QUANTITY } from '../quantity';

/**
 * Specs of the values Kubernetes restricts, shared by the Kubernetes
 * constructs: what the API server refuses (the patterns' sources are in
 * `k8s-names.ts` and `quantity.ts`) fails synth instead of `terraform apply`.
 */

type Options = Omit<StringSpec, 'kind' | 'pattern' | 'what'>;
type MapOptions = Omit<MapSpec, 'kind' | 'values' | 'keys' | 'tags'>;

/** A namespace or another DNS-1123 label (`IsDNS1123Label`). */
export const dnsLabel = (o: Options = {}): StringSpec =>
  spec.name({ pattern: DNS_LABEL, what: 'a DNS-1123 label: 1 to 63 lower-case letters, digits or "-", starting and ending with a letter or digit', ...o });

/** A name that is a DNS-1035 label (`IsDNS1035Label`: Service names). */
export const dns1035Label = (why: string, o: Options = {}): StringSpec =>
  spec.name({ pattern: DNS_1035_LABEL, what: `a DNS-1035 label (${why}): 1 to 63 lower-case letters, digits or "-", starting with a letter`, ...o });

/** An object name that is a DNS-1123 subdomain (`IsDNS1123Subdomain`). */
export const dnsSubdomain = (o: Options = {}): StringSpec =>
  spec.name({ pattern: DNS_SUBDOMAIN, what: 'a DNS-1123 subdomain: 1 to 253 lower-case letters, digits, "-" or ".", each dot-separated part starting and ending with a letter or digit', ...o });

/** Kubernetes labels (`IsQualifiedName` keys, `IsValidLabelValue` values); carried when the whole map is a token unless `tokens` says otherwise. */
export const labels = (o: MapOptions = {}): MapSpec =>
  spec.map(spec.name({ pattern: LABEL_VALUE, what: 'a label value: at most 63 letters, digits, "-", "_" or ".", starting and ending with a letter or digit' }), {
    keys: spec.name({ pattern: LABEL_KEY, what: 'a label key: [prefix/]name, the prefix a DNS-1123 subdomain, the name 1 to 63 letters, digits, "-", "_" or "."' }),
    ...o,
  });

/** A map of environment variables: `IsEnvVarName` keys, any text as values. */
export const environment = (o: MapOptions = {}): MapSpec =>
  spec.map(spec.text(), { keys: spec.name({ pattern: ENV_VAR_NAME, what: 'an environment variable name: letters, digits, "_", "-" or ".", not starting with a digit' }), ...o });

/** A positive resource quantity (`250m`, `512Mi`). */
export const quantity = (o: Options = {}): StringSpec =>
  spec.name({ pattern: POSITIVE_QUANTITY, what: 'a positive Kubernetes quantity such as "250m", "0.5", "512Mi" or "1Gi"', maxLength: 64, ...o });

/** A whole number or a percentage (`1`, `"25%"`), as int-or-string fields take them. */
export const intOrPercent = (): PropSpec =>
  spec.either('a whole number or a percentage such as "25%"', [spec.integer({ min: 0, max: 999_999_999 }), spec.name({ pattern: INT_OR_PERCENT_TEXT, what: 'a whole number or a percentage from "0%" to "100%"' })], { tokens: 'carry' });

/**
 * A name the API server takes as a path segment (`IsValidPathSegmentName`:
 * not `.` or `..`, no `/` or `%`): HPA metric names (`validateMetricIdentifier`).
 * Printable ASCII without spaces, as the metrics APIs serve names.
 */
export const pathSegmentName = (o: Options = {}): StringSpec =>
  spec.name({ pattern: /^(?!\.\.?$)[\x21-\x24\x26-\x2e\x30-\x7e]{1,253}$/, what: 'a metric name: 1 to 253 printable characters without spaces, "/" or "%", not "." or ".."', ...o });
