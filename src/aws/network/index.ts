export * from './subnet-plan';
export * from './multi-az-network';
