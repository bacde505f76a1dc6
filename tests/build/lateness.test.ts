import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SITES } from '../helpers/sites.ts';

// Every page of the built Bazhong site that counts late (逾期) items gives the same numbers and
// names the same unit as having the most: read off the pages as a reader sees them, never
// recomputed here. As of the tests' day (2022-07-15) the current bulletin is 2022-b4.
const dist = SITES.bazhong.outDir;
const read = (path: string) => readFileSync(join(dist, path.replace(/^\//, ''), path.endsWith('/') ? 'index.html' : ''), 'utf8');
const text = (html: string) => html.replace(/<[^>]+>/g, '');

/** The rows of the first table whose caption starts so: header cell and the numbers of its cells. */
function tableRows(html: string, caption: string): { name: string; values: number[] }[] {
  const table = html.split('<table').find((part) => text(/<caption[^>]*>([\s\S]*?)<\/caption>/.exec(part)?.[1] ?? '').startsWith(caption));
  if (!table) throw new Error(`no table captioned ${caption}`);
  const body = table.slice(table.indexOf('<tbody>'), table.indexOf('</tbody>'));
  return [...body.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map(([, row]) => ({
    name: text(/<th[^>]*>([\s\S]*?)<\/th>/.exec(row!)![1]!),
    values: [...row!.matchAll(/<td class="num"[^>]*>([\s\S]*?)<\/td>/g)].map(([, cell]) => Number(text(cell!))),
  }));
}

/** The number a stat box shows beside its label. */
const stat = (html: string, label: string) => Number(new RegExp(`<span class="stat-value">(\\d+)</span>${label}</li>`).exec(html)?.[1]);
/** The answer the page opens with. */
const answer = (html: string) => text(/<p class="answer-first"[^>]*>([\s\S]*?)<\/p>/.exec(html)![1]!);
/** The unit pages the units list links to, by name. */
const unitPaths = new Map([...read('/units/').matchAll(/<a href="(\/units\/[^"]+\/)">([^<]+)<\/a>/g)].map(([, path, name]) => [name!, path!]));

const chart = tableRows(read('/charts/overdue/'), '逾期的任务和措施（按责任单位）');
/** That an answer says so many tasks and measures are late (none: it says so, or names no late measure). */
function expectLate(answer: string, tasks: number, measures: number, what: string): void {
  expect(answer, what).toContain(tasks > 0 ? `中有${tasks}项逾期` : '没有逾期');
  if (measures > 0) expect(answer, what).toContain(`中有${measures}条逾期`);
  else expect(answer, what).not.toMatch(/有\d+条逾期/);
}

describe('one count of late items on every page of the Bazhong site', () => {
  it('draws the overdue chart from the same rows as its CSV, most late first', () => {
    expect(chart.length).toBeGreaterThan(5);
    const csv = readFileSync(join(dist, 'data/charts/overdue.csv'), 'utf8').replace(/^\uFEFF/, '').trim().split('\r\n').slice(1);
    expect(csv).toEqual(chart.map((row) => [row.name, ...row.values].join(',')));
    const totals = chart.map((row) => row.values[0]! + row.values[1]!);
    expect(totals).toEqual([...totals].sort((a, b) => b - a));
  });

  it('gives each unit of the chart the late tasks and measures its own page counts and states first', () => {
    for (const row of chart) {
      const path = unitPaths.get(row.name.replace(/（合称）$/, ''));
      expect(path, row.name).toBeDefined();
      const page = read(path!);
      const [tasks, measures] = row.values as [number, number];
      expect(stat(page, '逾期'), row.name).toBe(tasks + measures);
      expectLate(answer(page), tasks, measures, row.name);
      if (tasks > 0) expect(tableRows(page, '逾期的任务'), row.name).toHaveLength(tasks);
      if (measures > 0) expect(tableRows(page, '逾期的措施'), row.name).toHaveLength(measures);
    }
  });

  it('counts on the home page the late items its status table and the list of late items hold', () => {
    const home = read('/');
    const [tasks, measures] = tableRows(home, '各状态的任务和措施数量').find((row) => row.name === '逾期')!.values as [number, number];
    expect(tasks).toBeGreaterThan(0);
    expect(measures).toBeGreaterThan(0);
    expect(stat(home, '逾期的任务和措施')).toBe(tasks + measures);
    const list = read('/filter/status/overdue/');
    expect(tableRows(list, '状态：逾期的整改任务')).toHaveLength(tasks);
    expect(tableRows(list, '状态：逾期的整改措施')).toHaveLength(measures);
    // The bulletin of the current period ends today: it counts the same.
    expect(stat(read('/bulletins/bazhong-cei2/2022-b4/'), '期末逾期的任务和措施')).toBe(tasks + measures);
  });

  it('names the same unit as having the most late items on the home page, in the chart and in the bulletin', () => {
    const most = chart[0]!.values[0]! + chart[0]!.values[1]!;
    const leaders = chart.filter((row) => row.values[0]! + row.values[1]! === most).map((row) => row.name);
    const home = text(/<p>逾期最多的责任单位：([\s\S]*?)（/.exec(read('/'))![1]!);
    expect(home.split('、')).toEqual(leaders);
    const bulletin = tableRows(read('/bulletins/bazhong-cei2/2022-b4/'), '按逾期的任务和措施数排列');
    expect(bulletin.filter((row) => row.values[1]! + row.values[3]! > 0).map((row) => [row.name, row.values[1], row.values[3]])).toEqual(
      chart.map((row) => [row.name.replace(/（合称）$/, ''), ...row.values]),
    );
  });

  it('states first on a county page the late tasks and measures its tables list', () => {
    for (const county of ['tongjiang', 'nanjiang', 'bazhou']) {
      const page = read(`/counties/${county}/`);
      const late = (caption: string) => tableRows(page, caption).length && (page.split('<table').find((part) => part.includes(`<caption>${caption}`))!.match(/href="\/glossary\/#overdue"/g) ?? []).length;
      const name = text(/<h1[^>]*>([\s\S]*?)<\/h1>/.exec(page)![1]!);
      expectLate(answer(page), late(`涉及${name}的任务`), late(`涉及${name}的措施`), county);
    }
  });
});

describe('a group counted under each of its members', () => {
  const group = read('/units/bazhong/counties/');
  const members = [...(/<dt>包括<\/dt>\s*<dd>([\s\S]*?)<\/dd>/.exec(group)![1]!.matchAll(/<a href="(\/units\/[^"]+\/)">([^<]+)<\/a>/g))].map(([, path, name]) => ({ path: path!, name: name! }));
  const taskLinks = (html: string, caption: string) => {
    const table = html.split('<table').find((part) => part.includes(`<caption>${caption}`));
    return new Set(table ? [...table.matchAll(/href="(\/tasks\/[^"#]+\/)"/g)].map(([, path]) => path!) : []);
  };

  it('shows the group as a group, not as a unit of the chart or the bulletin', () => {
    expect(members.map((member) => member.name)).toEqual(['巴州区党委和人民政府', '恩阳区党委和人民政府', '通江县党委和人民政府', '南江县党委和人民政府', '平昌县党委和人民政府']);
    expect(answer(group)).toMatch(/^各县（区）党委和人民政府是合称，包括/);
    expect(chart.map((row) => row.name)).not.toContain('各县（区）党委和人民政府');
    expect(tableRows(read('/bulletins/bazhong-cei2/2022-b4/'), '按逾期的任务和措施数排列').map((row) => row.name)).not.toContain('各县（区）党委和人民政府');
    expect(read('/charts/overdue/')).toContain('“各县（区）党委和人民政府”是合称：写给它的任务和措施，计入巴州区党委和人民政府、恩阳区党委和人民政府、通江县党委和人民政府、南江县党委和人民政府、平昌县党委和人民政府每个单位，不单列。');
  });

  it('lists each late task written to the group on every member’s page, and counts it in the member’s row of the chart', () => {
    const late = taskLinks(group, '逾期的任务');
    expect(late.size).toBeGreaterThan(0);
    for (const member of members) {
      const page = read(member.path);
      expect([...late].filter((path) => !taskLinks(page, '逾期的任务').has(path)), member.name).toEqual([]);
      expect(chart.find((row) => row.name === member.name)!.values[0], member.name).toBeGreaterThanOrEqual(late.size);
    }
  });
});
