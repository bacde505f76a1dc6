import { describe, expect, it } from 'vitest';
import { countyContents, countyPage, planContents, taskContents, taskPage, unitContents, unitPage } from '../../src/features/views/index.ts';
import { CITY, jurisdiction, ledgerOf, measure, OFFICE, place, task, unit } from '../helpers/ledger-builder.ts';

const ledger = ledgerOf({
  jurisdictions: [{ id: CITY, name: '示例市', kind: 'city' }, jurisdiction({ id: 'county-a', name: '甲县' }), jurisdiction({ id: 'county-b', name: '乙县' })],
  units: [unit({ id: OFFICE, name: '示例局', kind: 'office' }), unit({ id: 'county-a/gov', name: '甲县人民政府', kind: 'party-and-government', jurisdiction: 'county-a' })],
  tasks: [
    task({ number: 1, deadline: '2024年12月', responsibleUnits: ['county-a/gov'], measures: [measure({ responsibleUnits: ['county-a/gov'] }), measure({ responsibleUnits: ['county-a/gov'], due: '2024-06' })] }),
    task({ number: 2 }),
  ],
  places: [place('plant/a', { jurisdiction: 'county-a' })],
});

describe('the list of contents of a long page', () => {
  it("names each section of a county page with what it holds, leaving out the sections the page leaves out", () => {
    const contents = countyContents(countyPage(ledger, ledger.jurisdictions.get('county-a')!));
    expect(contents).toEqual([
      { id: 'targets', label: '量化目标（0项）' },
      { id: 'places', label: '点位（1处）' },
      { id: 'tasks', label: '任务（1项）和措施（2条）' },
    ]);
    expect(countyContents(countyPage(ledger, ledger.jurisdictions.get('county-b')!)).map((entry) => entry.id)).toEqual(['targets', 'tasks']);
  });

  it("counts a unit's late tasks and measures apart, as 项 and 条", () => {
    const contents = unitContents(unitPage(ledger, ledger.units.get('county-a/gov')!));
    expect(contents.map((entry) => entry.id)).toEqual(['late', 'acceptance', 'responsible', 'supervised']);
    expect(contents[0]!.label).toBe('逾期的任务（1项）和措施（2条）');
    expect(contents[2]!.label).toBe('负责的任务（1项）和措施（2条）');
  });

  it("lists a task page's sections with their counts, the places only where the task has some", () => {
    const history = { fileOf: () => undefined, lastChanged: () => null, changeDates: () => [] };
    const view = ledger.tasks[0]!;
    const page = (places: Parameters<typeof taskPage>[0]['places']) => taskPage({ ledger, siteUrl: 'https://example.test/', view, places, history });
    expect(taskContents(page([]))).toEqual([
      { id: 'findings', label: '督察反馈问题' },
      { id: 'goal', label: '整改目标' },
      { id: 'measures', label: '整改措施（2条）' },
      { id: 'progress', label: '整改进展（0条）' },
      { id: 'sources', label: '来源、修改记录与引用' },
    ]);
    const withPlace = taskContents(page([...ledger.places.values()]));
    expect(withPlace.map((entry) => entry.id)).toEqual(['findings', 'goal', 'measures', 'places', 'progress', 'sources']);
    expect(withPlace[3]!.label).toBe('涉及点位（1处）');
  });

  it("lists a plan's top-level headings, whatever their depth, then its task list", () => {
    const headings = [
      { depth: 2, slug: 'one', text: '一、总体要求' },
      { depth: 3, slug: 'one-a', text: '（一）提高认识' },
      { depth: 2, slug: 'two', text: '二、保障措施' },
    ];
    expect(planContents(headings, 10)).toEqual([
      { id: 'one', label: '一、总体要求' },
      { id: 'two', label: '二、保障措施' },
      { id: 'tasks', label: '附件：整改任务清单（10项）' },
    ]);
    expect(planContents([{ depth: 3, slug: 'a', text: '甲' }], 0).map((entry) => entry.id)).toEqual(['a', 'tasks']);
    expect(planContents([], 2)).toEqual([{ id: 'tasks', label: '附件：整改任务清单（2项）' }]);
  });
});
