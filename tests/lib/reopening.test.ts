import { describe, expect, it } from 'vitest';
import { deriveFindingState, FINDING_STATES } from '../../src/core/findings.ts';
import { STATUS_LABELS, STATUSES, statusFromSlug, TONES } from '../../src/core/status.ts';
import { formatProblems } from '../../src/features/check/index.ts';
import { atomFeed } from '../../src/features/publish/feeds.ts';
import { tasksJson } from '../../src/features/publish/export.ts';
import { tableNamed, tableRecords } from '../../src/features/publish/downloads.ts';
import { progressOf } from '../../src/features/views/dashboard.ts';
import { applyFilters, filterOptions } from '../../src/features/views/filters.ts';
import { timeline } from '../../src/features/views/tables.ts';
import { problemsAfter, write } from '../helpers/fixture-copy.ts';
import { DEFAULTS, INSPECTION, ledgerOf, PLAN, task, unit, update, type RawInput } from '../helpers/ledger-builder.ts';

// A look-back reopening (回头看发现问题，重新整改, issue 16): a closed-out or completed task or
// measure found not rectified, reopened by a dated update, then worked on and closed out again.

const TASK = `${PLAN}/01`;
const SUPERVISOR = 'demo/supervisor';
const COUNTY = 'demo/county';
const MEDIA = { links: [{ title: '示例日报：已销号问题死灰复燃（示例）', url: 'https://example.org/news/1' }] };
const ACCEPTANCE = { documents: [{ document: 'demo-plan-text' }] };

/** One task whose acceptance unit is the supervisor and whose responsible unit is a county, with these updates. */
type Fields = Record<string, unknown> & { date: string; status: string };

function reopenedLedger(updates: Fields[], asOf = '2025-06-15'): ReturnType<typeof ledgerOf> {
  const raw: RawInput = {
    units: [...DEFAULTS.units!, unit({ id: SUPERVISOR, name: '示例督导局' }), unit({ id: COUNTY, name: '示例县' })],
    tasks: [task({ deadline: '2024年12月', responsibleUnits: [COUNTY], supervisingUnits: [SUPERVISOR], measures: [{ responsibleUnits: [COUNTY], due: '2024-06' }] })],
    updates: updates.map((fields) => update({ task: TASK, reportedBy: SUPERVISOR, ...fields })),
  };
  return ledgerOf(raw, asOf);
}

const CLOSE = { date: '2024-11-20', status: '已验收销号', summary: '验收通过，予以销号。', evidence: ACCEPTANCE };
const REOPEN = { date: '2025-03-10', status: '重新整改', inspection: INSPECTION, summary: '回头看发现问题死灰复燃，属敷衍整改。', evidence: MEDIA };
const PROGRESS = { date: '2025-04-01', status: '序时推进', reportedBy: COUNTY, summary: '重新开展整治。' };
const CLOSE_AGAIN = { date: '2025-05-30', status: '已验收销号', summary: '再次验收通过，予以销号。', evidence: ACCEPTANCE };

describe('the status 重新整改', () => {
  it('is labelled as the authorities say it, linked as reopened, drawn as a problem, never done and not derived lateness', () => {
    expect(STATUSES.重新整改).toMatchObject({ label: '回头看发现问题，重新整改', tone: 'late', slug: 'reopened', late: false, done: false });
    expect(statusFromSlug('reopened')).toBe('重新整改');
    expect(TONES.find((tone) => tone.tone === 'late')!.legend).toContain('重新整改');
  });
});

