import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../helpers/sites.ts';
import { GUIDE_EXAMPLES } from '../helpers/staff-guide.ts';

// The staff guide quotes Bazhong's own files: a deployment with other content keeps its guide's
// examples in step with its content, or this test tells it where they differ.
describe('the staff guide and the content', () => {
  it('quotes the Bazhong examples exactly as the content files hold them', () => {
    const quoted = GUIDE_EXAMPLES.filter((candidate) => !candidate.demo);
    expect(quoted.length).toBeGreaterThan(5);
    for (const example of quoted) {
      const file = parse(readFileSync(resolve(PROJECT_ROOT, 'content', example.path), 'utf8'));
      expect(example.data, example.path).toEqual(file);
    }
  });
});
