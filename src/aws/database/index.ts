export * from './engines';
export * from './resilient-database';
export * from './cross-region';
