import { PropSpecs, spec } from '../../core/prop-spec';
import { SEVERITY, sloSpecs } from '../../core/slo-specs';
import type { DatadogSloDefinition, DatadogSlosProps } from '../datadog-slos';

const AT_SYNTH = (why: string) => ({ refuse: why }) as const;
const SLO = sloSpecs({ atSynth: AT_SYNTH });

/** A Datadog metric query: user text, carried into the SLO's numerator or denominator. */
const QUERY = spec.text({ nonEmpty: true, tokens: { refuse: 'it is written into the SLO at synth' } });

/** One SLO and its Datadog metric queries. */
export const DATADOG_SLO = spec.object<DatadogSloDefinition>(
  {
    ...SLO.fields,
    good: { ...QUERY, required: 'good events, a Datadog metric query (the SLO numerator)' },
    total: { ...QUERY, required: 'all events, a Datadog metric query (the SLO denominator)' },
  },
  {
    tokens: AT_SYNTH('each SLO has monitors of its own'),
    example: { name: 'availability', objective: 99.9, good: 'sum:trace.http.request.hits{service:web}.as_count() - sum:trace.http.request.errors{service:web}.as_count()', total: 'sum:trace.http.request.hits{service:web}.as_count()' },
  },
);

/** Datadog mentions: `@pagerduty-<service>`, `@slack-<channel>`, `@team-<handle>`, `@<email>`. */
const MENTION = spec.name({ pattern: /^@[^\s@][^\s]*$/, what: 'a Datadog mention such as "@pagerduty-checkout" or "@slack-oncall"', tokens: { refuse: 'it is written into the monitor messages at synth' } });

/** What every prop of DatadogSlos accepts. */
export const DATADOG_SLOS_PROPS: PropSpecs<DatadogSlosProps> = {
  service: spec.name({ required: 'the service the SLOs belong to', pattern: /^[a-z][a-z0-9_.-]{0,62}$/, what: 'a Datadog service tag value: lower-case letters, digits, "_", "-", ".", starting with a letter, at most 63', tokens: { refuse: 'it names the SLOs and monitors' } }),
  slos: spec.list(DATADOG_SLO, { required: 'at least one SLO', minItems: 1, tokens: AT_SYNTH('each SLO has monitors of its own'), example: [DATADOG_SLO.example] }),
  notify: spec.map(spec.list(MENTION, { minItems: 1, tokens: { refuse: 'they are written into the monitor messages at synth' } }), {
    required: 'who each severity notifies: { page: ["@pagerduty-..."], ticket: ["@slack-..."] }',
    keys: SEVERITY,
    tokens: { refuse: 'it decides which monitors notify whom' },
  }),
  tags: spec.list(spec.name({ pattern: /^[a-z][a-z0-9_./:-]{0,199}$/, what: 'a Datadog tag (lower-case, starting with a letter, at most 200 characters)' }), { tokens: { refuse: 'they are merged with the library\'s tags at synth' } }),
};
