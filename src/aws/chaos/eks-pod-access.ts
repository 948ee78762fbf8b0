import { EksAccessEntry } from '@cdktf/provider-aws/lib/eks-access-entry';
import { RoleBindingV1 } from '@cdktf/provider-kubernetes/lib/role-binding-v1';
import { RoleV1 } from '@cdktf/provider-kubernetes/lib/role-v1';
import { ServiceAccountV1 } from '@cdktf/provider-kubernetes/lib/service-account-v1';
import { Construct } from 'constructs';
import { claimObjectName, MANAGED_BY_LABELS } from '../../kubernetes/k8s-names';
import { FIS_POD_RBAC_RULES } from './eks-pod-plan';

/**
 * What FIS needs inside an EKS cluster to run `aws:eks:pod-*` actions (FIS User Guide, "Use the AWS FIS
 * aws:eks:pod actions"): the experiment role mapped to a Kubernetes user by an EKS access entry, a service account
 * for the FIS pod, and one namespaced Role bound to both. The access entry carries no access policy: the Role is
 * the only permission, limited to the drilled namespace (EKS User Guide, "Grant IAM users access to Kubernetes with
 * EKS access entries": a STANDARD entry's user name is what RBAC bindings name). The cluster's authentication mode
 * must accept access entries (API or API_AND_CONFIG_MAP).
 */
export interface EksPodAccess {
  readonly accessEntry: EksAccessEntry;
  readonly serviceAccount: ServiceAccountV1;
  readonly role: RoleV1;
  readonly roleBinding: RoleBindingV1;
  /** The Kubernetes user name the experiment role acts as. */
  readonly userName: string;
}

export interface EksPodAccessProps {
  readonly clusterName: string;
  readonly namespace: string;
  /** The experiment role's ARN. */
  readonly roleArn: string;
  /** Name of the service account, Role and RoleBinding, and the user name's suffix (a DNS-1123 label). */
  readonly name: string;
  readonly region?: string;
}

export function eksPodAccess(scope: Construct, props: EksPodAccessProps): EksPodAccess {
  const userName = `fis-experiment-${props.name}`;
  const accessEntry = new EksAccessEntry(scope, 'eks-access-entry', { clusterName: props.clusterName, principalArn: props.roleArn, type: 'STANDARD', userName, region: props.region });
  const metadata = { name: props.name, namespace: props.namespace, labels: { ...MANAGED_BY_LABELS } };
  const serviceAccount = new ServiceAccountV1(scope, 'fis-service-account', { metadata });
  const role = new RoleV1(scope, 'fis-role', { metadata, rule: FIS_POD_RBAC_RULES.map((r) => ({ apiGroups: [...r.apiGroups], resources: [...r.resources], verbs: [...r.verbs] })) });
  const roleBinding = new RoleBindingV1(scope, 'fis-role-binding', {
    metadata,
    roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'Role', name: props.name },
    subject: [
      { kind: 'ServiceAccount', name: props.name, namespace: props.namespace },
      { kind: 'User', name: userName, apiGroup: 'rbac.authorization.k8s.io' },
    ],
    dependsOn: [role, serviceAccount],
  });
  for (const kind of ['ServiceAccount', 'Role', 'RoleBinding']) claimObjectName(scope, kind, props.name, props.namespace);
  return { accessEntry, serviceAccount, role, roleBinding, userName };
}
