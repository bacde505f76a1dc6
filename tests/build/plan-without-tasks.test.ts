import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { astroBuild } from '../helpers/astro-build.ts';
import { copyFixture } from '../helpers/fixture-copy.ts';
import { tempDir } from '../helpers/temp-dir.ts';

describe('a plan published before its tasks are entered', () => {
  it('says on its plan and inspection pages that no task is entered yet, instead of an empty task table', () => {
    const { content } = copyFixture();
    const plan = readFileSync(join(content, 'plans/demo.md'), 'utf8')
      .replace('inspection: central-demo', 'inspection: muni-2026')
      .replace('date: "2025-03"', 'date: "2026-01"')
      .replace(/^title: .*$/m, 'title: 甲区整改方案')
      .replace(/^shortTitle: .*$/m, 'shortTitle: 甲区方案');
    writeFileSync(join(content, 'plans/muni.md'), plan);
    const outDir = tempDir('plan-without-tasks');

    const result = astroBuild({ contentDir: content, outDir });

    expect(result.status, result.output).toBe(0);
    for (const page of ['plans/muni/index.html', 'inspections/muni-2026/index.html']) {
      const html = readFileSync(join(outDir, page), 'utf8');
      const section = html.slice(html.indexOf('甲区方案'));
      expect(html, page).toContain('本站尚未录入这一方案的整改任务。');
      expect(section, page).not.toContain('整改任务（0项）');
      expect(section, page).not.toContain('<table class="task-table"');
    }
  });
});
