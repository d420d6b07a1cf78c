export * from './auth';
export * from './org';
export * from './platform';
export * from './projects';
export * from './rectification';
export * from './rules';
