// routedActions is for the library's constructs; a team's own routing implements IAlarmRouting.
export type { IAlarmRouting } from './alarm-routing';
// The alarm builder's own helpers (descriptions, override-key checks) are internal; constructs use ReliableConstruct.addAlarms.
export { resourceAlarm, resourceAlarms } from './resource-alarm';
export type { ResourceAlarmContext, ResourceAlarmDefinition, ResourceAlarmMetric, ResourceAlarmOverride, ResourceAlarmQuery } from './resource-alarm';
export * from './reliable-construct';
export * from './backup-target';
export * from './region-scope';
// Resolving and placing alarm references is the constructs' business; the reference types are public.
export type { AlarmReference, IAlarmLike, ISloPageAlarmSource } from './alarm-reference';
