export * from './combined.ts';
export * from './deviation.ts';
export * from './execution-warning.ts';
export * from './indicator-warning.ts';
export * from './recovery.ts';
export * from './rules.ts';
export * from './time-progress.ts';
export * from './types.ts';
