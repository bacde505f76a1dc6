import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ACCEPTED, acceptedBuildResult } from '../helpers/sites.ts';

// The plan 甲区整改方案 of the two-inspection fixture's second inspection (muni-2026), with no
// task entered yet: tests/fixtures/accepted-content/plan-without-tasks/, in the shared build of
// acceptable content (tests/helpers/build-sites.ts).
describe('a plan published before its tasks are entered', () => {
  it('says on its plan and inspection pages that no task is entered yet, instead of an empty task table', () => {
    const result = acceptedBuildResult();
    expect(result.status, result.output).toBe(0);
    for (const page of ['plans/muni/index.html', 'inspections/muni-2026/index.html']) {
      const html = readFileSync(join(ACCEPTED.outDir, page), 'utf8');
      const section = html.slice(html.indexOf('甲区方案'));
      expect(html, page).toContain('本站尚未录入这一方案的整改任务。');
      expect(section, page).not.toContain('整改任务（0项）');
      expect(section, page).not.toContain('<table class="task-table"');
    }
  });
});

// A mine located to its township with a point (tests/fixtures/accepted-content/approximate-point/),
// beside a pipeline known only by its county and a plant measured exactly, on the same task.
describe('a map with a place at approximate coordinates', () => {
  it('says in its legend which places are only sketched in their county and which have approximate coordinates', () => {
    const html = readFileSync(join(ACCEPTED.outDir, 'tasks/demo/01/index.html'), 'utf8');
    expect(html).toContain('方案未给出坐标：1处只知所在县区或乡镇');
    expect(html).toContain('1处的坐标为近似位置，不是实测位置');
  });
});
