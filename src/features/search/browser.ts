// The search feature's face for code that runs in the reader's browser (src/browser/site-search.ts):
// the ranking the page asks Pagefind for and the check of what a result must hold, without the
// build-side indexing.
export { SEARCH_RANKING } from './ranking.ts';
export { foundPages, type FoundCount, type FoundPage, type PagefindResult } from './found-pages.ts';
export { landing, snippetText, type Landing, type Snippet } from './landing.ts';
export { partPaths, SEARCH_PARTS_FILE } from './parts.ts';
