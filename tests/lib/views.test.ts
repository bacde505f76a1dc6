import { describe, expect, it } from 'vitest';
import { countyPage, filterListPages, filterPage, homePage, placesAsListed, reportPage, siteMenu, taskPage, unitPage, type ContentHistory } from '../../src/features/views/index.ts';
import { CITY, jurisdiction, ledgerOf, measure, OFFICE, task, unit, update, place as placeOf } from '../helpers/ledger-builder.ts';

/** A place in 甲县 unless it says otherwise. */
const place = (id: string, fields: Record<string, unknown> = {}) => placeOf(id, { jurisdiction: 'county-a', ...fields });
const jurisdictions = [{ id: CITY, name: '示例市', kind: 'city' }, jurisdiction({ id: 'county-a', name: '甲县' }), jurisdiction({ id: 'county-b', name: '乙县' })];
const units = [
  unit({ id: OFFICE, name: '示例局', kind: 'office' }),
  unit({ id: 'county-a/gov', name: '甲县人民政府', kind: 'party-and-government', jurisdiction: 'county-a' }),
  unit({ id: 'counties', name: '各县人民政府', kind: 'group', members: ['county-a/gov'] }),
];
const noHistory: ContentHistory = { fileOf: () => undefined, lastChanged: () => null, changeDates: () => [] };

describe('the task page', () => {
  const ledger = ledgerOf({
    jurisdictions,
    units,
    tasks: [
      task({ number: 1, measures: [measure({ items: [{ label: '1.', text: '乙厂', places: ['plant/b'] }, { label: '2.', text: '甲厂', places: ['plant/a'] }] })] }),
      task({ number: 2 }),
    ],
    updates: [update({ task: 'demo-plan/01', date: '2025-03-01', status: '序时推进' }), update({ task: 'demo-plan/01', date: '2025-09-01', status: '已完成' })],
    places: [place('plant/a'), place('plant/c'), place('plant/b')],
    news: [
      { id: 'n1', title: '动态', date: '2025-04-01', topic: '工作动态', publisher: '示例局', summary: '进展。', tasks: ['demo-plan/01', 'demo-plan/01'] },
      { id: 'n2', title: '别的', date: '2025-04-02', topic: '工作动态', publisher: '示例局', summary: '进展。', tasks: ['demo-plan/02'] },
    ],
  });
  const view = ledger.taskById.get('demo-plan/01')!;
  const page = (history = noHistory) => taskPage({ ledger, siteUrl: 'https://example.org/sub/', view, places: ledger.places, history });

  it('lists places in the order the measures name them, then the others', () => {
    expect(placesAsListed(view, ledger.places).map((entry) => entry.id)).toEqual(['plant/b', 'plant/a', 'plant/c']);
  });

  it('links the news that name the task, once each, and not the news of another task', () => {
    expect(page().news.map((article) => article.id)).toEqual(['n1']);
    expect(taskPage({ ledger, siteUrl: 'https://example.org/', view: ledger.taskById.get('demo-plan/02')!, places: [], history: noHistory }).news.map((article) => article.id)).toEqual(['n2']);
  });

  it('dates the citation by the latest of a commit and an update published by the as-of day', () => {
    expect(page().contentDate).toBe('2025-03-01');
    const history: ContentHistory = { fileOf: (folder, id) => `${folder}/${id}.yaml`, lastChanged: () => '2025-05-20', changeDates: () => ['2025-05-20', '2025-01-02'] };
    expect(page(history).contentDate).toBe('2025-05-20');
    expect(page(history).changes.map((change) => change.date)).toEqual(['2025-05-20', '2025-03-01', '2025-01-02']);
  });

  it('asks the history only about the files of this task and its updates', () => {
    const asked: string[][] = [];
    const history: ContentHistory = { fileOf: (folder, id) => `${folder}/${id}.yaml`, lastChanged: (files) => (asked.push([...files]), null), changeDates: () => [] };
    page(history);
    expect(asked[0]).toEqual(['tasks/demo-plan/01.yaml', ...view.updates.map((entry) => `updates/${entry.id}.yaml`)]);
    expect(asked[0]).toHaveLength(3);
  });

  it("names the task's source and related documents by their titles, or by id when a document is unknown", () => {
    expect(page().source).toEqual({ document: 'demo-plan-text', title: '示例整改方案', locator: undefined });
    const withDocuments = ledgerOf({ tasks: [task({ documents: ['demo-plan-text', 'not-in-ledger'] })] });
    const documents = taskPage({ ledger: withDocuments, siteUrl: 'https://example.org/', view: withDocuments.tasks[0]!, places: [], history: noHistory }).documents;
    expect(documents).toEqual([{ id: 'demo-plan-text', title: '示例整改方案' }, { id: 'not-in-ledger', title: 'not-in-ledger' }]);
  });

  it('gives the permanent address under the base path and the task feed', () => {
    expect(page().permalink).toBe('https://example.org/sub/tasks/demo-plan/01/');
    expect(page().feed.path).toBe('/feeds/tasks/demo-plan/01.xml');
    expect(page().heading).toBe('整改任务一：任务1');
  });

  it("gives each measure its own title and permanent address, the task's under the base path with the measure's anchor", () => {
    const twoMeasures = ledgerOf({ tasks: [task({ measures: [measure({ number: 1 }), measure({ number: 2 })] })] });
    const measures = taskPage({ ledger: twoMeasures, siteUrl: 'https://example.org/sub/', view: twoMeasures.tasks[0]!, places: [], history: noHistory }).measures;
    expect(measures.map(({ title, permalink }) => [title, permalink])).toEqual([
      ['整改任务一：任务1（第1条措施）', 'https://example.org/sub/tasks/demo-plan/01/#measure-1'],
      ['整改任务一：任务1（第2条措施）', 'https://example.org/sub/tasks/demo-plan/01/#measure-2'],
    ]);
  });
});

