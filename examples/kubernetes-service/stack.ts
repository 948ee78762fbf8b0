import { DataAwsEksCluster } from '@cdktf/provider-aws/lib/data-aws-eks-cluster';
import { AwsProvider } from '@cdktf/provider-aws/lib/provider';
import { KubernetesProvider } from '@cdktf/provider-kubernetes/lib/provider';
import { NamespaceV1 } from '@cdktf/provider-kubernetes/lib/namespace-v1';
import { TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { AlarmChannel, ChaosDrill, ResilientDeployment, SloAlarms, SloRules, SloSli, VeleroSchedule } from '../../src';

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
  /**
   * The EKS cluster the service runs in: the pod-deletion drill targets it.
   * @default 'shop'
   */
  readonly eksClusterName?: string;
  /**
   * AWS Region of the cluster.
   * @default 'eu-west-1'
   */
  readonly region?: string;
  /**
   * ARN suffix of the ALB the AWS Load Balancer Controller puts in front of the service (`app/<name>/<id>`):
   * its availability SLO on CloudWatch is the drill's stop condition (FIS stops only on CloudWatch alarms).
   * @default 'app/k8s-checkout-web/0123456789abcdef'
   */
  readonly loadBalancerArnSuffix?: string;
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
  /** The CloudWatch SLO at the load balancer that stands in for the Prometheus page alert as the drill's stop condition. */
  public readonly albSlos: SloAlarms;
  /** Weekly pod-deletion drill (AWS FIS on EKS), disabled until enabled. */
  public readonly podDrill: ChaosDrill;

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

    // Chaos on EKS: FIS deletes a third of the checkout pods; the PodDisruptionBudget does not apply to FIS's direct
    // deletes, so this proves the replicas and the readiness gates absorb the loss. FIS stops only on CloudWatch alarms,
    // so the Prometheus SLO's page alert has a stand-in: the same availability SLO measured at the ALB on CloudWatch.
    new AwsProvider(this, 'aws', { region: props.region ?? 'eu-west-1' });
    const cluster = new DataAwsEksCluster(this, 'cluster', { name: props.eksClusterName ?? 'shop' });
    const alarms = new AlarmChannel(this, 'alarms', {
      subscriptions: { page: [{ protocol: 'email', endpoint: 'payments-oncall@example.com' }], ticket: [{ protocol: 'email', endpoint: 'payments@example.com' }] },
    });
    this.albSlos = new SloAlarms(this, 'alb-slos', {
      service: 'checkout-alb',
      alarmRouting: alarms,
      dashboard: false,
      slos: [{ name: 'availability', objective: 99.9, sli: SloSli.albAvailability({ loadBalancer: props.loadBalancerArnSuffix ?? 'app/k8s-checkout-web/0123456789abcdef' }) }],
    });
    this.podDrill = new ChaosDrill(this, 'pod-drill', {
      scenario: 'pod-delete',
      pods: this.workload,
      eksCluster: cluster,
      stopConditions: [this.albSlos],
      alarmRouting: alarms,
      schedule: { days: ['TUE'], startTime: '10:00', timeZone: 'Europe/Dublin' },
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
