import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CORPUS, importsAsExpected, REFUSED, SHEETS } from '../helpers/sheet-corpus.ts';

// The corpus is split in two files (sheets refused here, sheets read in sheet-corpus-read.test.ts) so they run in parallel.
describe('the corpus of staff spreadsheets', () => {
  it('has an expectation for every sheet, and the sheets and content files number at least 20', () => {
    const sheets = readdirSync(SHEETS).filter((name) => !name.endsWith('.ts')).sort();
    expect(sheets).toEqual(Object.keys(CORPUS).sort());
    expect(sheets.length).toBeGreaterThanOrEqual(20);
  });

  it.each(REFUSED)('imports %s as expected, changing no file when it refuses', importsAsExpected);
});
