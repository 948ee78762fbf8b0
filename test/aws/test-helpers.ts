import { resourceOf, SynthesizedStack } from '../harness';

// FakeRouting lives in the shared test harness; this module keeps older imports working.
export { FakeRouting } from '../harness';

/** The predictive scaling policy of a synthesized stack (the first `aws_autoscaling_policy` of type PredictiveScaling); fails the test if there is none. */
export function predictiveScalingPolicy(json: SynthesizedStack): any {
  return resourceOf(json, 'aws_autoscaling_policy', (p) => p.policy_type === 'PredictiveScaling');
}
