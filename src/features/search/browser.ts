// The search feature's face for code that runs in the reader's browser (src/browser/site-search.ts):
// the ranking the page asks Pagefind for, without the build-side indexing.
export { SEARCH_RANKING } from './ranking.ts';
