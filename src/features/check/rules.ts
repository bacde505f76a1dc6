import type { Inspection } from '../../schemas/inspection.ts';
import { closest } from './zod-issues.ts';
import type { Jurisdiction } from '../../schemas/jurisdiction.ts';
import type { Place } from '../../schemas/place.ts';
import type { Finding } from '../../schemas/finding.ts';
import type { Plan } from '../../schemas/plan.ts';
import type { Task } from '../../schemas/task.ts';
import type { Unit } from '../../schemas/unit.ts';
import type { Update } from '../../schemas/update.ts';
import { endOfPeriod, formatChineseDate, hasBegun, startOfPeriod } from '../../core/dates.ts';
import { deadlineFromMeasureText } from '../../core/deadlines.ts';
import type { LedgerDocument } from '../../schemas/document.ts';
import { acceptanceUnitOf, expandUnit, type Entry } from '../../core/ledger.ts';
import { compareReports, isDone } from '../../core/status.ts';
import { roundQuantity } from '../../schemas/target.ts';
import { decimalsOf, EXACT_MIN_DECIMALS, type OutlineFeature } from '../map/index.ts';
import { checkPlacePoint } from './place-points.ts';
import type { Problem } from './problem.ts';
import type { ValidEntry } from './index.ts';

export interface RuleContext {
  asOf: string;
  units: Map<string, Entry<Unit>>;
  tasks: Map<string, ValidEntry<Task>>;
  places: Map<string, ValidEntry<Place>>;
  /** County outlines by jurisdiction id (empty when the site ships none). */
  outlines: Map<string, OutlineFeature>;
  /** Jurisdictions by id: names for messages, parents for the outline a place is tested against. */
  jurisdictions: Map<string, Entry<Jurisdiction>>;
  /** Inspections by id: when the one a reopening names began. */
  inspections?: Map<string, Entry<Inspection>>;
  /** Documents by id: the date of a plan that states progress itself. */
  documents?: Map<string, Entry<LedgerDocument>>;
  /**
   * The kinds of place site.yaml's `placeLayers` declares, each with its label; undefined when
   * site.yaml could not be read (its own problem is reported, and no place is blamed for it).
   */
  placeKinds?: ReadonlyMap<string, string>;
  /**
   * Entries (`collection/id`) that name a refused entry, directly or through others: the parts of
   * a rule that read other entries skip them (they would blame them for the refused file).
   */
  resting?: ReadonlySet<string>;
}

function problem(entry: ValidEntry, path: PropertyKey[], field: string, zh: string, en: string): Problem {
  return { file: entry.source.file, line: entry.source.lineOf(path), field, zh, en };
}

/**
 * A measure's due date may not fall after its task's deadline, unless the task is open-ended;
 * and a measure whose own words set a deadline in another month than its task's (2026年6月底前
 * in a task due 2025年12月) writes it as `due` (the sheet import writes that deadline as a new
 * measure's due), or the site would judge it by its task's deadline.
 */
export function checkMeasureDues(entry: ValidEntry<Task>): Problem[] {
  const { deadline, measures } = entry.data;
  const unwritten = measures.flatMap((measure, index) => {
    const stated = measure.due ? undefined : deadlineFromMeasureText(measure.text);
    if (!stated || stated.slice(0, 7) === deadline.month) return [];
    const date = formatChineseDate(stated);
    const later = deadline.month !== null && stated.slice(0, 7) > deadline.month;
    const zh = later
      ? `第${measure.number}条措施原文的时限是${date}，晚于任务整改时限 ${deadline.text}，又没有写 due。请照原文核对：任务时限写错了就改 deadline；措施时限写在这条措施的 due 里，不能晚于任务时限。`
      : `第${measure.number}条措施原文的时限是${date}，但没有写 due：${deadline.month ? `本站会按任务整改时限 ${deadline.text}推算它` : `任务为“${deadline.text}”，本站不会推算它逾期`}。请在这条措施下加上 due: "${stated}"（导入表格时会自动写上）。`;
    return [
      problem(
        entry,
        ['measures', index, 'text'],
        `measures[${index}].due`,
        zh,
        later
          ? `measure ${measure.number}'s text sets a deadline of ${stated}, after the task's deadline ${deadline.month}, and it has no due: check both against the source (the task's deadline, or the measure's due, which may not be later).`
          : `measure ${measure.number}'s text sets a deadline of ${stated} but the measure has no due, so the site would judge it by its task's deadline (${deadline.month ?? 'open-ended'}): add due: "${stated}" under the measure.`,
      ),
    ];
  });
  if (deadline.ongoing || !deadline.month) return unwritten;
  return unwritten.concat(measures.flatMap((measure, index) =>
    measure.due && measure.due.slice(0, 7) > deadline.month!
      ? [
          problem(
            entry,
            ['measures', index, 'due'],
            `measures[${index}].due`,
            `第${measure.number}条措施的时限 ${formatChineseDate(measure.due)} 晚于任务整改时限 ${deadline.text}。请核对措施时限或任务时限。`,
            `measure ${measure.number} is due ${measure.due}, after the task's deadline ${deadline.month}: check either date.`,
          ),
        ]
      : [],
  ));
}

