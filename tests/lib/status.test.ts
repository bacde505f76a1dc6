import { describe, expect, it } from 'vitest';
import { deriveMeasureStatus, deriveTaskStatus, type StatusResult } from '../../src/core/status.ts';

const measure = (status: StatusResult['status']): StatusResult => ({ status, derived: false, reason: '', latest: null });

describe('deriveMeasureStatus', () => {
  it('marks a measure late (逾期) once its due month has passed with no completion reported', () => {
    const result = deriveMeasureStatus({ due: '2022-06', ongoing: false, claims: [{ date: '2022-03', status: '序时推进' }], asOf: '2022-07-01' });
    expect(result).toMatchObject({ status: '逾期', derived: true, reason: '时限2022年6月已过，未见完成报告' });
  });

  it('keeps the reported progress while the due month is not over', () => {
    const result = deriveMeasureStatus({ due: '2022-06', ongoing: false, claims: [{ date: '2022-03', status: '序时推进' }], asOf: '2022-06-30' });
    expect(result).toMatchObject({ status: '序时推进', derived: false });
  });

  it('shows a completed measure as completed even after its due date', () => {
    const result = deriveMeasureStatus({ due: '2021-12', ongoing: false, claims: [{ date: '2021-12', status: '已完成' }], asOf: '2026-01-01' });
    expect(result).toMatchObject({ status: '已完成', derived: false });
  });

  it('ignores claims dated after the as-of day', () => {
    const result = deriveMeasureStatus({ due: '2023-12', ongoing: false, claims: [{ date: '2023-01', status: '已完成' }], asOf: '2022-12-31' });
    expect(result.status).toBe('未报告');
  });

  it('calls an open-ended measure with no report ongoing by design, never complete', () => {
    const result = deriveMeasureStatus({ due: null, ongoing: true, claims: [], asOf: '2030-01-01' });
    expect(result).toMatchObject({ status: '长期坚持', derived: true });
  });
});

describe('deriveTaskStatus', () => {
  it('marks a task past its deadline with no close-out as overdue, even if its measures are done', () => {
    const result = deriveTaskStatus({
      deadlineMonth: '2021-12',
      ongoing: false,
      claims: [],
      measureStatuses: [measure('已完成'), measure('已完成')],
      asOf: '2022-01-01',
    });
    expect(result).toMatchObject({ status: '逾期', derived: true, reason: '整改时限2021年12月已过，本站未见验收销号信息' });
  });

  it('ends with acceptance and close-out whatever the deadline', () => {
    const result = deriveTaskStatus({
      deadlineMonth: '2021-12',
      ongoing: false,
      claims: [{ date: '2022-03-01', status: '已验收销号' }],
      measureStatuses: [measure('已完成')],
      asOf: '2026-01-01',
    });
    expect(result).toMatchObject({ status: '已验收销号', derived: false });
  });

  it('is late (逾期), by the same word as its measure, while its deadline is ahead but a measure is late', () => {
    const result = deriveTaskStatus({
      deadlineMonth: '2023-12',
      ongoing: false,
      claims: [{ date: '2022-01', status: '序时推进' }],
      measureStatuses: [measure('逾期'), measure('序时推进')],
      asOf: '2022-07-15',
    });
    expect(result).toMatchObject({ status: '逾期', derived: true, reason: '1条措施时限已过，未见完成报告' });
  });

  it('says all measures are reported complete while waiting for close-out', () => {
    const result = deriveTaskStatus({
      deadlineMonth: '2023-12',
      ongoing: false,
      claims: [],
      measureStatuses: [measure('已完成'), measure('已完成')],
      asOf: '2022-07-15',
    });
    expect(result).toMatchObject({ status: '已完成', derived: true });
  });

  it('reports nothing when nothing was reported and nothing is late', () => {
    const result = deriveTaskStatus({ deadlineMonth: '2023-12', ongoing: false, claims: [], measureStatuses: [measure('未报告')], asOf: '2022-07-15' });
    expect(result).toMatchObject({ status: '未报告', derived: false });
  });

  it('never marks an open-ended task overdue', () => {
    const result = deriveTaskStatus({ deadlineMonth: null, ongoing: true, claims: [], measureStatuses: [measure('长期坚持')], asOf: '2040-01-01' });
    expect(result.status).toBe('长期坚持');
  });
});
