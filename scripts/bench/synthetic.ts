import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Writes a synthetic deployment for the benchmark: the two-inspection fixture's settings,
 * units and plan, plus `tasks` tasks with three measures each and `updatesPerTask` dated
 * updates each. Every file is valid content, so the benchmark builds what staff would.
 */
export function writeSyntheticContent(options: { fixture: string; target: string; tasks: number; updatesPerTask: number }): { pages: number } {
  const { fixture, target, tasks, updatesPerTask } = options;
  for (const folder of ['jurisdictions', 'units', 'documents', 'inspections', 'findings', 'plans']) {
    cpSync(join(fixture, folder), join(target, folder), { recursive: true });
  }
  cpSync(join(fixture, 'site.yaml'), join(target, 'site.yaml'));
  mkdirSync(join(target, 'tasks/synthetic'), { recursive: true });
  mkdirSync(join(target, 'updates/synthetic'), { recursive: true });
  mkdirSync(join(target, 'places'), { recursive: true });
  const statuses = ['未启动', '序时推进', '序时推进', '已完成'];
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
      writeFileSync(
        join(target, 'updates/synthetic', `${id}-${String(u).padStart(2, '0')}.yaml`),
        `task: synthetic/${id}
measure: ${((u - 1) % 3) + 1}
date: "2021-${month}-15"
status: ${statuses[u % statuses.length]}
reportedBy: counties
summary: 第${u}次合成进展报告。
`,
      );
    }
  }
  // Task pages plus the fixed pages: home, task list, data page, 404, plan, two inspections.
  return { pages: tasks + 2 + 7 };
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
