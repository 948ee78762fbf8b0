import { PropSpec, PropSpecs, spec } from '../../../core/prop-spec';
import { isRecoverable } from '../../../recovery/achievement';
import { ObjectiveInput, STRATEGIES } from '../../../recovery/objectives-check';
import { reliableProps } from '../../common/prop-specs';
import type { RecoveryObjectivesProps } from '../recovery-objectives';

/**
 * Resilience Hub API, FailurePolicy: `rtoInSecs` and `rpoInSecs` are `Seconds`, an integer of at least 0 (a 32-bit
 * integer in the API model): the objectives are written into the resiliency policy, so they are whole seconds up
 * to 2^31 - 1 (about 68 years).
 */
export const MAX_OBJECTIVE_SECONDS = 2 ** 31 - 1;

const KNOWN_AT_SYNTH = { refuse: 'the objectives are checked at synth and written into the resiliency policy and its tags' } as const;

/** A duration (`15m`, `1h30m`, `0` for no data loss) or whole seconds. */
const DURATION: PropSpec = spec.either(
  'a duration such as "15m", "1h" or "1h30m", 0, or whole seconds',
  [
    spec.name({ pattern: /^(0|(\d+[wdhms])+)$/, what: 'a duration such as "15m", "1h" or "1h30m" (whole weeks, days, hours, minutes, seconds), or 0' }),
    spec.integer({ min: 0, max: MAX_OBJECTIVE_SECONDS, what: `whole seconds, 0 to ${MAX_OBJECTIVE_SECONDS}` }),
  ],
  { tokens: KNOWN_AT_SYNTH },
);

/** RTO and RPO for one disruption. */
const OBJECTIVE = spec.object<ObjectiveInput>(
  {
    rto: { ...DURATION, required: 'how long the service may be down' },
    rpo: { ...DURATION, required: 'how much data (as time of writes) may be lost, 0 for none' },
  },
  { tokens: KNOWN_AT_SYNTH, example: { rto: '15m', rpo: '5m' } },
);

/** What every prop of a RecoveryObjectives accepts (the construct parses the objectives and relates the strategy to them). */
export const RECOVERY_OBJECTIVES_PROPS: PropSpecs<RecoveryObjectivesProps> = {
  zone: OBJECTIVE,
  region: OBJECTIVE,
  data: OBJECTIVE,
  strategy: spec.oneOf(STRATEGIES, { tokens: { refuse: 'the strategy is checked against the region RTO at synth and written into the resiliency policy tags' } }),
  resources: spec.list(spec.reference('a construct of this library that reports recovery (IRecoverable), e.g. a ResilientDatabase or ResilientTable', { is: isRecoverable }), {
    tokens: { refuse: 'each resource is checked against the objectives at synth' },
  }),
  tier: spec.oneOf(['MissionCritical', 'Critical', 'Important', 'CoreServices', 'NonCritical'], { aws: { resource: 'aws_resiliencehub_resiliency_policy', argument: 'tier' } }),
  resiliencyPolicy: spec.boolean({ tokens: { refuse: 'it decides whether the Resilience Hub policy is created' } }),
  warnOnly: spec.boolean({ tokens: { refuse: 'it decides at synth whether an unmet objective fails synth' } }),
  ...reliableProps([]),
};
