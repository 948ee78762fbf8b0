export * from './engines';
export * from './resilient-database';