/**
 * The yearly amounts a cumulative target says it includes (`含2021年55公里、2022年90公里`)
 * must agree with the other targets of the same series: the running total through a year
 * equals that year's cumulative target, and a year's own target equals its stated amount.
 */
export function checkTargetSeries(entry: ValidEntry<Task>): Problem[] {
  const problems: Problem[] = [];
  interface Located {
    measureIndex: number;
    targetIndex: number;
    measureNumber: number;
    target: Task['measures'][number]['targets'][number];
  }
  const series = new Map<string, Located[]>();
  entry.data.measures.forEach((measure, measureIndex) =>
    measure.targets.forEach((target, targetIndex) => {
      const key = `${target.metric}|${target.unit}|${target.jurisdiction ?? ''}`;
      const list = series.get(key) ?? [];
      list.push({ measureIndex, targetIndex, measureNumber: measure.number, target });
      series.set(key, list);
    }),
  );
  const year = (due: string | undefined) => (due ? Number(due.slice(0, 4)) : undefined);
  for (const members of series.values()) {
    for (const { measureIndex, targetIndex, measureNumber, target } of members) {
      let running = 0;
      for (const included of [...target.includes].sort((a, b) => a.year - b.year)) {
        running = roundQuantity(running + included.value);
        for (const other of members) {
          if (other.target === target || year(other.target.due) !== included.year) continue;
          const expected = other.target.cumulative ? running : included.value;
          if (roundQuantity(other.target.value) !== expected) {
            problems.push(
              problem(
                entry,
                ['measures', measureIndex, 'targets', targetIndex, 'includes'],
                `measures[${measureIndex}].targets[${targetIndex}].includes`,
                `第${measureNumber}条措施写明含${included.year}年的数量，推算${other.target.cumulative ? '截至' : ''}${included.year}年为 ${expected} ${target.unit}，但第${other.measureNumber}条措施的目标是 ${other.target.value} ${target.unit}。请核对两处数字。`,
                `measure ${measureNumber} implies ${expected} ${target.unit} ${other.target.cumulative ? 'in total by' : 'in'} ${included.year}, but measure ${other.measureNumber} sets ${other.target.value} ${target.unit}: check both figures.`,
              ),
            );
          }
        }
      }
    }
  }
  return problems;
}

/** Whether `unit` is, or belongs to a group that is, one of `listed` (or one of `listed` is a group containing it). */
function unitIsAmong(unit: string, listed: readonly string[], units: Map<string, Entry<Unit>>): boolean {
  return listed.some((id) => expandUnit(id, units).includes(unit) || expandUnit(unit, units).includes(id));
}

/**
 * Rules for a status update: it is not from the future, its place belongs to its task, it comes
 * from the right unit (that what it names exists is checked with every reference, references.ts).
 */
