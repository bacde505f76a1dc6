export * from './ledger-files.ts';
export * from './scaffold.ts';
export * from './public-ledger.ts';
export * from './public-workbook.ts';
