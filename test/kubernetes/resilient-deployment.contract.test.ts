import { ResilientDeployment, ResilientDeploymentProps } from '../../src/kubernetes';
import { RESILIENT_DEPLOYMENT_PROPS } from '../../src/kubernetes/private/resilient-deployment-spec';
import { contractSuite, SUBJECT } from '../kit/contract';

contractSuite<ResilientDeploymentProps>({
  construct: 'ResilientDeployment',
  build: (stack, overrides) =>
    new ResilientDeployment(stack, SUBJECT, {
      image: 'ghcr.io/acme/api:1.4.2',
      readinessProbe: { path: '/ready' },
      livenessProbe: { path: '/healthz' },
      cpuRequest: '250m',
      memoryRequest: '256Mi',
      ...overrides,
    } as ResilientDeploymentProps),
  specs: RESILIENT_DEPLOYMENT_PROPS,
});
