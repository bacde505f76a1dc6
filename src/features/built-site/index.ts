export * from './pages.ts';
export * from './weight.ts';
export * from './routes.ts';
