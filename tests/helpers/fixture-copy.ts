import { createHash } from 'node:crypto';
import { cpSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { checkContent } from '../../src/features/check/index.ts';
import { PROJECT_ROOT } from './sites.ts';
import { tempDir } from './temp-dir.ts';

export const FIXTURE = resolve(PROJECT_ROOT, 'tests/fixtures/content-two-inspections');

/**
 * A frozen copy of the Bazhong deployment (`content/`, the plan's text among its attachments):
 * a project root, for unit tests that need a whole real plan without reading the repository's `content/`.
 */
export const BAZHONG = resolve(PROJECT_ROOT, 'tests/fixtures/bazhong');

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

/**
 * A copy of the Bazhong content (the frozen copy in tests/fixtures/bazhong), attachments included,
 * in a temporary project: `<root>/content`. For the spreadsheet tests, so without the map
 * (its outlines and `map:` in site.yaml): the sheet has no part in it, and placing the places in the
 * county outlines took half of every content check the imports run.
 */
export function copyBazhong(): { root: string; content: string } {
  const root = tempDir('sheet');
  cpSync(join(BAZHONG, 'content'), join(root, 'content'), { recursive: true });
  const site = join(root, 'content/site.yaml');
  writeFileSync(site, readFileSync(site, 'utf8').replace(/^map:\n(?: .*\n)+/m, ''));
  rmSync(join(root, 'content/geo'), { recursive: true });
  return { root, content: join(root, 'content') };
}

/** Every file under a folder with a hash of its bytes, to prove what an import left alone. */
export function snapshot(folder: string): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else files[relative(folder, path)] = createHash('sha256').update(readFileSync(path)).digest('hex');
    }
  };
  walk(folder);
  return files;
}
