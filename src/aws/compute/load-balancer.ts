import { Lb } from '@cdktf/provider-aws/lib/lb';
import { LbListener } from '@cdktf/provider-aws/lib/lb-listener';
import { LbTargetGroup } from '@cdktf/provider-aws/lib/lb-target-group';
import { SecurityGroup } from '@cdktf/provider-aws/lib/security-group';
import { VpcSecurityGroupEgressRule } from '@cdktf/provider-aws/lib/vpc-security-group-egress-rule';
import { VpcSecurityGroupIngressRule } from '@cdktf/provider-aws/lib/vpc-security-group-ingress-rule';
import { Construct } from 'constructs';
import type { InstanceEgressRule } from './auto-scaled-service';
import { physicalName } from '../../core/naming';
import { literal } from '../../core/user-text';

/** What the load balancer of an AutoScaledService is built from (values already checked). */
export interface LoadBalancerOptions {
  readonly vpcId: string;
  readonly publicSubnetIds: string[];
  /** The load balancer's name (claimed by the service). */
  readonly name: string;
  /** Prefix of the target group's name, at most 6 characters with its trailing `-`. */
  readonly targetGroupNamePrefix: string;
  readonly allowedCidrs: readonly string[];
  /** The instances' egress rules. @default - all outbound traffic */
  readonly instanceEgress?: readonly InstanceEgressRule[];
  readonly port: number;
  readonly healthCheckPath: string;
  readonly certificateArn?: string;
  readonly sslPolicy: string;
  readonly accessLogsBucket?: string;
  /** Key prefix of the access logs. @default - the load balancer's name */
  readonly accessLogsPrefix?: string;
  readonly deletionProtection: boolean;
  /** Whether ARC zonal shift may move traffic away from an impaired zone. */
  readonly zonalShift: boolean;
}

/** The load balancer, its target group, listeners and the two security groups. */
export interface LoadBalancerResources {
  readonly loadBalancerSecurityGroup: SecurityGroup;
  readonly instanceSecurityGroup: SecurityGroup;
  readonly loadBalancer: Lb;
  readonly targetGroup: LbTargetGroup;
  /** Forwards to the targets: HTTPS with a certificate, else HTTP. */
  readonly listener: LbListener;
  /** Redirects HTTP to HTTPS, with a certificate. */
  readonly redirectListener?: LbListener;
}

/**
 * An internet-facing Application Load Balancer in the public subnets:
 * deletion protection, invalid headers dropped, defensive desync mitigation,
 * HTTPS with an HTTP redirect when a certificate is given. The internet
 * reaches it on the listener ports from the allowed CIDRs; only it reaches
 * the instances, on the service port. Resources are created in `scope`
 * under the ids the service always used.
 */
