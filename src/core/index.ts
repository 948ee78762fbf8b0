// The public part of core: the error family, the shared contract (tag and
// annotation names, floors), severities, naming and tagging. Validators and
// CloudWatch limit checks are internal: import them from their modules.
export { describeValue, InvalidPropError, NameCollisionError, PropError, ReliabilityError, HasPath } from './error-family';
export { isUnresolved } from './errors';
export * from './contract';
export * from './severity';
export { physicalName, PhysicalNameOptions } from './naming';
export { TagResources, tagConstruct } from './tags';
export * from './recovery';
export { FRAMEWORK, FrameworkIdentity, FrameworkMismatchError } from './framework';