describe('deriving a reopened task', () => {
  it('shows a closed-out task reopened, over the passed deadline, and closed out again later', () => {
    const at = (asOf: string) => reopenedLedger([CLOSE, REOPEN, PROGRESS, CLOSE_AGAIN], asOf).tasks[0]!.status;
    expect(at('2025-01-01')).toMatchObject({ status: '已验收销号' });
    expect(at('2025-03-15')).toMatchObject({ status: '重新整改', derived: false, reason: '2025年3月10日回头看发现问题，重新整改' });
    // Progress since the reopening does not end it, and the deadline (2024-12) has passed: still 重新整改, not 逾期.
    expect(at('2025-04-15')).toMatchObject({ status: '重新整改', reason: '2025年3月10日回头看发现问题，重新整改，2025年4月1日报告序时推进' });
    expect(at('2025-06-15')).toMatchObject({ status: '已验收销号', reason: '2025年5月30日验收销号' });
  });

  it('keeps every update in the task history, the first close-out included, and says who found the problem', () => {
    const ledger = reopenedLedger([CLOSE, REOPEN, PROGRESS, CLOSE_AGAIN]);
    const view = ledger.tasks[0]!;
    expect(view.updates.map((entry) => [entry.data.date, entry.data.status])).toEqual([
      ['2024-11-20', '已验收销号'],
      ['2025-03-10', '重新整改'],
      ['2025-04-01', '序时推进'],
      ['2025-05-30', '已验收销号'],
    ]);
    const entries = timeline(ledger, view.updates);
    expect(entries.map((entry) => entry.statusLabel)).toEqual(['已验收销号', '回头看发现问题，重新整改', '序时推进', '已验收销号']);
    expect(entries[1]!.foundBy).toEqual({ name: '示例督察', path: `/inspections/${INSPECTION}/` });
    expect(entries[1]!.update.data.evidence?.links).toEqual(MEDIA.links);
    expect(entries.filter((entry) => entry.foundBy)).toHaveLength(1);
  });

  it('names the supervising unit as the finder when no inspection is named', () => {
    const { inspection: _named, ...byUnit } = REOPEN;
    const ledger = reopenedLedger([CLOSE, byUnit]);
    expect(timeline(ledger, ledger.tasks[0]!.updates)[1]!.foundBy).toEqual({ name: '示例督导局', path: undefined });
  });

  it('shows a measure reported completed and then reopened as reopened, and its task with it', () => {
    const measureDone = { date: '2024-06-10', status: '已完成', measure: 1, reportedBy: COUNTY };
    const measureReopened = { ...REOPEN, measure: 1 };
    const view = reopenedLedger([measureDone, measureReopened]).tasks[0]!;
    expect(view.measures[0]!.status).toMatchObject({ status: '重新整改', derived: false });
    expect(view.status).toMatchObject({ status: '重新整改', derived: true, reason: '1条措施回头看发现问题，重新整改' });
    const completedAgain = reopenedLedger([measureDone, measureReopened, { date: '2025-05-01', status: '已完成', measure: 1, reportedBy: COUNTY }]).tasks[0]!;
    expect(completedAgain.measures[0]!.status.status).toBe('已完成');
    expect(completedAgain.status.status).toBe('逾期');
  });
});

describe('reopened items in counts, filters and data', () => {
  const ledger = reopenedLedger([CLOSE, REOPEN]);

  it('counts reopened tasks on the dashboard and never as done', () => {
    expect(progressOf(ledger.tasks)).toMatchObject({ tasks: 1, tasksClosed: 0, tasksDone: 0, tasksReopened: 1, measuresReopened: 0 });
  });

  it('offers a filter page /filter/status/reopened/ that lists the task', () => {
    expect(filterOptions(ledger).find((option) => option.dimension === 'status' && option.value === 'reopened')).toMatchObject({ label: '回头看发现问题，重新整改', count: 1 });
    expect(applyFilters(ledger, { status: 'reopened' }).tasks.map((view) => view.id)).toEqual([TASK]);
  });

  it('gives tasks.json the status 重新整改 for the task and its reopening update', () => {
    const record = tasksJson(ledger, 'https://example.org').tasks[0]!;
    expect(record.status).toBe('重新整改');
    expect(record.updates.map((entry) => entry.status)).toEqual(['已验收销号', '重新整改']);
  });

  it('adds who reopened it as the last column of the updates table', () => {
    const table = tableNamed('updates')!;
    expect(table.columns.at(-1)!.name).toBe('reopenedBy');
    expect(tableRecords(table, ledger, 'https://example.org').map((row) => row.reopenedBy)).toEqual([null, '示例督察']);
  });

  it('says the reopening and who found it in the feed', () => {
    const xml = atomFeed({ ledger, site: { title: '示例', url: 'https://example.org', publisher: '示例', dataLicence: 'CC BY 4.0' }, title: '全部', page: '/', self: '/feeds/all.xml', updates: ledger.updates });
    expect(xml).toContain('2025年3月10日 · 回头看发现问题，重新整改');
    expect(xml).toContain('发现问题：示例督察；报告单位：示例督导局');
  });
});