export function createLoadBalancer(scope: Construct, o: LoadBalancerOptions): LoadBalancerResources {
  const https = o.certificateArn !== undefined;
  const [loadBalancerSecurityGroup, instanceSecurityGroup] = createSecurityGroups(scope, o, https ? [443, 80] : [80]);
  const loadBalancer = new Lb(scope, 'lb', {
    name: o.name,
    loadBalancerType: 'application',
    internal: false,
    subnets: o.publicSubnetIds,
    securityGroups: [loadBalancerSecurityGroup.id],
    enableDeletionProtection: o.deletionProtection,
    dropInvalidHeaderFields: true,
    desyncMitigationMode: 'defensive',
    enableZonalShift: o.zonalShift,
    accessLogs: o.accessLogsBucket ? { bucket: o.accessLogsBucket, prefix: literal(o.accessLogsPrefix ?? o.name), enabled: true } : undefined,
  });
  const targetGroup = new LbTargetGroup(scope, 'tg', {
    // A prefix (at most 6 characters) and create-before-destroy: a change that replaces the target group
    // (port, protocol) creates the new one and moves the listener before deleting the old one.
    namePrefix: o.targetGroupNamePrefix,
    lifecycle: { createBeforeDestroy: true },
    port: o.port,
    protocol: 'HTTP',
    targetType: 'instance',
    vpcId: o.vpcId,
    deregistrationDelay: '30',
    healthCheck: {
      enabled: true,
      path: literal(o.healthCheckPath),
      port: 'traffic-port',
      protocol: 'HTTP',
      matcher: '200-399',
      interval: 15,
      timeout: 5,
      healthyThreshold: 3,
      unhealthyThreshold: 2,
    },
  });
  const forward = [{ type: 'forward', targetGroupArn: targetGroup.arn }];
  if (!https) {
    const listener = new LbListener(scope, 'http', { loadBalancerArn: loadBalancer.arn, port: 80, protocol: 'HTTP', defaultAction: forward });
    return { loadBalancerSecurityGroup, instanceSecurityGroup, loadBalancer, targetGroup, listener };
  }
  const listener = new LbListener(scope, 'https', {
    loadBalancerArn: loadBalancer.arn,
    port: 443,
    protocol: 'HTTPS',
    sslPolicy: o.sslPolicy,
    certificateArn: o.certificateArn,
    defaultAction: forward,
  });
  const redirectListener = new LbListener(scope, 'http', {
    loadBalancerArn: loadBalancer.arn,
    port: 80,
    protocol: 'HTTP',
    defaultAction: [{ type: 'redirect', redirect: { protocol: 'HTTPS', port: '443', statusCode: 'HTTP_301' } }],
  });
  return { loadBalancerSecurityGroup, instanceSecurityGroup, loadBalancer, targetGroup, listener, redirectListener };
}

/** The internet reaches the load balancer on the listener ports; only the load balancer reaches the instances. */
function createSecurityGroups(scope: Construct, o: LoadBalancerOptions, listenerPorts: number[]): [SecurityGroup, SecurityGroup] {
  const group = (id: string, suffix: string, description: string) =>
    new SecurityGroup(scope, id, {
      namePrefix: `${physicalName(scope, { maxLength: 200, suffix })}-`,
      description,
      vpcId: o.vpcId,
      lifecycle: { createBeforeDestroy: true },
    });
  const lbSg = group('lb-sg', 'lb', 'Load balancer: listener ports from the allowed CIDRs');
  const instanceSg = group('instance-sg', 'instances', 'Instances: service port from the load balancer only');
  for (const p of listenerPorts) {
    o.allowedCidrs.forEach(
      (cidr, i) =>
        new VpcSecurityGroupIngressRule(scope, `lb-in-${p}-${i}`, {
          securityGroupId: lbSg.id,
          cidrIpv4: cidr,
          ipProtocol: 'tcp',
          fromPort: p,
          toPort: p,
          description: `Listener port ${p}`,
        }),
    );
  }
  const servicePort = { ipProtocol: 'tcp', fromPort: o.port, toPort: o.port };
  new VpcSecurityGroupEgressRule(scope, 'lb-out', { securityGroupId: lbSg.id, referencedSecurityGroupId: instanceSg.id, ...servicePort, description: 'To the instances' });
  new VpcSecurityGroupIngressRule(scope, 'instance-in', { securityGroupId: instanceSg.id, referencedSecurityGroupId: lbSg.id, ...servicePort, description: 'From the load balancer' });
  if (o.instanceEgress === undefined) {
    new VpcSecurityGroupEgressRule(scope, 'instance-out', {
      securityGroupId: instanceSg.id,
      cidrIpv4: '0.0.0.0/0',
      ipProtocol: '-1',
      description: 'Outbound (updates, AWS APIs) through NAT and gateway endpoints',
    });
  } else {
    o.instanceEgress.forEach(
      (e, i) =>
        new VpcSecurityGroupEgressRule(scope, `instance-out-${i}`, {
          securityGroupId: instanceSg.id,
          cidrIpv4: e.cidr,
          prefixListId: e.prefixListId,
          ipProtocol: e.protocol ?? 'tcp',
          fromPort: e.port,
          toPort: e.port,
          description: 'Declared outbound traffic',
        }),
    );
  }
  return [lbSg, instanceSg];
}
