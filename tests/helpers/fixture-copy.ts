import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { checkContent } from '../../src/features/check/index.ts';
import { PROJECT_ROOT } from './sites.ts';
import { tempDir } from './temp-dir.ts';

export const FIXTURE = resolve(PROJECT_ROOT, 'tests/fixtures/content-two-inspections');

/** The indicator and chart fixture: made-up indicators with and without measured values. */
export const INDICATOR_FIXTURE = resolve(PROJECT_ROOT, 'tests/fixtures/content-indicators');

/** A fresh copy of a fixture (the two-inspection one unless named) in a temporary folder: `<root>/content`. */
export function copyFixture(fixture: string = FIXTURE): { root: string; content: string } {
  const root = tempDir('fixture');
  const content = join(root, 'content');
  cpSync(fixture, content, { recursive: true });
  return { root, content };
}

/** Replaces text in a file of a copied fixture; fails loudly if the text is not there. */
export function edit(content: string, file: string, from: string | RegExp, to: string): void {
  const path = join(content, file);
  const text = readFileSync(path, 'utf8');
  const next = text.replace(from, to);
  if (next === text) throw new Error(`edit(): ${String(from)} not found in ${file}`);
  writeFileSync(path, next);
}

export function write(content: string, file: string, text: string): void {
  writeFileSync(join(content, file), text);
}

/** Checks a copy of the two-inspection fixture after `mutate` and returns its problems as staff would read them. */
export function problemsAfter(mutate: (content: string) => void) {
  const { root, content } = copyFixture();
  mutate(content);
  return checkContent({ projectRoot: root, contentDir: 'content' }).problems;
}