describe('the county and unit pages', () => {
  const ledger = ledgerOf({
    jurisdictions,
    units,
    tasks: [task({ number: 1, responsibleUnits: ['counties'] }), task({ number: 2, responsibleUnits: [OFFICE] })],
    places: [place('plant/a'), place('plant/b', { jurisdiction: 'county-b' })],
  });
  const countyA = ledger.jurisdictions.get('county-a')!;

  it("shows a county's own places and units, and counts a group unit's tasks under each member county", () => {
    const page = countyPage(ledger, countyA);
    expect(page.places.map((entry) => entry.id)).toEqual(['plant/a']);
    expect(page.units.map((entry) => entry.id)).toEqual(['county-a/gov']);
    expect(page.result.tasks.map((view) => view.id)).toEqual(['demo-plan/01']);
    expect(page.description).toBe('甲县涉及的整改任务1项、整改措施0条、分解到甲县的量化目标0项。');
    expect(countyPage(ledger, ledger.jurisdictions.get('county-b')!).units).toEqual([]);
  });

  it('names the members of a group unit and the groups a unit belongs to', () => {
    expect(unitPage(ledger, ledger.units.get('counties')!).members.map((entry) => entry.id)).toEqual(['county-a/gov']);
    expect(unitPage(ledger, ledger.units.get('county-a/gov')!).groups.map((entry) => entry.id)).toEqual(['counties']);
  });

  it('links a long list to its filtered list, or to the open data when the unit has no list', () => {
    expect(unitPage(ledger, ledger.units.get(OFFICE)!).responsibleList.path).toBe('/filter/responsible/demo/office/');
  });
});

