import { NetworkPolicyV1, NetworkPolicyV1SpecEgress, NetworkPolicyV1SpecIngressFrom } from '@cdktf/provider-kubernetes/lib/network-policy-v1';
import { Construct } from 'constructs';
import { intOrString } from '../quantity';
import type { EgressRule, NetworkPeer } from '../resilient-deployment';
import type { WorkloadMetadata } from './workload-resources';

/**
 * The NetworkPolicy of a ResilientDeployment (networking.k8s.io/v1; semantics
 * from https://kubernetes.io/docs/concepts/services-networking/network-policies/):
 *
 * - It selects the workload's pods and lists both policy types, so the pods
 *   are isolated for ingress and egress: only what a rule below allows gets
 *   through (policies are additive; another policy may allow more).
 * - Ingress: the container port (a NetworkPolicy port is the pod's port, after
 *   the Service has translated its own port) from the peers the user names.
 *   Kubelet probes need no rule: "traffic to and from the node where a Pod is
 *   running is always allowed" (the page's exceptions to ipBlock).
 * - Egress: DNS (UDP and TCP 53: answers over 512 bytes retry over TCP) to the
 *   cluster's DNS pods, plus what the user declares.
 */

/** The DNS pods of a cluster: CoreDNS keeps the `k8s-app: kube-dns` label in kubeadm, EKS, GKE and AKS. */
export const DEFAULT_DNS_PEERS: readonly NetworkPeer[] = [{ namespaceLabels: { 'kubernetes.io/metadata.name': 'kube-system' }, podLabels: { 'k8s-app': 'kube-dns' } }];

/** A NetworkPolicyPeer: selectors (podSelector alone means the policy's own namespace), or an ipBlock alone. */
function peer(p: NetworkPeer): NetworkPolicyV1SpecIngressFrom {
  if (p.cidr !== undefined) return { ipBlock: { cidr: p.cidr } };
  return {
    namespaceSelector: p.namespaceLabels !== undefined ? { matchLabels: { ...p.namespaceLabels } } : undefined,
    podSelector: p.podLabels !== undefined ? { matchLabels: { ...p.podLabels } } : undefined,
  };
}

function egressRule(e: EgressRule): NetworkPolicyV1SpecEgress {
  const ports = e.port !== undefined || e.protocol !== undefined ? [{ port: e.port !== undefined ? intOrString(e.port) : undefined, protocol: e.protocol ?? 'TCP' }] : undefined;
  return { to: e.to?.map(peer), ports };
}

export interface NetworkPolicySettings {
  readonly port: number;
  readonly ingressFrom: readonly NetworkPeer[];
  readonly egressTo: readonly EgressRule[];
  readonly dnsPeers: readonly NetworkPeer[];
}

/** Creates the policy under the id `network-policy`. */
export function createNetworkPolicy(scope: Construct, metadata: WorkloadMetadata, selector: Record<string, string>, s: NetworkPolicySettings): NetworkPolicyV1 {
  const dns = s.dnsPeers.map(peer);
  return new NetworkPolicyV1(scope, 'network-policy', {
    metadata,
    spec: {
      podSelector: { matchLabels: selector },
      policyTypes: ['Ingress', 'Egress'],
      // No ingress rule at all when no peer is named: the pods then accept connections from their nodes only.
      ingress: s.ingressFrom.length > 0 ? [{ from: s.ingressFrom.map(peer), ports: [{ port: intOrString(s.port), protocol: 'TCP' }] }] : undefined,
      egress: [
        { to: dns, ports: [{ port: '53', protocol: 'UDP' }, { port: '53', protocol: 'TCP' }] },
        ...s.egressTo.map(egressRule),
      ],
    },
  });
}