describe('the state of a finding answered by a reopened task', () => {
  const published = { published: true as const, plan: { id: PLAN, data: {} as never }, date: '2022-01' };

  it('is reopened, before any lateness or closure of the other tasks', () => {
    expect(FINDING_STATES.reopened).toMatchObject({ label: '回头看发现问题，重新整改', tone: 'late', slug: 'reopened' });
    expect(deriveFindingState({ taskStatuses: ['重新整改', '逾期', '已验收销号'], plan: published })).toEqual({
      state: 'reopened',
      reason: '回应这一问题的3项整改任务中，1项经回头看发现问题，重新整改。',
    });
    expect(deriveFindingState({ taskStatuses: ['逾期', '已验收销号'], plan: published }).state).toBe('late');
  });

  it('follows the task in the ledger: reopened, then closed when it is closed out again', () => {
    const finding = { id: `${INSPECTION}/01`, inspection: INSPECTION, number: 1, text: '问题1。' };
    const raw = (asOf: string) =>
      ledgerOf(
        {
          units: [...DEFAULTS.units!, unit({ id: SUPERVISOR }), unit({ id: COUNTY })],
          findings: [finding],
          tasks: [task({ deadline: '2024年12月', responsibleUnits: [COUNTY], supervisingUnits: [SUPERVISOR], findings: [finding.id] })],
          updates: [CLOSE, REOPEN, CLOSE_AGAIN].map((fields) => update({ task: TASK, reportedBy: SUPERVISOR, ...fields })),
        },
        asOf,
      );
    expect(raw('2025-04-01').findings[0]!.state.state).toBe('reopened');
    expect(raw('2025-06-15').findings[0]!.state.state).toBe('closed');
    expect(STATUS_LABELS.重新整改).toBe(FINDING_STATES.reopened.label);
  });
});

// The check, on a copy of the two-inspection fixture: task demo/01 (responsible: counties, i.e.
// district-a and county-b; supervising: committee-office, whose host ecology is the acceptance
// unit, and ecology), measure 1 reported 已完成 by district-a on 2025-05-20; as of 2026-01-15.
const CLOSE_OUT = 'task: demo/01\ndate: "2025-12-20"\nstatus: 已验收销号\nreportedBy: ecology\nsummary: 验收通过，予以销号。\nevidence:\n  documents:\n    - document: demo-plan\n';
const REOPENING = 'task: demo/01\ndate: "2026-01-08"\nstatus: 重新整改\nreportedBy: ecology\ninspection: muni-2026\nsummary: 回头看发现管网未接通，属虚假整改。\nevidence:\n  links:\n    - title: 示例报道\n      url: https://example.org/news/2\n';
const withClosedOut = (content: string, reopening: string) => {
  write(content, 'updates/demo/01-close.yaml', CLOSE_OUT);
  write(content, 'updates/demo/01-reopen.yaml', reopening);
};

