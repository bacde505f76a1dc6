// The publish feature's face for code that runs in the reader's browser (src/browser/copy-text.ts):
// how a citation writes its access date, without the build-side feeds and downloads.
export { accessDateText, type CitationStyle } from './citation.ts';
