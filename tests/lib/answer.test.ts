import { describe, expect, it } from 'vitest';
import { applyFilters, countyAnswer, countyPage, taskAnswer, taskPage, unitAnswer, unitWork } from '../../src/features/views/index.ts';
import { jurisdiction, ledgerOf, measure, OFFICE, task, twoCountiesAndTheirGroup, unit, update } from '../helpers/ledger-builder.ts';

// A county (甲县) with its government, a zone with no unit seated in it, a group of counties and a
// department that accepts. As of 2025-06-15.
const RAW = {
  ...twoCountiesAndTheirGroup(
    [unit({ id: 'dept', name: '示例市水利局', kind: 'department' }), unit({ id: 'sup', name: '示例市督查办', kind: 'office' })],
    [jurisdiction({ id: 'zone', name: '示例新区', kind: 'functional-zone' })],
  ),
  tasks: [
    // Late: its deadline has passed. Accepted by the department (first supervising unit).
    task({ number: 1, responsibleUnits: ['counties', 'dept'], supervisingUnits: ['dept', OFFICE], deadline: '2024年12月', measures: [measure({ responsibleUnits: ['counties'] })] }),
    // On time: one measure due 2025-09, another 2025-12 (the task's deadline), a zone target.
    task({
      number: 2,
      responsibleUnits: ['jia-gov'],
      deadline: '2025年12月',
      measures: [
        measure({ responsibleUnits: ['jia-gov'], due: '2025-09' }),
        measure({ responsibleUnits: ['dept'], targets: [{ metric: '管网', unit: '公里', value: 3, jurisdiction: 'zone' }] }),
      ],
    }),
    task({ number: 3, responsibleUnits: ['dept'], supervisingUnits: ['sup'], deadline: '立行立改，长期坚持' }),
  ],
  updates: [update({ task: 'demo-plan/02', date: '2025-03', status: '序时推进', reportedBy: 'jia-gov' })],
};
const LEDGER = ledgerOf(RAW);
const unitOf = (id: string) => LEDGER.units.get(id)!;

describe('the sentence a county page opens with', () => {
  it('says how many of its tasks and measures are late, its next deadline and the units seated there', () => {
    const area = LEDGER.jurisdictions.get('jia')!;
    const page = countyPage(LEDGER, area);
    expect(page.answer).toBe(
      '截至2025年6月15日，涉及甲县的2项整改任务中有1项逾期，2条措施中有1条逾期；下一个时限是2025年9月（任务二第1条措施）；当地的责任单位是甲县党委和人民政府。',
    );
    expect(page.answer).toBe(countyAnswer(LEDGER, area, applyFilters(LEDGER, { county: 'jia' }), page.units));
  });

  it('names the units on its measures where none is seated there, and says when nothing is late', () => {
    expect(countyPage(LEDGER, LEDGER.jurisdictions.get('zone')!).answer).toBe(
      '截至2025年6月15日，涉及示例新区的1项整改任务、1条措施都没有逾期；下一个时限是2025年12月（任务二）；责任单位有示例市水利局。',
    );
  });

  it('says when no task concerns the area', () => {
    const empty = ledgerOf({ ...RAW, tasks: [], updates: [] });
    expect(countyPage(empty, empty.jurisdictions.get('jia')!).answer).toBe('截至2025年6月15日，没有涉及甲县的整改任务。');
  });

  it('says when no deadline is ahead', () => {
    const later = ledgerOf(RAW, '2026-02-01');
    expect(countyPage(later, later.jurisdictions.get('jia')!).answer).toContain('；没有尚未到期的时限；');
  });
});

describe('the sentence a unit page opens with', () => {
  it('counts what the unit is responsible for, its group’s work included, its next deadline and what it supervises', () => {
    expect(unitAnswer(LEDGER, unitOf('jia-gov'), unitWork(LEDGER, 'jia-gov'))).toBe(
      '截至2025年6月15日，甲县党委和人民政府负责的2项整改任务中有1项逾期，2条措施中有1条逾期；下一个时限是2025年9月（任务二第1条措施）。',
    );
    expect(unitAnswer(LEDGER, unitOf('dept'), unitWork(LEDGER, 'dept'))).toBe(
      '截至2025年6月15日，示例市水利局负责的3项整改任务中有1项逾期，1条措施中没有逾期的；下一个时限是2025年12月（任务二）；它督导1项任务，其中1项由它验收。',
    );
  });

  it('presents a group as a group, its work counted under each member', () => {
    expect(unitAnswer(LEDGER, unitOf('counties'), unitWork(LEDGER, 'counties'))).toBe(
      '各县党委和人民政府是合称，包括甲县党委和人民政府、乙县党委和人民政府；截至2025年6月15日，写给它的1项整改任务中有1项逾期，1条措施中有1条逾期，都计入每个成员单位的统计。',
    );
  });

  it('says when a unit is responsible for nothing, and when its only task has no deadline', () => {
    expect(unitAnswer(LEDGER, unitOf('sup'), unitWork(LEDGER, 'sup'))).toBe('截至2025年6月15日，示例市督查办不是任何整改任务的责任单位；它督导1项任务，其中1项由它验收。');
    // 示例局 answers for task 三's measure (the builder's default unit), which is open-ended.
    expect(unitAnswer(LEDGER, unitOf(OFFICE), unitWork(LEDGER, OFFICE))).toBe(
      '截至2025年6月15日，示例局负责的1项整改任务、1条措施都没有逾期；没有尚未到期的时限（立行立改、长期坚持的任务没有截止日期）；它督导2项任务，其中1项由它验收。',
    );
  });
});

describe('the sentence a task page opens with', () => {
  it('gives the status in words with why, the deadline, the responsible units and who accepts it', () => {
    const [late, onTime, ongoing] = LEDGER.tasks;
    expect(taskAnswer(LEDGER, late!)).toBe(
      '截至2025年6月15日，整改任务一逾期（整改时限2024年12月已过，本站未见验收销号信息）；时限已过去166天；责任单位是各县党委和人民政府、示例市水利局，由示例市水利局验收。',
    );
    expect(taskAnswer(LEDGER, onTime!)).toBe('截至2025年6月15日，整改任务二序时推进（2025年3月报告）；整改时限为2025年12月，还有199天；责任单位是甲县党委和人民政府，由示例局验收。');
    expect(taskAnswer(LEDGER, ongoing!)).toBe('截至2025年6月15日，整改任务三长期坚持（整改时限为立行立改，长期坚持）；责任单位是示例市水利局，由示例市督查办验收。');
  });

  it('is what the task page view model opens with', () => {
    const view = LEDGER.tasks[0]!;
    const history = { fileOf: () => undefined, lastChanged: () => null, changeDates: () => [] };
    expect(taskPage({ ledger: LEDGER, siteUrl: 'https://example.test/', view, places: [], history }).answer).toBe(taskAnswer(LEDGER, view));
  });
});