describe('the check of a reopening', () => {
  it('accepts a close-out, a reopening found by an inspection, progress, and a new close-out', () => {
    const problems = problemsAfter((content) => {
      withClosedOut(content, REOPENING);
      write(content, 'updates/demo/01-2-2026-01-10.yaml', 'task: demo/01\nmeasure: 2\ndate: "2026-01-10"\nstatus: 序时推进\nreportedBy: district-a\nsummary: 重新排查。\n');
      write(content, 'updates/demo/01-close-again.yaml', CLOSE_OUT.replace('2025-12-20', '2026-01-14'));
    });
    expect(formatProblems(problems)).toBe('');
  });

  it('accepts a reopening by a supervising unit without an inspection, and of a completed measure', () => {
    expect(problemsAfter((content) => withClosedOut(content, REOPENING.replace('inspection: muni-2026\n', '')))).toEqual([]);
    const measure = REOPENING.replace('task: demo/01\n', 'task: demo/01\nmeasure: 1\n');
    expect(problemsAfter((content) => write(content, 'updates/demo/01-1-reopen.yaml', measure))).toEqual([]);
  });

  it('refuses a responsible unit reopening its own task without naming an inspection', () => {
    const problems = problemsAfter((content) => withClosedOut(content, REOPENING.replace('reportedBy: ecology\ninspection: muni-2026\n', 'reportedBy: district-a\n')));
    expect(formatProblems(problems)).toMatchInlineSnapshot(`
      "content/updates/demo/01-reopen.yaml:4 · reportedBy
        重新整改只能由整改验收单位（ecology）或督导单位（committee-office、ecology）报告，或写明发现问题的督察（inspection，如回头看、中央督察）；责任单位不能自行重新整改，这里写的是 district-a。请改为发现问题的单位，或填写 inspection。
        (a reopening is made by the acceptance unit (ecology) or a supervising unit (committee-office, ecology), or names the inspection that found the problem (inspection: a look-back review, a central inspection); a responsible unit does not reopen its own work, and this update is by district-a: name the unit that found it, or fill in inspection.)"
    `);
  });

  it('lets a responsible unit publish a reopening an inspection found', () => {
    expect(problemsAfter((content) => withClosedOut(content, REOPENING.replace('reportedBy: ecology', 'reportedBy: district-a')))).toEqual([]);
  });

  it('refuses a reopening without a document or a link', () => {
    const problems = problemsAfter((content) => withClosedOut(content, REOPENING.replace(/evidence:[\s\S]*$/, 'evidence:\n  text: 据群众反映\n')));
    expect(formatProblems(problems)).toMatchInlineSnapshot(`
      "content/updates/demo/01-reopen.yaml:7 · evidence
        重新整改必须附证据：在 evidence 下列出回头看或督察的文件（documents），或公开链接（links），如媒体曝光的报道。
        (a reopening needs evidence: list the look-back or inspection documents, or public links such as a published media report, under evidence.)"
    `);
  });

  it('refuses a reopening of a task never completed or closed out, and one of a place', () => {
    const problems = problemsAfter((content) => write(content, 'updates/demo/01-reopen.yaml', REOPENING));
    expect(formatProblems(problems)).toMatchInlineSnapshot(`
      "content/updates/demo/01-reopen.yaml:3 · status
        该任务在重新整改之前没有报告过“已完成”或“已验收销号”。重新整改只针对此前已完成或已验收销号的任务或措施，请核对日期或状态。若只是某条措施报告过“已完成”，请对该措施重新整改（写 measure）。
        (the task was never reported 已完成 or 已验收销号 before this reopening: only something completed or closed out earlier can be reopened; check the date or the status. If only a measure was reported completed, reopen that measure (write measure).)"
    `);
    const place = problemsAfter((content) => withClosedOut(content, REOPENING.replace('task: demo/01\n', 'task: demo/01\nplace: demo/plant-a\n')));
    expect(place.find((problem) => problem.field === 'place')!.zh).toBe('重新整改针对整项任务或单条措施，不针对点位。请删去 place，在 summary 中写明发现问题的点位。');
  });

  it('refuses a reopening after progress that followed a completion, and one not dated after the close-out', () => {
    const afterProgress = problemsAfter((content) => {
      write(content, 'updates/demo/01-1-2025-08.yaml', 'task: demo/01\nmeasure: 1\ndate: "2025-08"\nstatus: 序时推进\nreportedBy: district-a\nsummary: 继续施工。\n');
      write(content, 'updates/demo/01-1-reopen.yaml', REOPENING.replace('task: demo/01\n', 'task: demo/01\nmeasure: 1\n'));
    });
    expect(afterProgress).toMatchObject([{ file: 'content/updates/demo/01-1-reopen.yaml', field: 'status' }]);
    expect(afterProgress[0]!.zh).toBe(
      '第1条措施在重新整改之前最近一次报告的是2025年8月的“序时推进”（content/updates/demo/01-1-2025-08.yaml），不是“已完成”或“已验收销号”。重新整改只针对此前已完成或已验收销号的任务或措施，请核对日期或状态。',
    );
    const sameMonth = problemsAfter((content) => withClosedOut(content, REOPENING.replace('"2026-01-08"', '"2025-12"')));
    expect(formatProblems(sameMonth)).toMatchInlineSnapshot(`
      "content/updates/demo/01-reopen.yaml:2 · date
        该任务于2025年12月20日报告“已验收销号”（content/updates/demo/01-close.yaml），重新整改日期2025年12月不晚于它。重新整改须在完成或销号之后的日期，请写出准确日期。
        (the task was reported 已验收销号 on 2025-12-20 (content/updates/demo/01-close.yaml), and this reopening is dated 2025-12, not after it: a reopening comes on a later date than the completion or close-out; give the exact dates.)"
    `);
  });

  it('refuses a second close-out after a reopening has been closed out once again', () => {
    const problems = problemsAfter((content) => {
      withClosedOut(content, REOPENING);
      write(content, 'updates/demo/01-close-again.yaml', CLOSE_OUT.replace('2025-12-20', '2026-01-12'));
      write(content, 'updates/demo/01-close-third.yaml', CLOSE_OUT.replace('2025-12-20', '2026-01-14'));
    });
    expect(problems).toMatchObject([{ file: 'content/updates/demo/01-close-third.yaml', field: 'status' }]);
    expect(problems[0]!.zh).toBe(
      '任务 demo/01 已于2026年1月12日验收销号（content/updates/demo/01-close-again.yaml），此后没有重新整改，一项任务只能销号一次。请删除重复的销号进展；若回头看发现问题，先录入“重新整改”再销号。',
    );
  });

  it('refuses a measure reopened after its task was closed out: the whole task is reopened', () => {
    const problems = problemsAfter((content) => withClosedOut(content, REOPENING.replace('task: demo/01\n', 'task: demo/01\nmeasure: 1\n')));
    expect(problems).toMatchObject([{ file: 'content/updates/demo/01-reopen.yaml', field: 'date' }]);
    expect(problems[0]!.zh).toContain('先对整项任务录入“重新整改”（不写 measure、place）');
  });

  it('refuses an inspection named on an update that is not a reopening', () => {
    const problems = problemsAfter((content) =>
      write(content, 'updates/demo/01-2-2025-09.yaml', 'task: demo/01\nmeasure: 2\ndate: "2025-09"\nstatus: 序时推进\nreportedBy: district-a\ninspection: muni-2026\nsummary: 排查中。\n'),
    );
    expect(problems).toMatchObject([{ file: 'content/updates/demo/01-2-2025-09.yaml', field: 'inspection', line: 6 }]);
    expect(problems[0]!.en).toBe('inspection (the inspection that found a problem) belongs to a reopening (重新整改) only, and this update says 序时推进: remove inspection, or make the status 重新整改.');
  });
});