export function checkUpdate(entry: ValidEntry<Update>, context: RuleContext): Problem[] {
  const problems: Problem[] = [];
  const update = entry.data;
  const task = context.tasks.get(update.task);
  if (!hasBegun(update.date, context.asOf)) {
    problems.push(
      problem(
        entry,
        ['date'],
        'date',
        `进展日期 ${formatChineseDate(update.date)} 晚于截至日期 ${formatChineseDate(context.asOf)}。进展只能记录已经发生的事，请核对日期。`,
        `the update is dated ${update.date}, after the as-of date ${context.asOf}: an update records what has happened; check the date.`,
      ),
    );
  }
  if (!task) return problems; // an unknown task is reported by the reference check
  // Who may report, the place's task, the acceptance unit: read from other entries, one of them refused.
  if (context.resting?.has(`updates/${entry.id}`)) return problems;
  const measure = update.measure === undefined ? undefined : task.data.measures.find((m) => m.number === update.measure);
  if (update.place) {
    const place = context.places.get(update.place);
    if (place && !place.data.task) {
      problems.push(
        problem(
          entry,
          ['place'],
          'place',
          `点位 ${update.place} 还没有整改任务（只有督察反馈问题点到它），不能报告它的进展：请先在点位文件里写上它所属的 task。`,
          `place ${update.place} has no task yet (only a finding names it), so no progress can be reported on it: give the place its task first.`,
        ),
      );
    } else if (place && place.data.task !== update.task) {
      problems.push(
        problem(
          entry,
          ['place'],
          'place',
          `点位 ${update.place} 属于任务 ${place.data.task}，不属于 ${update.task}。请核对任务或点位。`,
          `place ${update.place} belongs to task ${place.data.task}, not ${update.task}: check the task or the place.`,
        ),
      );
    } else if (place && place.data.measure !== undefined && update.measure !== undefined && place.data.measure !== update.measure) {
      problems.push(
        problem(
          entry,
          ['measure'],
          'measure',
          `点位 ${update.place} 属于第${place.data.measure}条措施，这里写的是第${update.measure}条。请改为 ${place.data.measure}，或核对点位。`,
          `place ${update.place} belongs to measure ${place.data.measure}, not ${update.measure}: write ${place.data.measure}, or check the place.`,
        ),
      );
    }
  }
  const responsible = measure ? measure.responsibleUnits : task.data.responsibleUnits;
  // A place's own sub-item may name its unit (`(1)…（责任单位：平昌县）`): that unit reports on it too.
  const placeUnits = update.place
    ? task.data.measures.flatMap((m) => m.items.filter((item) => item.places.includes(update.place!)).flatMap((item) => item.responsibleUnits ?? []))
    : [];
  const allowed = [...responsible, ...placeUnits, ...task.data.responsibleUnits, ...task.data.supervisingUnits];
  if (update.reportedBy === undefined) problems.push(...checkStatedByPlan(entry, task.data, context));
  else if (context.units.has(update.reportedBy) && !unitIsAmong(update.reportedBy, allowed, context.units)) {
    problems.push(
      problem(
        entry,
        ['reportedBy'],
        'reportedBy',
        `报告单位 ${update.reportedBy} 既不是该任务（措施）的责任单位，也不是督导单位，不能报告其进展。请改为责任单位或督导单位。`,
        `${update.reportedBy} is neither responsible for nor supervising this task or measure, so it cannot report on it: name one that is.`,
      ),
    );
  }
  if (update.status === '已验收销号') {
    const acceptance = acceptanceUnitOf(task.data, context.units);
    if (update.measure !== undefined || update.place) {
      problems.push(
        problem(
          entry,
          ['status'],
          'status',
          '验收销号针对整项任务，不针对单条措施或点位。请删去 measure/place，或把状态改为“已完成”。',
          'acceptance and close-out applies to a whole task, not a measure or place: remove measure/place, or use 已完成.',
        ),
      );
    }
    if (update.reportedBy !== undefined && update.reportedBy !== acceptance) {
      problems.push(
        problem(
          entry,
          ['reportedBy'],
          'reportedBy',
          `只有整改验收单位（第一个督导单位 ${acceptance}）才能验收销号，这里写的是 ${update.reportedBy}。`,
          `only the acceptance unit (the first supervising unit, ${acceptance}) can accept and close out a task; this update is by ${update.reportedBy}.`,
        ),
      );
    }
    if (!hasEvidence(update)) problems.push(problem(entry, ['evidence'], 'evidence', '验收销号必须附证据：在 evidence 下列出验收文件（documents）或公开链接（links）。', 'an acceptance and close-out needs evidence: list the acceptance documents or public links under evidence.'));
  }
  if (update.status === '重新整改') problems.push(...checkReopening(entry, task.data, context));
  else if (update.inspection) {
    problems.push(
      problem(
        entry,
        ['inspection'],
        'inspection',
        `inspection（发现问题的督察）只用于“重新整改”，这里的状态是“${update.status}”。请删去 inspection，或把状态改为“重新整改”。`,
        `inspection (the inspection that found a problem) belongs to a reopening (重新整改) only, and this update says ${update.status}: remove inspection, or make the status 重新整改.`,
      ),
    );
  }
  return problems;
}

