import { describe, expect, it } from 'vitest';
import { deriveFindingState, FINDING_STATE_ORDER, FINDING_STATES, inspectionPlanState, planStateSentence } from '../../src/core/findings.ts';
import { COLLECTIONS } from '../../src/schemas/collections.ts';
import { referenceProblems } from '../../src/features/check/references.ts';
import type { ValidEntry } from '../../src/features/check/index.ts';
import { CITY, DEFAULTS, INSPECTION, ledgerOf, PLAN, task, update, finding, type Raw } from '../helpers/ledger-builder.ts';


/** An inspection whose feedback set a plan due date, and no plan yet. */
const feedbackOnly = {
  inspections: [{ ...DEFAULTS.inspections![0]!, planDue: { date: '2025-03-01', rule: '反馈后30个工作日内报送整改方案' } }],
  plans: [],
  findings: [finding(1), finding(2)],
};

describe('a finding before its plan', () => {
  it('waits for the plan until its due date, then is late by the days past it', () => {
    const before = ledgerOf(feedbackOnly, '2025-02-20');
    expect(before.findings.map((view) => view.state.state)).toEqual(['plan-pending', 'plan-pending']);
    const after = ledgerOf(feedbackOnly, '2025-03-11');
    expect(after.findings[0]!.state).toEqual({
      state: 'plan-late',
      reason: '整改方案应于2025年3月1日前报送（反馈后30个工作日内报送整改方案），截至目前未见公布，已逾期10天。',
    });
  });

  it('is only pending when the feedback set no due date', () => {
    const ledger = ledgerOf({ ...feedbackOnly, inspections: DEFAULTS.inspections }, '2030-01-01');
    expect(ledger.findings[0]!.state).toEqual({ state: 'plan-pending', reason: '整改方案尚未公布。' });
  });

  it('counts a plan dated after the as-of day as not yet published', () => {
    const ledger = ledgerOf({ ...feedbackOnly, plans: DEFAULTS.plans!.map((plan) => ({ ...plan, date: '2025-04' })) }, '2025-03-31');
    expect(ledger.findings[0]!.plan).toMatchObject({ published: false, daysLate: 30 });
    expect(ledgerOf({ ...feedbackOnly, plans: DEFAULTS.plans!.map((plan) => ({ ...plan, date: '2025-04' })) }, '2025-04-01').findings[0]!.plan).toMatchObject({
      published: true,
      date: '2025-04',
    });
  });
});

describe('a finding once its plan is out', () => {
  const content = (updates: Raw[]) => ({
    findings: [finding(1), finding(2), finding(3)],
    tasks: [
      // One finding may become several tasks, and one task may answer several findings.
      task({ number: 1, deadline: '2025年12月', findings: [`${INSPECTION}/01`] }),
      task({ number: 2, deadline: '2025年12月', findings: [`${INSPECTION}/01`, `${INSPECTION}/02`] }),
    ],
    updates,
  });

  it('takes the tasks that name it, each once, and a finding no task names is not linked', () => {
    const ledger = ledgerOf(content([]));
    expect(ledger.findings.map((view) => view.tasks.map((answer) => answer.id))).toEqual([[`${PLAN}/01`, `${PLAN}/02`], [`${PLAN}/02`], []]);
    expect(ledger.findings[2]!.state.state).toBe('unassigned');
  });

  it('follows its tasks: in progress, late when one is late, completed, closed out', () => {
    const progress = ledgerOf(content([update({ task: `${PLAN}/01`, date: '2025-05-01', status: '已完成' })]), '2025-06-15');
    expect(progress.findings.map((view) => view.state.state)).toEqual(['in-progress', 'in-progress', 'unassigned']);
    expect(progress.findings[0]!.state.reason).toBe('回应这一问题的2项整改任务中，1项已完成或销号，1项正在整改。');

    const late = ledgerOf(content([update({ task: `${PLAN}/01`, date: '2025-05-01', status: '已完成' })]), '2026-01-01');
    expect(late.findings.map((view) => view.state.state)).toEqual(['late', 'late', 'unassigned']);

    const done = ledgerOf(
      content([
        update({ task: `${PLAN}/01`, date: '2025-05-01', status: '已验收销号' }),
        update({ task: `${PLAN}/02`, date: '2025-05-01', status: '已完成' }),
      ]),
      '2025-06-15',
    );
    expect(done.findings.map((view) => view.state.state)).toEqual(['completed', 'completed', 'unassigned']);

    const closed = ledgerOf(
      content([
        update({ task: `${PLAN}/01`, date: '2025-05-01', status: '已验收销号' }),
        update({ task: `${PLAN}/02`, date: '2025-05-02', status: '已验收销号' }),
      ]),
      '2026-06-15',
    );
    expect(closed.findings.map((view) => view.state)).toEqual([
      { state: 'closed', reason: '回应这一问题的2项整改任务均已验收销号。' },
      { state: 'closed', reason: '回应这一问题的整改任务已验收销号。' },
      expect.objectContaining({ state: 'unassigned' }),
    ]);
  });

  it('refuses a task naming a finding that does not exist, naming the file and the field', () => {
    const { id: _id, ...raw } = task({ findings: [`${INSPECTION}/09`] });
    const data = COLLECTIONS.tasks.schema.parse(raw);
    const entry: ValidEntry = { id: `${PLAN}/01`, data, source: { file: `content/tasks/${PLAN}/01.yaml`, id: `${PLAN}/01`, data, lineOf: () => 7 } };
    const problems = referenceProblems({ tasks: [entry] }, { findings: new Set([`${INSPECTION}/01`]), plans: new Set([PLAN]), units: new Set(['demo/office']), documents: new Set(['demo-plan-text']) });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: `content/tasks/${PLAN}/01.yaml`, line: 7, field: 'findings[0]' });
    expect(problems[0]!.zh).toContain(`${INSPECTION}/09`);
  });
});

describe('the state vocabulary', () => {
  it('has a label, a tone and a distinct ASCII slug for every state', () => {
    const slugs = FINDING_STATE_ORDER.map((state) => FINDING_STATES[state].slug);
    expect(new Set(slugs).size).toBe(slugs.length);
    for (const slug of slugs) expect(slug).toMatch(/^[a-z-]+$/);
  });

  it('says when the plan was published', () => {
    const state = inspectionPlanState(
      {},
      [{ id: PLAN, data: { title: 't', issuer: 'i', jurisdiction: CITY, date: '2022-01-20', inspection: INSPECTION, document: 'd' } }],
      '2022-02-01',
    );
    expect(planStateSentence(state)).toBe('整改方案已于2022年1月20日印发。');
    expect(deriveFindingState({ taskStatuses: [], plan: state }).state).toBe('unassigned');
  });

  it('gives a date the plan does not state as the site’s, not as the source’s', () => {
    const plan = { title: 't', issuer: 'i', jurisdiction: CITY, date: '2022', dateNote: '正文未载明印发日期，据其引用的文件推定。', inspection: INSPECTION, document: 'd' };
    const state = inspectionPlanState({}, [{ id: PLAN, data: plan }], '2022-02-01');
    expect(planStateSentence(state)).toBe('整改方案已印发；方案原文未载明印发日期，本站记为2022年。');
  });
});
