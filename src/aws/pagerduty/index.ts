// The PagerDuty integration: loaded only when used (the lazy root index), so @cdktf/provider-pagerduty is an optional peer.
export * from './pagerduty-escalation';