/**
 * Rules for a reopening (重新整改, plan 五(四)、五(五)): it concerns a whole task or one measure,
 * not a place; it is made by whoever may find a closed problem unrectified, an inspection named
 * in `inspection` (a later 回头看, a central inspection), or else the reporting unit as the
 * acceptance unit or a supervising unit, never a responsible unit reopening its own work; and it
 * rests on a document or a public link (a look-back report, a published media report). That it
 * follows a completion or close-out is checked with the order of updates (checkUpdateOrder).
 */
function checkReopening(entry: ValidEntry<Update>, task: Task, context: RuleContext): Problem[] {
  const problems: Problem[] = [];
  const update = entry.data;
  if (update.place) {
    problems.push(
      problem(
        entry,
        ['place'],
        'place',
        '重新整改针对整项任务或单条措施，不针对点位。请删去 place，在 summary 中写明发现问题的点位。',
        'a reopening applies to a whole task or one measure, not a place: remove place, and name the place in the summary.',
      ),
    );
  }
  const acceptance = acceptanceUnitOf(task, context.units);
  const finders = [acceptance, ...task.supervisingUnits];
  if (!update.inspection && update.reportedBy !== undefined && context.units.has(update.reportedBy) && !unitIsAmong(update.reportedBy, finders, context.units)) {
    problems.push(
      problem(
        entry,
        ['reportedBy'],
        'reportedBy',
        `重新整改只能由整改验收单位（${acceptance}）或督导单位（${task.supervisingUnits.join('、')}）报告，或写明发现问题的督察（inspection，如回头看、中央督察）；责任单位不能自行重新整改，这里写的是 ${update.reportedBy}。请改为发现问题的单位，或填写 inspection。`,
        `a reopening is made by the acceptance unit (${acceptance}) or a supervising unit (${task.supervisingUnits.join(', ')}), or names the inspection that found the problem (inspection: a look-back review, a central inspection); a responsible unit does not reopen its own work, and this update is by ${update.reportedBy}: name the unit that found it, or fill in inspection.`,
      ),
    );
  }
  const finder = update.inspection ? context.inspections?.get(update.inspection) : undefined;
  const began = finder ? (finder.data.visit?.start ?? finder.data.feedbackDate) : undefined;
  if (finder && began && endOfPeriod(update.date) < startOfPeriod(began)) {
    problems.push(
      problem(
        entry,
        ['date'],
        'date',
        `重新整改写明由督察 ${update.inspection}（${finder.data.name}）发现，但日期 ${formatChineseDate(update.date)} 早于该督察${finder.data.visit ? '进驻' : '反馈'}的 ${formatChineseDate(began)}。请核对日期，或改正 inspection。`,
        `this reopening says the inspection ${update.inspection} found the problem, but it is dated ${update.date}, before that inspection began (${began}): check the date, or correct inspection.`,
      ),
    );
  }
  if (!hasEvidence(update)) problems.push(problem(entry, ['evidence'], 'evidence', '重新整改必须附证据：在 evidence 下列出回头看或督察的文件（documents），或公开链接（links），如媒体曝光的报道。', 'a reopening needs evidence: list the look-back or inspection documents, or public links such as a published media report, under evidence.'));
  return problems;
}

/**
 * The places a task's sub-items list are the task's: each place's file names this task, and the
 * measure of the sub-item when it names one. Otherwise the place is counted under two measures,
 * or its reports (which name the place's task) never reach the measure listing it.
 */
export function checkItemPlaces(entry: ValidEntry<Task>, context: RuleContext): Problem[] {
  if (context.resting?.has(`tasks/${entry.id}`)) return [];
  const problems: Problem[] = [];
  entry.data.measures.forEach((measure, measureIndex) => {
    measure.items.forEach((item, itemIndex) => {
      item.places.forEach((id, placeIndex) => {
        const place = context.places.get(id)?.data;
        if (!place) return; // an unknown place is reported by the reference check
        const at = ['measures', measureIndex, 'items', itemIndex, 'places', placeIndex];
        const field = `measures[${measureIndex}].items[${itemIndex}].places[${placeIndex}]`;
        if (place.task !== entry.id) {
          problems.push(problem(entry, at, field, `点位 ${id} 的文件写的是任务 ${place.task}，不是本任务 ${entry.id}。请在点位文件中改正 task，或从这里删去它。`, `place ${id} belongs to task ${place.task} by its file, not to this task ${entry.id}: correct task in the place's file, or remove it here.`));
        } else if (place.measure !== undefined && place.measure !== measure.number) {
          problems.push(problem(entry, at, field, `点位 ${id} 的文件写的是第${place.measure}条措施，这里把它列在第${measure.number}条措施下。请在点位文件中改正 measure，或从这里删去它。`, `place ${id} belongs to measure ${place.measure} by its file, but is listed under measure ${measure.number}: correct measure in the place's file, or remove it here.`));
        }
      });
    });
  });
  return problems;
}

