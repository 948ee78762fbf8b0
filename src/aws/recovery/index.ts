export * from './recovery-objectives';
export * from './regional-failover';
