export * from './permalinks.ts';
export * from './security-policy.ts';
export * from './site-paths.ts';
