// Placing replicas in Regions is the storage constructs' business; the shapes are public.
export type { RecoveryRegion, RegionPlacement } from './region-placement';
export * from './resilient-table';
export * from './replicated-bucket';
