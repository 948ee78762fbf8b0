import { KubernetesProvider } from '@cdktf/provider-kubernetes/lib/provider';
import { NamespaceV1 } from '@cdktf/provider-kubernetes/lib/namespace-v1';
import { TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { ResilientDeployment, SloRules, VeleroSchedule } from '../../src';

export interface KubernetesServiceStackProps {
  /**
   * kubeconfig the provider reads.
   * @default '~/.kube/config'
   */
  readonly kubeconfigPath?: string;
  /**
   * kubeconfig context.
   * @default - the current context
   */
  readonly kubeconfigContext?: string;
  /**
   * Image of the service.
   * @default 'ghcr.io/acme/checkout:1.0.0'
   */
  readonly image?: string;
  /**
   * Labels the Prometheus operator's ruleSelector matches.
   * @default - { release: 'kube-prometheus-stack' }
   */
  readonly prometheusRuleLabels?: Readonly<Record<string, string>>;
}

/**
 * A checkout service on Kubernetes that survives a zone outage and a node
 * drain, scales with load, pages on SLO burn and is backed up nightly.
 *
 * Expects in the cluster: the Prometheus operator (kube-prometheus-stack,
 * for the PrometheusRule CRD, in namespace `monitoring`), Velero (in
 * namespace `velero`), and nodes in at least two zones
 * (`topology.kubernetes.io/zone`). See README.md.
 */
export class KubernetesServiceStack extends TerraformStack {
  public readonly namespace: NamespaceV1;
  public readonly workload: ResilientDeployment;
  public readonly sloRules: SloRules;
  public readonly backups: VeleroSchedule;

  constructor(scope: Construct, id: string, props: KubernetesServiceStackProps = {}) {
    super(scope, id);
    new KubernetesProvider(this, 'kubernetes', {
      configPath: props.kubeconfigPath ?? '~/.kube/config',
      configContext: props.kubeconfigContext,
    });

    this.namespace = new NamespaceV1(this, 'namespace', {
      metadata: { name: 'checkout', labels: { 'pod-security.kubernetes.io/enforce': 'restricted' } },
    });

    // Three replicas over three zones, never fewer than three during a rollout,
    // one pod at a time during a drain, 3 to 12 pods on CPU and request rate.
    this.workload = new ResilientDeployment(this, 'checkout', {
      namespace: this.namespace.metadata.name,
      image: props.image ?? 'ghcr.io/acme/checkout:1.0.0',
      containerPort: 8080,
      replicas: 3,
      maxReplicas: 12,
      cpuUtilization: 70,
      podsMetrics: [{ name: 'http_requests_per_second', averageValue: '50' }],
      readinessProbe: { path: '/ready', periodSeconds: 5 },
      livenessProbe: { path: '/healthz', periodSeconds: 10, failureThreshold: 3 },
      startupProbe: { path: '/healthz', failureThreshold: 30 },
      cpuRequest: '250m',
      memoryRequest: '256Mi',
      memoryLimit: '512Mi',
      runAsUser: 10001,
      priorityClassName: 'business-critical',
      env: { LOG_LEVEL: 'info' },
      // The NetworkPolicy lets in the ingress controller and Prometheus (which scrapes the pods on the
      // container port) and lets out DNS only: checkout calls nothing else in this example.
      ingressFrom: [
        { namespaceLabels: { 'kubernetes.io/metadata.name': 'ingress-nginx' } },
        { namespaceLabels: { 'kubernetes.io/metadata.name': 'monitoring' }, podLabels: { 'app.kubernetes.io/name': 'prometheus' } },
      ],
    });

    // Two SLOs, both over 30 days with the SRE Workbook's page/ticket policy.
    this.sloRules = new SloRules(this, 'slos', {
      service: 'checkout',
      labels: props.prometheusRuleLabels ?? { release: 'kube-prometheus-stack' },
      alertLabels: { team: 'payments' },
      slos: [
        {
          name: 'availability',
          objective: 99.9,
          description: '99.9% of checkout requests succeed over 30 days',
          runbookUrl: 'https://runbooks.example.com/checkout/availability',
          errorQuery: 'sum(rate(http_requests_total{namespace="checkout",job="checkout",code=~"5.."}[{{.window}}]))',
          totalQuery: 'sum(rate(http_requests_total{namespace="checkout",job="checkout"}[{{.window}}]))',
        },
        {
          name: 'latency',
          objective: 99,
          description: '99% of checkout requests complete within 300 ms over 30 days',
          runbookUrl: 'https://runbooks.example.com/checkout/latency',
          errorRatioQuery:
            '1 - (sum(rate(http_request_duration_seconds_bucket{namespace="checkout",job="checkout",le="0.3"}[{{.window}}]))' +
            ' / sum(rate(http_request_duration_seconds_count{namespace="checkout",job="checkout"}[{{.window}}])))',
          // Counts the requests, so the minimum-traffic guard applies to the ratio too.
          totalQuery: 'sum(rate(http_request_duration_seconds_count{namespace="checkout",job="checkout"}[{{.window}}]))',
        },
      ],
    });

    // Nightly backups of the namespace, volumes included, kept 30 days.
    this.backups = new VeleroSchedule(this, 'nightly', {
      schedule: '0 3 * * *',
      includedNamespaces: ['checkout'],
      ttl: '720h0m0s',
      snapshotVolumes: true,
    });
  }
}
