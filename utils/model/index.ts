export * from './action';
export * from './action-kinds';
export * from './agent';
export * from './buyer';
export * from './order';
export * from './settings';
export * from './site';
export * from './snapshot';