/** A place whose kind site.yaml does not declare: the site would have no label and no map for it. */
function undeclaredKind(entry: ValidEntry<Place>, kinds: ReadonlyMap<string, string>): Problem {
  const { kind } = entry.data;
  // The kind's label written for its id (矿业权 for mining-right), or its id in capitals, full-width letters or with a typo.
  const near = [...kinds].find(([, label]) => label === kind)?.[0] ?? closest(kind.normalize('NFKC').toLowerCase(), kinds.keys());
  const declared = [...kinds].map(([id, label]) => `${id}（${label}）`).join('、');
  const zhChoice = kinds.size === 0 ? 'site.yaml 还没有 placeLayers，没有声明任何点位类别' : `已声明的类别：${declared}`;
  const enChoice = kinds.size === 0 ? 'site.yaml has no placeLayers yet, so no kind is declared' : `declared kinds: ${[...kinds.keys()].join(', ')}`;
  return problem(
    entry,
    ['kind'],
    'kind',
    `点位类别“${kind}”没有在 site.yaml 的 placeLayers 中声明（${zhChoice}）。${near ? `是不是 ${near}？` : ''}请改用已声明的类别，或在 site.yaml 的 placeLayers 中把它（id 和中文 label）加进一个图层。`,
    `the kind "${kind}" is not declared in placeLayers of site.yaml (${enChoice}).${near ? ` Did you mean ${near}?` : ''} Use a declared kind, or add it (id and label) to a layer in placeLayers.`,
  );
}

/**
 * A place's point lies inside its county's outline (its task and measure are checked with every
 * reference, references.ts); its
 * precision agrees with what it gives (an exact place has a point written to 4 decimals, a
 * township place names its township); a programme's metric is one its task sets targets for.
 */
export function checkPlace(entry: ValidEntry<Place>, context: RuleContext): Problem[] {
  const problems: Problem[] = [];
  const place = entry.data;
  const task = place.task ? context.tasks.get(place.task) : undefined;
  // Without a task, only a finding published before its plan may stand for it (checkPlacesWithoutTask).
  if (!place.task && place.measure !== undefined) {
    problems.push(problem(entry, ['measure'], 'measure', '写了 measure 却没有写 task：措施属于任务，请补上 task，或删去 measure。', 'measure is given without task: a measure belongs to a task; add task, or remove measure.'));
  }
  const { point, precision } = place.location;
  // The outline a point is tested against is its jurisdiction's or a parent's: not while one of them is refused.
  if (!context.resting?.has(`places/${entry.id}`)) problems.push(...checkPlacePoint(entry, context.jurisdictions, context.outlines));
  if (context.placeKinds && !context.placeKinds.has(place.kind)) problems.push(undeclaredKind(entry, context.placeKinds));
  if (precision === 'exact' && !point) {
    problems.push(
      problem(
        entry,
        ['location', 'precision'],
        'location.precision',
        '精度写为 exact（实测位置），但没有坐标。请在 location.point 写上实测经纬度，或把精度改为 township 或 county。',
        'the precision is exact but there is no point: add the measured [longitude, latitude] as location.point, or make the precision township or county.',
      ),
    );
  }
  // Too few decimals as written: 100.7480 has four, though it reads as the number 100.748
  // (the file is read again for how it was written only when the number looks short).
  const tooCoarse = (value: number, axis: number) => {
    if (decimalsOf(value) >= EXACT_MIN_DECIMALS) return false;
    const written = entry.source.writtenAs?.(['location', 'point', axis]);
    return !(written && /^-?\d+\.\d+$/.test(written) && written.length - written.indexOf('.') - 1 >= EXACT_MIN_DECIMALS);
  };
  if (precision === 'exact' && point && point.some(tooCoarse)) {
    problems.push(
      problem(
        entry,
        ['location', 'precision'],
        'location.precision',
        `精度写为 exact（实测位置），但坐标 [${point.join(', ')}] 只精确到小数点后不足${EXACT_MIN_DECIMALS}位（约千米级），与“实测”矛盾。请写出实测坐标，或把精度改为 township 或 county。`,
        `the precision is exact, but [${point.join(', ')}] has fewer than ${EXACT_MIN_DECIMALS} decimals (about a kilometre): give the measured point, or make the precision township or county.`,
      ),
    );
  }
  if (precision === 'township' && !place.township) {
    problems.push(
      problem(
        entry,
        ['location', 'precision'],
        'location.precision',
        '精度写为 township（乡镇级），但没有写所在乡镇。请填写 township，或把精度改为 county。',
        'the precision is township but no township is named: fill in township, or make the precision county.',
      ),
    );
  }
  if (task && place.programme) {
    const metrics = new Set(task.data.measures.flatMap((measure) => measure.targets.map((target) => target.metric)));
    if (!metrics.has(place.programme.metric)) {
      problems.push(
        problem(
          entry,
          ['programme', 'metric'],
          'programme.metric',
          `任务 ${place.task} 没有名为“${place.programme.metric}”的量化目标（有：${[...metrics].join('、') || '无'}）。请照抄任务中目标的 metric。`,
          `task ${place.task} sets no target called "${place.programme.metric}" (it has: ${[...metrics].join(', ') || 'none'}): copy the metric from the task's target.`,
        ),
      );
    }
  }
  return problems;
}