describe('the acceptance unit of a task whose first supervisor is a coordinating body’s office', () => {
  // 市环委办 is hosted by 市生态环境局 (plan 五(三)): the bureau accepts task 1; it supervises task 2 itself.
  const ledger = ledgerOf({
    units: [
      unit({ id: OFFICE, name: '示例局', kind: 'office' }),
      unit({ id: 'ecology', name: '市生态环境局' }),
      unit({ id: 'committee-office', name: '市环委办', kind: 'office', hostUnit: 'ecology' }),
    ],
    tasks: [task({ number: 1, supervisingUnits: ['committee-office'] }), task({ number: 2, supervisingUnits: ['ecology'] }), task({ number: 3, supervisingUnits: [OFFICE, 'ecology'] })],
  });

  it('is the host alone, and the unit page says which tasks it accepts as host rather than as supervisor', () => {
    const host = unitPage(ledger, ledger.units.get('ecology')!);
    expect(host.work.acceptanceTasks.map((view) => view.id)).toEqual(['demo-plan/01', 'demo-plan/02']);
    expect(host.answer).toContain('它督导2项任务，其中1项由它验收；另作为议事协调机构所在的部门验收1项任务');
    const office = unitPage(ledger, ledger.units.get('committee-office')!);
    expect(office.work.acceptanceTasks).toEqual([]);
    expect(office.answer).toContain('它督导1项任务');
    expect(office.answer).not.toContain('验收');
  });

  it('says on the task page why the host accepts', () => {
    const page = (number: number) => taskPage({ ledger, siteUrl: 'https://example.org/', view: ledger.taskById.get(`demo-plan/0${number}`)!, places: [], history: noHistory });
    expect(page(1).units.acceptanceRule).toBe('督导单位中排在第一位的市环委办是议事协调机构（的办公室），由它所在的市生态环境局作为整改验收单位');
    expect(page(3).units.acceptanceRule).toBe('督导单位中排在第一位的为整改验收单位');
  });
});

describe('a unit with a reopened task', () => {
  it('says the reopened task beside what is late, though it is not counted late', () => {
    const evidence = { links: [{ title: '回头看通报', url: 'https://example.org/report' }] };
    const ledger = ledgerOf({
      tasks: [task({ number: 1, deadline: '2025年3月' }), task({ number: 2, deadline: '2026年12月' })],
      updates: [
        update({ task: 'demo-plan/01', date: '2025-02-01', status: '已完成' }),
        update({ task: 'demo-plan/01', date: '2025-05-01', status: '重新整改', summary: '回头看发现敷衍整改。', evidence }),
      ],
    });
    expect(unitPage(ledger, ledger.units.get(OFFICE)!).answer).toContain('负责的2项整改任务中没有逾期的，2条措施中有1条逾期，另有1项任务回头看发现问题，重新整改；');
  });
});

describe('the site menu', () => {
  it('has a map only when there is a place, and one entry per plan', () => {
    const withPlaces = siteMenu(ledgerOf({ jurisdictions, tasks: [task()], places: [place('plant/a')] }));
    const without = siteMenu(ledgerOf({ tasks: [task()] }));
    expect(withPlaces.map((item) => item.label)).toContain('地图');
    expect(without.map((item) => item.label)).not.toContain('地图');
    expect(without.filter((item) => item.path.startsWith('/plans/'))).toHaveLength(1);
  });

  it('leads with the findings when a feedback is published before its plan, and leaves out sections with nothing in them', () => {
    const feedbackOnly = siteMenu(ledgerOf({ plans: [], findings: [{ id: 'demo-inspection/01', inspection: 'demo-inspection', number: 1, text: '问题。' }] }));
    expect(feedbackOnly.map((item) => item.label)).toEqual(['首页', '反馈问题', '县区', '开放数据', '如何举报']);
    const withPlan = siteMenu(ledgerOf({ tasks: [task({ measures: [measure({ targets: [{ metric: '管网', unit: '公里', value: 3 }] })] })] }));
    expect(withPlan.map((item) => item.label)).toEqual(['首页', '整改任务', '县区', '单位', '整改方案', '通报', '指标与图表', '开放数据', '如何举报']);
  });
});

