export * from './changes.ts';
export * from './complaints.ts';
export * from './county-targets.ts';
export * from './dashboard.ts';
export * from './document-kinds.ts';
export * from './documents.ts';
export * from './filters.ts';
export * from './task-page.ts';
