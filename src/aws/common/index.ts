export * from './alarm-routing';
export * from './resource-alarm';
export * from './reliable-construct';
export * from './backup-target';
export * from './provider-version';
export * from './region-scope';
