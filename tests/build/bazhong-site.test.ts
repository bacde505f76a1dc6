import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/features/check/index.ts';
import { buildLedger } from '../../src/core/ledger.ts';
import { PROJECT_ROOT, SITES, TEST_AS_OF } from '../helpers/sites.ts';

const dist = SITES.bazhong.outDir;
const read = (path: string) => readFileSync(join(dist, path), 'utf8');
const content = checkContent({ projectRoot: PROJECT_ROOT, asOf: TEST_AS_OF });
const ledger = buildLedger(content.input, TEST_AS_OF);

describe('the built Bazhong site', () => {
  it('publishes /data/tasks.json with every task and measure of the plan, each task at its page’s address', () => {
    // Its fields and their types are locked in tasks-json.test.ts.
    const published = JSON.parse(read('data/tasks.json'));
    expect(published.asOf).toBe(TEST_AS_OF);
    expect(published.tasks).toHaveLength(10);
    expect(published.tasks.flatMap((task: { measures: unknown[] }) => task.measures)).toHaveLength(46);
    for (const [index, task] of (published.tasks as { id: string; url: string; number: number; measures: unknown[] }[]).entries()) {
      const id = `bazhong-cei2/${String(index + 1).padStart(2, '0')}`;
      expect([task.id, task.number, task.url]).toEqual([id, index + 1, `https://example.org/tasks/${id}/`]);
      // The same measures as the task's page shows.
      expect(task.measures.length, id).toBe(read(`tasks/${id}/index.html`).match(/<li class="measure"/g)?.length);
    }
  });

  it('gives tasks.json the plan’s targets with their breakdown', () => {
    const measure = JSON.parse(read('data/tasks.json')).tasks[5].measures[2];
    expect(measure.targets[0]).toMatchObject({ metric: '新改建排水管网', unit: '公里', value: 145, cumulative: true, due: '2022-12', jurisdiction: '巴中市' });
    expect(measure.targets[0].breakdown[0]).toEqual({ jurisdiction: '市本级', value: 8.6 });
  });

  it('names units and jurisdictions in tasks.json as the plan writes them', () => {
    const tasks = JSON.parse(read('data/tasks.json')).tasks;
    expect(tasks[0].responsibleUnits).toEqual(['各县（区）党委和人民政府', '巴中经开区', '文旅新区', '市级各部门']);
    expect(tasks[0].supervisingUnits).toEqual(['市委办', '市政府办']);
    expect(tasks[0].acceptanceUnit).toBe('市委办');
  });

  it('writes a page for every task with every measure and every target table', () => {
    for (const view of ledger.tasks) {
      const file = join('tasks', view.id, 'index.html');
      expect(existsSync(join(dist, file)), file).toBe(true);
      const html = read(file);
      expect(html.match(/<li class="measure"/g)?.length, file).toBe(view.measures.length);
      const targets = view.measures.reduce((sum, measure) => sum + measure.measure.targets.length, 0);
      expect(html.match(/量化目标：/g)?.length ?? 0, file).toBe(targets);
      expect(html, file).toContain(`datetime="${TEST_AS_OF}"`);
    }
  });

  it('shows status as of the build date on every page that shows a status', () => {
    for (const path of ['index.html', 'tasks/index.html', 'tasks/bazhong-cei2/06/index.html']) {
      expect(read(path), path).toContain('截至 <time datetime="2022-07-15">2022年7月15日</time>');
    }
  });

  it('publishes the plan text and the inspection with its findings and tasks', () => {
    const plan = read('plans/bazhong-cei2/index.html');
    expect(plan).toContain('一、总体要求');
    expect(plan).toContain('五、保障措施');
    const inspection = read('inspections/cei2-sichuan/index.html');
    expect(inspection).toContain('中央第五生态环境保护督察组');
    expect(inspection).toContain('2021年12月13日');
    expect(inspection.match(/href="\/tasks\/bazhong-cei2\/\d\d\/"/g)).toHaveLength(10);
  });
});
