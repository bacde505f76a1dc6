import { describe, expect, it } from 'vitest';
import { taskShareDescription } from '../../src/features/views/index.ts';
import { CITY, ledgerOf, OFFICE, task, unit, update } from '../helpers/ledger-builder.ts';

const units = [
  unit({ id: OFFICE, name: '示例局', kind: 'office' }),
  unit({ id: 'water', name: '市水利局' }),
  unit({ id: 'housing', name: '市住房城乡建设局' }),
];

describe('the description a shared task page carries', () => {
  it('says the city, the task, its status on the as-of day, its deadline and who is responsible, in whole sentences', () => {
    const ledger = ledgerOf({ units, tasks: [task({ number: 6, title: '污水收集处理能力不足', deadline: '2025年12月' })], updates: [update({ task: 'demo-plan/06', date: '2025-03-01', status: '序时推进' })] });
    expect(taskShareDescription(ledger, ledger.tasks[0]!)).toBe('示例市督察整改任务六：污水收集处理能力不足。截至2025年6月15日，状态：序时推进。整改时限：2025年12月。责任单位：示例局。');
  });

  it('says when the site worked the status out from the dates, and names two units of many', () => {
    const ledger = ledgerOf({ units, tasks: [task({ number: 2, title: '河道治理', deadline: '2024年12月', responsibleUnits: [OFFICE, 'water', 'housing'] })] });
    const description = taskShareDescription(ledger, ledger.tasks[0]!);
    expect(description).toBe('示例市督察整改任务二：河道治理。截至2025年6月15日，状态：逾期（本站推算）。整改时限：2024年12月。责任单位：示例局、市水利局等3个单位。');
    expect(description).not.toContain('督察发现的问题');
  });

  it("names the plan's own city", () => {
    const ledger = ledgerOf({
      jurisdictions: [{ id: CITY, name: '示例市', kind: 'city' }, { id: 'other-city', name: '乙市', kind: 'city' }],
      plans: [{ id: 'demo-plan', title: '乙市整改方案', issuer: '乙市', jurisdiction: 'other-city', date: '2022-01', inspection: 'demo-inspection', document: 'demo-plan-text' }],
      tasks: [task({ deadline: '立行立改，长期坚持' })],
    });
    expect(taskShareDescription(ledger, ledger.tasks[0]!)).toMatch(/^乙市督察整改任务一：任务1。.*整改时限：立行立改，长期坚持。/);
  });
});
