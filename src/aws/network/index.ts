// CIDR arithmetic (parseCidr, formatCidr, blockSize) is internal to the planner.
export { planSubnets, SubnetPlanError } from './subnet-plan';
export type { Ipv4Block, SubnetPlan, SubnetPlanOptions, SubnetTier } from './subnet-plan';
export * from './multi-az-network';
