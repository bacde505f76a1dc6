export * from './citation.ts';
export * from './downloads.ts';
export * from './export.ts';
export * from './favicon.ts';
export * from './feeds.ts';
export * from './qr-code.ts';
export * from './share-image.ts';