/** What an update is about, as a key: the task, one of its measures, or one of its places. */
function subjectOf(update: Update): string {
  if (update.place) return `${update.task}|place:${update.place}`;
  if (update.measure !== undefined) return `${update.task}|measure:${update.measure}`;
  return update.task;
}

/**
 * An update without a reporting unit: only progress the plan itself states (`2021年12月，全市已完成
 * ……`), which no unit reported. It quotes the task's source document as evidence, is dated no later
 * than that document, and is never a close-out or a reopening, which a unit always reports.
 */
function checkStatedByPlan(entry: ValidEntry<Update>, task: Task, context: RuleContext): Problem[] {
  const update = entry.data;
  const plan = task.source.document;
  if (update.status === '已验收销号' || update.status === '重新整改') {
    return [
      problem(
        entry,
        ['status'],
        'reportedBy',
        `缺少报告单位 reportedBy：“${update.status}”总是由单位作出的${update.status === '已验收销号' ? '（整改验收单位）' : '（督察发现的，写发布这一情况的单位，并在 inspection 写明督察）'}，请写明是哪个单位。`,
        `reportedBy is missing: ${update.status === '已验收销号' ? 'an acceptance and close-out is made by the acceptance unit' : 'a reopening is reported by a unit (for one an inspection found, the unit publishing it, with the inspection in inspection)'}; name it.`,
      ),
    ];
  }
  const quoted = update.evidence?.documents.find((reference) => reference.document === plan && reference.quote);
  // The plan states what was done before it was issued: nothing dated after the plan's own date.
  const issued = context.documents?.get(plan)?.data.date;
  if (quoted && issued && startOfPeriod(update.date) > endOfPeriod(issued)) {
    return [
      problem(
        entry,
        ['date'],
        'reportedBy',
        `缺少报告单位 reportedBy：这条进展的日期 ${formatChineseDate(update.date)} 晚于方案文件 ${plan} 的日期 ${formatChineseDate(issued)}，方案不可能载明它。请写明报告它的单位。`,
        `reportedBy is missing: this update is dated ${update.date}, after the plan document ${plan} (${issued}), which therefore cannot state it; name the unit that reports it.`,
      ),
    ];
  }
  if (quoted) return [];
  return [
    problem(
      entry,
      ['status'],
      'reportedBy',
      `缺少报告单位 reportedBy：进展要写明由哪个单位报告。只有整改方案原文自己载明的进展（如“2021年12月，全市已完成……”）可以不写，这时 evidence 的 documents 要引用方案文件 ${plan} 并用 quote 摘录原文。`,
      `reportedBy is missing: an update names the unit that reports it. Only progress the plan itself states may leave it out, and then its evidence quotes (quote) the plan document ${plan} under documents.`,
    ),
  ];
}

/**
 * A place without a task stands for a finding published before its plan: a finding must list it
 * in its `places` (the caller waits while a finding file is refused).
 */
