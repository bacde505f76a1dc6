import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../helpers/sites.ts';

// Every deployment publishes public/ as it is: anything of a city belongs in its content/
// (attachments in content/attachments/), so a second city never serves the first one's files.
describe('the public folder', () => {
  it('holds only the product’s own icon and share picture, the same for every deployment', () => {
    expect(readdirSync(join(PROJECT_ROOT, 'public'), { recursive: true }).sort()).toEqual(['favicon.svg', 'share.png']);
    // The icon draws a ledger, with no text: no city's name.
    expect(readFileSync(join(PROJECT_ROOT, 'public/favicon.svg'), 'utf8')).not.toMatch(/<text|[\u4e00-\u9fff]/);
  });
});
