import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * The direction of imports is a structure, not a convention (README "Code layout"):
 * - the domain core (`src/core/`) and the schemas (`src/schemas/`) import no feature, no
 *   Astro glue and no page;
 * - a feature (`src/features/<name>/`) imports the core, the schemas, its own files, and other
 *   features only through their faces (`index.ts`, or `browser.ts` for code that runs in the
 *   page); features depend on each other without a cycle;
 * - everything else (pages, components, layouts, integrations, browser code, the command-line
 *   tools) reaches a feature only through its face;
 * - browser code imports no build-side module: only faces made for it and the pure core;
 * - components (`src/components/`) do not import `src/data/ledger.ts`: they take what they show
 *   as props and link with `src/data/href.ts`.
 */
const ROOT = resolve(import.meta.dirname, '../..');
const FACES = ['index.ts', 'browser.ts'];

function filesUnder(dir: string): string[] {
  return readdirSync(join(ROOT, dir)).flatMap((name) => {
    const path = join(dir, name);
    return statSync(join(ROOT, path)).isDirectory() ? filesUnder(path) : /\.(ts|astro|mjs)$/.test(name) ? [path] : [];
  });
}

/** The code of a file that can import: all of a module, the frontmatter and scripts of an .astro file. */
function importingCode(file: string): string {
  const text = readFileSync(join(ROOT, file), 'utf8');
  if (!file.endsWith('.astro')) return text;
  const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] ?? '';
  const scripts = [...text.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((match) => match[1]);
  return [frontmatter, ...scripts].join('\n');
}

/** The project files a file imports (relative specifiers only), as paths from the project root. */
export function importsOf(file: string): string[] {
  const { importedFiles } = ts.preProcessFile(importingCode(file), true, true);
  return importedFiles
    .map((imported) => imported.fileName)
    .filter((specifier) => specifier.startsWith('.'))
    .map((specifier) => relative(ROOT, resolve(ROOT, dirname(file), specifier)));
}

const featureOf = (file: string) => /^src\/features\/([^/]+)\//.exec(file)?.[1];
const isFace = (file: string) => featureOf(file) !== undefined && FACES.some((face) => file === `src/features/${featureOf(file)}/${face}`);
const layerOf = (file: string) => file.split('/').slice(0, 2).join('/');

const BOTTOM = ['src/core', 'src/schemas'];

/** The rule an import of `target` by `file` breaks, or null when it keeps them all. */
export function brokenRule(file: string, target: string): string | null {
  const own = featureOf(file);
  const targetFeature = featureOf(target);
  const layer = layerOf(file);
  if (BOTTOM.includes(layer) && !BOTTOM.includes(layerOf(target))) return 'the core and the schemas import only the core and the schemas';
  if (layer === 'src/browser' && !BOTTOM.includes(layerOf(target)) && layerOf(target) !== 'src/browser' && !target.endsWith('/browser.ts')) {
    return "browser code imports the core and features' browser.ts faces, so a page carries no build-side code";
  }
  if (layer === 'src/components' && target === 'src/data/ledger.ts') {
    return 'components take what they show as props (a view model builds it); only pages and layouts read the ledger (links: src/data/href.ts)';
  }
  if (targetFeature && targetFeature !== own && !isFace(target)) return 'reach another feature through its face (index.ts)';
  if (own && !targetFeature && !BOTTOM.includes(layerOf(target))) return 'a feature imports only the core, the schemas and other features';
  return null;
}

/** Every import in the project that breaks a rule of direction, as `importer → imported: rule`. */
function violations(files: readonly string[]): string[] {
  return files.flatMap((file) =>
    importsOf(file).flatMap((target) => {
      const rule = brokenRule(file, target);
      return rule ? [`${file} → ${target}: ${rule}`] : [];
    }),
  );
}

/** The cycles among features: a feature that, through others, imports itself. */
function featureCycles(files: readonly string[]): string[] {
  const edges = new Map<string, Set<string>>();
  for (const file of files) {
    const from = featureOf(file);
    if (!from) continue;
    for (const target of importsOf(file)) {
      const to = featureOf(target);
      if (to && to !== from) edges.set(from, (edges.get(from) ?? new Set()).add(to));
    }
  }
  const cycles: string[] = [];
  const visit = (feature: string, path: string[]) => {
    if (path.includes(feature)) {
      cycles.push([...path.slice(path.indexOf(feature)), feature].join(' → '));
      return;
    }
    for (const next of edges.get(feature) ?? []) visit(next, [...path, feature]);
  };
  for (const feature of edges.keys()) visit(feature, []);
  return [...new Set(cycles)];
}

const PROJECT_FILES = [...filesUnder('src'), ...filesUnder('scripts')];

describe('the direction of imports', () => {
  it('finds imports in modules and in the frontmatter and scripts of Astro files', () => {
    const imports = importsOf('src/components/MapFigure.astro');
    expect(imports).toContain('src/browser/place-map.ts');
    expect(imports.some((target) => target.startsWith('src/features/map/'))).toBe(true);
  });

  it('holds for every file of src/ and scripts/', () => {
    expect(PROJECT_FILES.length).toBeGreaterThan(100);
    expect(violations(PROJECT_FILES)).toEqual([]);
  });

  it('names the rule an import breaks: a skipped face, a core that imports a feature, a feature that imports Astro glue, browser code that takes build code', () => {
    expect(brokenRule('src/pages/index.astro', 'src/features/views/dashboard.ts')).toMatch(/face/);
    expect(brokenRule('src/core/ledger.ts', 'src/features/views/index.ts')).toMatch(/core and the schemas/);
    expect(brokenRule('src/schemas/task.ts', 'src/features/check/index.ts')).toMatch(/core and the schemas/);
    expect(brokenRule('src/features/views/dashboard.ts', 'src/data/ledger.ts')).toMatch(/feature imports only/);
    expect(brokenRule('src/browser/place-map.ts', 'src/features/map/index.ts')).toMatch(/browser/);
    expect(brokenRule('src/components/chart/Chart.astro', 'src/data/ledger.ts')).toMatch(/components take what they show/);
    expect(brokenRule('src/components/TaskTable.astro', 'src/data/href.ts')).toBeNull();
    expect(brokenRule('src/pages/index.astro', 'src/data/ledger.ts')).toBeNull();
    expect(brokenRule('src/pages/index.astro', 'src/features/views/index.ts')).toBeNull();
    expect(brokenRule('src/features/publish/feeds.ts', 'src/features/views/index.ts')).toBeNull();
    expect(brokenRule('src/browser/place-map.ts', 'src/features/map/browser.ts')).toBeNull();
  });

  it('leaves no cycle among the features', () => {
    expect(featureCycles(PROJECT_FILES)).toEqual([]);
  });
});
