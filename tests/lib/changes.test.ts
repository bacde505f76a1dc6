import { describe, expect, it } from 'vitest';
import { pageChanges } from '../../src/features/views/changes.ts';
import { ledgerOf, place, task } from '../helpers/ledger-builder.ts';

const update = (id: string, date: string, measure?: number, where?: string) => ({
  id,
  data: { task: 't/01', date, status: '已完成' as const, reportedBy: 'u', summary: 's', ...(measure ? { measure } : {}), ...(where ? { place: where } : {}) },
});
const ledger = ledgerOf({ tasks: [task()], places: [place('demo/mine', { name: '锅洞河煤矿' })] });

describe('what changed on a task page', () => {
  it('merges updates and content-file commit days, newest first, hiding updates dated after the as-of day', () => {
    const changes = pageChanges([update('a', '2021-12', 1), update('b', '2022-03'), update('c', '2023-01')], ['2022-07-01', '2021-12-20'], '2022-12-31', ledger);
    expect(changes.map((change) => [change.date, change.kind])).toEqual([
      ['2022-07-01', 'content'],
      ['2022-03', 'update'],
      ['2021-12-20', 'content'],
      ['2021-12', 'update'],
    ]);
    expect(changes[1]!.text).toBe('整改进展：任务报告已完成');
    expect(changes[3]).toMatchObject({ text: '整改进展：第1条措施报告已完成', update: 'a' });
  });

  it('names the place a report is about, so that one place done never reads as the whole measure done', () => {
    const changes = pageChanges([update('a', '2022', 3, 'demo/mine'), update('b', '2022-03', undefined, 'demo/mine')], [], '2022-12-31', ledger);
    expect(changes.map((change) => change.text)).toEqual(['整改进展：任务（锅洞河煤矿）报告已完成', '整改进展：第3条措施（锅洞河煤矿）报告已完成']);
  });
});
