import { describe, it } from 'vitest';
import { importsAsExpected, READ } from '../helpers/sheet-corpus.ts';

describe('the corpus of staff spreadsheets', () => {
  it.each(READ)('imports %s as expected, changing no file when it refuses', importsAsExpected);
});