describe('the home page', () => {
  it("links each status count to the plan's section of the status's list, on the page where that section begins", () => {
    const tasks = Array.from({ length: 5 }, (_, index) => task({ number: index + 1, deadline: '2024年12月' }));
    const other = { id: 'other-plan', title: '另一方案', issuer: '示例市', jurisdiction: CITY, date: '2022-01', inspection: 'demo-inspection', document: 'demo-plan-text' };
    const ledger = ledgerOf({
      plans: [{ id: 'demo-plan', title: '示例整改方案', issuer: '示例市', jurisdiction: CITY, date: '2022-01', inspection: 'demo-inspection', document: 'demo-plan-text' }, other],
      tasks: [...tasks, task({ plan: 'other-plan', number: 1, deadline: '2024年12月' })],
    });
    const page = homePage(ledger, 2);
    const [first, second] = page.inspections[0]!.plans;
    expect(first!.statusRows.map((row) => [row.status, row.tasks, row.measures])).toEqual([
      ['逾期', 5, 5],
    ]);
    expect(first!.statusRows[0]!.tasksPath).toBe('/filter/status/overdue/#plan-demo-plan');
    // Five overdue tasks of the first plan fill pages 1–3 of two rows; the other plan's task begins on page 3.
    expect(second!.statusRows[0]!.tasksPath).toBe('/filter/status/overdue/page-3/#plan-other-plan');
  });

  it('says how many findings an inspection without a plan has published, and names who reported the latest updates', () => {
    const ledger = ledgerOf({
      tasks: [task()],
      findings: [
        { id: 'f/1', inspection: 'demo-inspection', number: 1, heading: '问题一', text: '问题。' },
        { id: 'f/2', inspection: 'demo-inspection', number: 2, heading: '问题二', text: '问题。' },
      ],
      updates: [update({ task: 'demo-plan/01', date: '2025-01-01', status: '序时推进' }), update({ task: 'demo-plan/01', date: '2030-01-01', status: '已完成' })],
    });
    const page = homePage(ledger, 200);
    expect(page.inspections[0]!.findings).toBe(2);
    expect(page.latest.map((row) => [row.update.data.date, row.reporter, row.task?.id])).toEqual([['2025-01-01', '示例局', 'demo-plan/01']]);
  });
});

describe('the pages of a filtered list', () => {
  it('splits a long list into numbered pages whose addresses the filter page and the address list share', () => {
    const ledger = ledgerOf({ tasks: Array.from({ length: 5 }, (_, index) => task({ number: index + 1 })) });
    const pages = filterListPages(ledger, 2).filter((page) => page.option.dimension === 'responsible');
    expect(pages.map((page) => [page.path, page.shown.tasks.length])).toEqual([
      ['/filter/responsible/demo/office/', 2],
      ['/filter/responsible/demo/office/page-2/', 2],
      ['/filter/responsible/demo/office/page-3/', 1],
    ]);
    expect(filterPage(ledger, pages[1]!)).toMatchObject({ title: '责任单位：示例局', onPage: '第2页', pageLink: { path: '/units/demo/office/' } });
    expect(filterPage(ledger, pages[1]!).byPlan.map((group) => group.tasks.length)).toEqual([2]);
  });
});

describe('the reporting page', () => {
  it('dials a local number by its digits and keeps the number as written on one line', () => {
    const { local } = reportPage({ reportingChannels: [{ name: '市生态环境局', phone: '0827-5262369' }, { name: '网上信访', link: { title: '网上信访', url: 'https://example.gov.cn/' } }] } as never);
    expect(local[0]!.phone).toEqual({ text: '0827\u20115262369', href: 'tel:08275262369' });
    expect(local[1]!.phone).toBeUndefined();
    expect(local[1]!.link?.url).toBe('https://example.gov.cn/');
  });

  it('lists the national channels whether or not the site lists its own: the 12369 WeChat account and the 12345 hotline that took over the 12369 calls', () => {
    for (const reportingChannels of [[], [{ name: '市生态环境局', phone: '0827-5262369' }]]) {
      const { national, local } = reportPage({ reportingChannels } as never);
      expect(local).toHaveLength(reportingChannels.length);
      expect(national.map((channel) => channel.name)).toEqual(['“12369环保举报”微信公众号', '12345政务服务便民热线']);
      expect(national[1]!.phone?.href).toBe('tel:12345');
      // The 12369 number is no longer dialled (switched off in 2024): no channel offers it as a phone.
      expect(national.every((channel) => channel.phone?.href !== 'tel:12369')).toBe(true);
    }
  });
});
