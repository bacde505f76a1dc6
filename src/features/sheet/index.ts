export * from './ledger-files.ts';
export * from './scaffold.ts';
