export * from './errors';
export * from './duration';
export * from './alert-policy';
export * from './objective';
export * from './timing';
export * from './report';
export * from './alarm-plan';
export * from './sli-health';
