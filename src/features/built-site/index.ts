export * from './pages.ts';
export * from './weight.ts';
