export * from './errors';
export * from './validation';
export * from './naming';
export * from './tags';
export * from './severity';
export * from './slo-errors';
export * from './cloudwatch-limits';
export * from './framework';
