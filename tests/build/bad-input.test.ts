import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { astroBuild } from '../helpers/astro-build.ts';
import { copyFixture, edit } from '../helpers/fixture-copy.ts';
import { tempDir } from '../helpers/temp-dir.ts';

describe('a build with bad content', () => {
  it('stops before building, names file, field and fix, prints no stack trace, and leaves the published site alone', () => {
    const { content } = copyFixture();
    edit(content, 'tasks/demo/01.yaml', 'jurisdiction: county-b, value: 20', 'jurisdiction: county-b, value: 12');
    const outDir = tempDir('published');
    mkdirSync(join(outDir, 'tasks'));
    writeFileSync(join(outDir, 'index.html'), 'the site published yesterday');

    const result = astroBuild({ contentDir: content, outDir });

    expect(result.status).not.toBe(0);
    expect(result.output).toContain('content/tasks/demo/01.yaml:21 · measures[0].targets[0].breakdown');
    expect(result.output).toContain('各地合计 22 公里，与总数 30 公里不符。请核对各地数值或总数。');
    expect(result.output).toContain('nothing was built');
    expect(result.output).not.toMatch(/^\s+at .+\(.+:\d+:\d+\)$/m);
    expect(readFileSync(join(outDir, 'index.html'), 'utf8')).toBe('the site published yesterday');
    expect(existsSync(join(outDir, 'tasks/demo/01/index.html'))).toBe(false);
  });
});

describe('a build with a bad setting', () => {
  it('stops before building when the search index part size is not a number of pages, and leaves the published site alone', () => {
    const outDir = tempDir('published');
    writeFileSync(join(outDir, 'index.html'), 'the site published yesterday');

    const result = astroBuild({ contentDir: 'tests/fixtures/content-two-inspections', outDir, env: { LEDGER_SEARCH_PAGES_PER_PART: '一千' } });

    expect(result.status).not.toBe(0);
    expect(result.output).toContain('环境变量 LEDGER_SEARCH_PAGES_PER_PART 应为正整数');
    expect(result.output).toContain('LEDGER_SEARCH_PAGES_PER_PART must be a whole number of pages above 0');
    expect(result.output).not.toMatch(/^\s+at .+\(.+:\d+:\d+\)$/m);
    expect(result.output).not.toContain('generating static routes');
    expect(readFileSync(join(outDir, 'index.html'), 'utf8')).toBe('the site published yesterday');
  });
});
