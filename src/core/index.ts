// The public part of core: the error family, the shared contract (tag and
// annotation names, floors), severities, naming and tagging. Validators and
// CloudWatch limit checks and token tests are internal: import them from their modules.
export { describeValue, ERROR_CODES, hasErrorCode, InvalidPropError, isReliabilityError, UnknownPropError, NameCollisionError, PropError, ReliabilityError, ReliabilityErrorCode, SloDefinitionError, HasPath } from './errors';
export * from './contract';
export * from './severity';
export { physicalName, PhysicalNameOptions } from './naming';
export { TagResources, tagConstruct } from './tags';
export { FrameworkIdentity, FrameworkMismatchError } from './errors';
export { FRAMEWORK } from './framework';
export { runApp, RunAppIo } from './run-app';
