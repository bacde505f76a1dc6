import { describe, expect, it } from 'vitest';
import { ledgerOf, measure, task, update } from '../helpers/ledger-builder.ts';

describe('the in-memory ledger of the unit tests', () => {
  it('passes its entries through the real schemas: a deadline is parsed, a measure numbered', () => {
    const ledger = ledgerOf({ tasks: [task({ number: 3, deadline: '2023年6月', measures: [measure(), measure({ due: '2022-12' })] })] }, '2022-07-15');
    const view = ledger.taskById.get('demo-plan/03')!;
    expect(view.task.deadline).toEqual({ text: '2023年6月', month: '2023-06', ongoing: false });
    expect(view.measures.map((entry) => [entry.measure.number, entry.measure.due])).toEqual([
      [1, undefined],
      [2, '2022-12'],
    ]);
    expect(view.plan?.id).toBe('demo-plan');
    expect(view.inspection?.id).toBe('demo-inspection');
  });

  it('derives statuses from its updates as the site does', () => {
    const one = task({ number: 1, measures: [measure({ due: '2022-06' }), measure()] });
    const ledger = ledgerOf({ tasks: [one], updates: [update({ task: 'demo-plan/01', measure: 2, date: '2022-05', status: '已完成' })] }, '2022-07-15');
    expect(ledger.taskById.get('demo-plan/01')!.measures.map((view) => view.status.status)).toEqual(['逾期', '已完成']);
  });

  it('refuses data the schemas refuse, naming the entry and the field', () => {
    expect(() => ledgerOf({ tasks: [task({ deadline: '下个月' })] })).toThrow(/tasks entry "demo-plan\/01"[\s\S]*deadline/);
    expect(() => ledgerOf({ updates: [update({ task: 'demo-plan/01', date: '2022-05', status: '滞后' })] })).toThrow(/updates entry[\s\S]*status/);
    expect(() => ledgerOf({ tasks: [task({ colour: 'red' })] })).toThrow(/colour/);
    expect(() => ledgerOf({ taks: [] } as never)).toThrow(/no collection is called "taks"/);
  });
});
