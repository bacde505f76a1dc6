import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Writes a synthetic deployment for the benchmark: the two-inspection fixture's settings,
 * units, plan and county outlines, plus `tasks` tasks with three measures each,
 * `updatesPerTask` dated updates each, and `places` sewage plants with measured points
 * spread over the fixture's two made-up counties, one per task in turn. Every file is valid
 * content, so the benchmark builds what staff would.
 */
export function writeSyntheticContent(options: { fixture: string; target: string; tasks: number; updatesPerTask: number; places?: number }): void {
  const { fixture, target, tasks, updatesPerTask, places = 0 } = options;
  for (const folder of ['jurisdictions', 'units', 'documents', 'attachments', 'inspections', 'findings', 'plans', 'geo']) {
    cpSync(join(fixture, folder), join(target, folder), { recursive: true });
  }
  // The fixture's settings, but lists of the default length (the fixture pages them a row at a time).
  writeFileSync(join(target, 'site.yaml'), readFileSync(join(fixture, 'site.yaml'), 'utf8').replace(/^listLength:.*\n/m, ''));
  mkdirSync(join(target, 'tasks/synthetic'), { recursive: true });
  mkdirSync(join(target, 'updates/synthetic'), { recursive: true });
  mkdirSync(join(target, 'places'), { recursive: true });
  const digits = String(tasks).length;
  for (let n = 1; n <= tasks; n++) {
    const id = String(n).padStart(digits, '0');
    const year = 2022 + (n % 4);
    writeFileSync(
      join(target, 'tasks/synthetic', `${id}.yaml`),
      `plan: demo
number: ${n + 10}
title: 合成任务${n}
finding: 第${n}项合成督察反馈问题：某地污水管网建设滞后，雨污混流问题突出，需要系统整治。
responsibleUnits: [counties]
supervisingUnits: [committee-office, ecology]
deadline: ${year}年12月
goal: 完成第${n}项合成任务的整改。
measures:
  - number: 1
    text: ${year}年6月底前，完成新建污水管网30公里，其中：甲区10公里，乙县20公里。
    responsibleUnits: [counties]
    due: "${year}-06"
    targets:
      - metric: 新建污水管网
        unit: 公里
        value: 30
        due: "${year}-06"
        jurisdiction: demo-city
        breakdown:
          - { jurisdiction: district-a, value: 10 }
          - { jurisdiction: county-b, value: 20 }
  - number: 2
    text: ${year}年9月底前，完成问题排查并建立台账。
    responsibleUnits: [district-a]
    due: "${year}-09"
  - number: 3
    text: 持续加强日常监管。
    responsibleUnits: [county-b]
source:
  document: demo-plan
`,
    );
    for (let u = 1; u <= updatesPerTask; u++) {
      const month = String(((u - 1) % 12) + 1).padStart(2, '0');
      // Updates go round the three measures; each measure's reports move forward only (the
      // content check refuses 未启动 after work has started): first 未启动 in a quarter of the
      // tasks, then 序时推进, and the last report 已完成 in another quarter.
      const report = Math.floor((u - 1) / 3);
      const lastReport = u + 3 > updatesPerTask;
      const status = report === 0 && n % 4 === 0 ? '未启动' : lastReport && n % 4 === 3 ? '已完成' : '序时推进';
      writeFileSync(
        join(target, 'updates/synthetic', `${id}-${String(u).padStart(2, '0')}.yaml`),
        `task: synthetic/${id}
measure: ${((u - 1) % 3) + 1}
date: "2021-${month}-15"
status: ${status}
reportedBy: counties
summary: 第${u}次合成进展报告。
`,
      );
    }
  }
  // The fixture's outlines: 甲区 district-a is the square 100–101°E × 30–31°N, and 乙县
  // county-b holds the square 101–102°E × 30–31°N. Points stay a little inside them.
  let seed = 42;
  const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648;
  const placeDigits = String(places).length;
  for (let n = 1; n <= places; n++) {
    const inA = n % 2 === 1;
    const longitude = (inA ? 100.01 : 101.01) + random() * 0.98;
    const latitude = 30.01 + random() * 0.98;
    const task = String(((n - 1) % tasks) + 1).padStart(digits, '0');
    writeFileSync(
      join(target, 'places', `synthetic-${String(n).padStart(placeDigits, '0')}.yaml`),
      `kind: sewage-plant
name: 合成污水处理厂${n}
jurisdiction: ${inA ? 'district-a' : 'county-b'}
task: synthetic/${task}
measure: 1
location:
  precision: exact
  point: [${longitude.toFixed(4)}, ${latitude.toFixed(4)}]
source:
  document: demo-plan
`,
    );
  }
}

/** Writes a bare Astro project that builds `pages` static pages of similar size and nothing else. */
export function writeBareAstro(options: { target: string; pages: number }): void {
  const { target, pages } = options;
  mkdirSync(join(target, 'src/pages/p'), { recursive: true });
  writeFileSync(join(target, 'package.json'), '{ "type": "module", "private": true }\n');
  writeFileSync(join(target, 'astro.config.mjs'), "import { defineConfig } from 'astro/config';\nexport default defineConfig({ devToolbar: { enabled: false } });\n");
  writeFileSync(
    join(target, 'src/pages/p/[id].astro'),
    `---
export function getStaticPaths() {
  return Array.from({ length: ${pages} }, (_, index) => ({ params: { id: String(index + 1) } }));
}
const { id } = Astro.params;
---
<html lang="zh-CN"><head><meta charset="utf-8" /><title>页面 {id}</title></head>
<body><h1>页面 {id}</h1><p>第{id}项合成督察反馈问题：某地污水管网建设滞后，雨污混流问题突出，需要系统整治。</p></body></html>
`,
  );
}
