import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblems } from '../../src/features/check/index.ts';
import { personalDataProblems } from '../../src/features/check/privacy.ts';
import { PROJECT_ROOT } from '../helpers/sites.ts';

function filesUnder(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? filesUnder(path) : /\.(ya?ml|mdx?)$/.test(name) ? [path] : [];
  });
}

describe('personal numbers in the deployment’s content', () => {
  it('finds none in any content file', () => {
    const problems = filesUnder(resolve(PROJECT_ROOT, 'content')).flatMap((path) => personalDataProblems(path, readFileSync(path, 'utf8')));
    expect(formatProblems(problems)).toBe('');
  });
});
