import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildLogOf, SITES } from '../helpers/sites.ts';

describe('what a build prints for staff', () => {
  it('says nothing about collections a deployment does not use', () => {
    // The fixture has no indicators and Bazhong no cases or news: neither build warns about them.
    for (const site of [SITES.fixture, SITES.bazhong]) {
      const output = readFileSync(buildLogOf(site.outDir), 'utf8');
      expect(output).toContain('内容检查通过');
      expect(output).not.toMatch(/does not exist or is empty/);
    }
  });
});