export function checkPlacesWithoutTask(places: readonly ValidEntry<Place>[], findings: readonly ValidEntry<Finding>[]): Problem[] {
  const named = new Set(findings.flatMap((entry) => entry.data.places));
  return places
    .filter((entry) => !entry.data.task && !named.has(entry.id))
    .map((entry) =>
      problem(
        entry,
        ['name'],
        'task',
        `缺少 task：点位要写它所属的整改任务。只有督察反馈问题点到、还没有整改任务的点位可以不写，这时要在那个反馈问题的 places 里列出 ${entry.id}。`,
        `task is missing: a place names its task. Only a place a finding names before any task exists may leave it out, and then that finding lists ${entry.id} under places.`,
      ),
    );
}

/** An update rests on at least one document or public link. */
function hasEvidence(update: Update): boolean {
  return (update.evidence?.documents.length ?? 0) + (update.evidence?.links.length ?? 0) > 0;
}

function describeSubject(update: Update): [string, string] {
  if (update.place) return [`点位 ${update.place}`, `place ${update.place}`];
  if (update.measure !== undefined) return [`第${update.measure}条措施`, `measure ${update.measure}`];
  return ['该任务', 'the task'];
}

/**
 * The order of status updates (整改进展的先后):
 * - once a task is accepted and closed out (已验收销号), nothing more is reported on it or its
 *   measures and places except a reopening (重新整改) of the whole task, and it is not closed
 *   out again until it is reopened; after a reopening, progress and a new close-out are allowed;
 * - a reopening follows a completion (已完成) or close-out of the same task or measure, reported
 *   on an earlier date: the earlier close-out stays on the record, never replaced;
 * - a thing reported under way or done is not later reported 未启动.
 * Partial dates compare only when one period ends before the other begins.
 */
export function checkUpdateOrder(updates: readonly ValidEntry<Update>[]): Problem[] {
  const problems: Problem[] = [];
  const sorted = [...updates].sort(compareReports);
  const isTaskLevel = (update: Update) => update.measure === undefined && !update.place;
  // The close-out standing for each task: the latest one with no reopening of the task after it.
  const standing = new Map<string, ValidEntry<Update>>();
  for (const entry of sorted) {
    const { task, status, date } = entry.data;
    const closeOut = standing.get(task);
    if (isTaskLevel(entry.data) && status === '重新整改') {
      standing.delete(task);
      continue;
    }
    if (isTaskLevel(entry.data) && status === '已验收销号') {
      if (closeOut) {
        problems.push(
          problem(
            entry,
            ['status'],
            'status',
            `任务 ${task} 已于${formatChineseDate(closeOut.data.date)}验收销号（${closeOut.source.file}），此后没有重新整改，一项任务只能销号一次。请删除重复的销号进展；若回头看发现问题，先录入“重新整改”再销号。`,
            `task ${task} was already closed out on ${closeOut.data.date} (${closeOut.source.file}) and not reopened since: a task is closed out once until it is reopened; delete the repeated close-out, or enter the reopening (重新整改) before it.`,
          ),
        );
      } else standing.set(task, entry);
      continue;
    }
    if (closeOut && startOfPeriod(date) > endOfPeriod(closeOut.data.date)) {
      const [zhSubject, enSubject] = describeSubject(entry.data);
      problems.push(
        problem(
          entry,
          ['date'],
          'date',
          `任务 ${task} 已于${formatChineseDate(closeOut.data.date)}验收销号（${closeOut.source.file}），此后不能再报告${zhSubject}的进展（这里是${formatChineseDate(date)}的“${status}”）。请核对日期；回头看、督察或督导单位发现问题没有整改到位的，先对整项任务录入“重新整改”（不写 measure、place），之后才能报告进展和再次销号。`,
          `task ${task} was closed out on ${closeOut.data.date} (${closeOut.source.file}); nothing is reported on ${enSubject} after that (this says ${status} on ${date}): check the date; when a look-back review, an inspection or a supervising unit finds it not rectified, enter a reopening (重新整改) of the whole task first, then progress and a new close-out may follow.`,
        ),
      );
    }
  }
  problems.push(...checkReopeningOrder(sorted));
  const started = new Map<string, ValidEntry<Update>>();
  for (const entry of sorted) {
    const key = subjectOf(entry.data);
    const earlier = started.get(key);
    if (entry.data.status === '未启动') {
      if (earlier && endOfPeriod(earlier.data.date) < startOfPeriod(entry.data.date)) {
        const [zhSubject, enSubject] = describeSubject(entry.data);
        problems.push(
          problem(
            entry,
            ['status'],
            'status',
            `${zhSubject}已于${formatChineseDate(earlier.data.date)}报告“${earlier.data.status}”（${earlier.source.file}），之后不能再报告“未启动”。请核对状态或日期。`,
            `${enSubject} was reported ${earlier.data.status} on ${earlier.data.date} (${earlier.source.file}), so it cannot be 未启动 (not started) later: check the status or the date.`,
          ),
        );
      }
    } else if (!earlier) started.set(key, entry);
  }
  return problems;
}

