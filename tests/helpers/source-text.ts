import { readFileSync } from 'node:fs';
import { PROJECT_ROOT } from './sites.ts';

// The Bazhong source text as the site ships it (the plan's attachment), and how quotes are
// compared with it: tests/content/* check every quoted passage against it.
export const SHIPPED_SOURCE = `${PROJECT_ROOT}/content/attachments/bazhong-rectification-plan.txt`;
export const SHARED_SOURCE = `${PROJECT_ROOT}/../shared/sources/bazhong-rectification-plan.txt`;
export const SOURCE_TEXT = readFileSync(SHIPPED_SOURCE, 'utf8');

/**
 * Ignores what PDF extraction changes: whitespace, half/full-width punctuation, Markdown bold,
 * and the LaTeX it left in formulas (`PM_{2.5}` → `PM2.5`, `$\geq 40\%$` → `≥40%`).
 */
export function normalise(text: string): string {
  return text
    .replace(/\*\*/g, '')
    .replace(/_\{([^}]*)\}/g, '$1')
    .replace(/\\geq/g, '≥')
    .replace(/\\leq/g, '≤')
    .replace(/\\%/g, '%')
    .replace(/\$/g, '')
    .replace(/\s+/g, '')
    .replace(/\(/g, '（')
    .replace(/\)/g, '）')
    .replace(/:/g, '：')
    .replace(/,/g, '，')
    .replace(/;/g, '；')
    // An OCR slip in the source (風景名胜區 → 风景名胜区): the content writes the simplified character.
    .replace(/區/g, '区');
}
