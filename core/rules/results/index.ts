export * from './match.ts';
export * from './propose.ts';
export * from './rules.ts';
export * from './what-if.ts';