/**
 * A reopening (重新整改) follows a completion or close-out of the same task or measure: the
 * latest claim on it not dated after the reopening is 已完成 or 已验收销号, on a date that ends
 * before the reopening's begins (a claim of the same day or month cannot be told apart from it).
 * Updates sorted by date.
 */
function checkReopeningOrder(sorted: readonly ValidEntry<Update>[]): Problem[] {
  const problems: Problem[] = [];
  const bySubject = new Map<string, ValidEntry<Update>[]>();
  for (const entry of sorted) {
    const key = subjectOf(entry.data);
    const list = bySubject.get(key) ?? [];
    list.push(entry);
    bySubject.set(key, list);
  }
  for (const entry of sorted) {
    if (entry.data.status !== '重新整改' || entry.data.place) continue; // a place is refused by checkReopening
    const before = bySubject
      .get(subjectOf(entry.data))!
      .filter((other) => other !== entry && startOfPeriod(other.data.date) <= endOfPeriod(entry.data.date))
      .at(-1);
    const [zhSubject, enSubject] = describeSubject(entry.data);
    const measureHint = entry.data.measure === undefined ? '若只是某条措施报告过“已完成”，请对该措施重新整改（写 measure）。' : '';
    const measureHintEn = entry.data.measure === undefined ? ' If only a measure was reported completed, reopen that measure (write measure).' : '';
    if (!before || !isDone(before.data.status)) {
      problems.push(
        problem(
          entry,
          ['status'],
          'status',
          before
            ? `${zhSubject}在重新整改之前最近一次报告的是${formatChineseDate(before.data.date)}的“${before.data.status}”（${before.source.file}），不是“已完成”或“已验收销号”。重新整改只针对此前已完成或已验收销号的任务或措施，请核对日期或状态。${measureHint}`
            : `${zhSubject}在重新整改之前没有报告过“已完成”或“已验收销号”。重新整改只针对此前已完成或已验收销号的任务或措施，请核对日期或状态。${measureHint}`,
          before
            ? `the latest report on ${enSubject} before this reopening is ${before.data.status} on ${before.data.date} (${before.source.file}), not 已完成 or 已验收销号: only something completed or closed out earlier can be reopened; check the date or the status.${measureHintEn}`
            : `${enSubject} was never reported 已完成 or 已验收销号 before this reopening: only something completed or closed out earlier can be reopened; check the date or the status.${measureHintEn}`,
        ),
      );
    } else if (endOfPeriod(before.data.date) >= startOfPeriod(entry.data.date)) {
      problems.push(
        problem(
          entry,
          ['date'],
          'date',
          `${zhSubject}于${formatChineseDate(before.data.date)}报告“${before.data.status}”（${before.source.file}），重新整改日期${formatChineseDate(entry.data.date)}不晚于它。重新整改须在完成或销号之后的日期，请写出准确日期。`,
          `${enSubject} was reported ${before.data.status} on ${before.data.date} (${before.source.file}), and this reopening is dated ${entry.data.date}, not after it: a reopening comes on a later date than the completion or close-out; give the exact dates.`,
        ),
      );
    }
  }
  return problems;
}

/**
 * A plan is dated on or before the as-of day: the site publishes a plan's tasks and their
 * statuses as soon as it holds them, while the inspection and its findings count a plan dated
 * later as not yet out (src/core/findings.ts), so a later date is a typo or a plan entered early.
 */
export function checkPlanDate(entry: ValidEntry<Plan>, asOf: string): Problem[] {
  const { date } = entry.data;
  if (hasBegun(date, asOf)) return [];
  return [
    problem(
      entry,
      ['date'],
      'date',
      `整改方案的日期 ${formatChineseDate(date)} 晚于截至日期 ${formatChineseDate(asOf)}。本站只收录已经印发的方案：请核对日期；方案尚未印发的，等印发后再录入。`,
      `the plan is dated ${date}, after the as-of date ${asOf}: the site holds only plans already issued; check the date, or enter the plan once it is issued.`,
    ),
  ];
}
