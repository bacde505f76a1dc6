export * from './admin-files.ts';
