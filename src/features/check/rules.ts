import type { Jurisdiction } from '../../schemas/jurisdiction.ts';
import type { Place } from '../../schemas/place.ts';
import type { Task } from '../../schemas/task.ts';
import type { Unit } from '../../schemas/unit.ts';
import type { Update } from '../../schemas/update.ts';
import { endOfPeriod, formatChineseDate, hasBegun, startOfPeriod } from '../../core/dates.ts';
import { acceptanceUnitOf, expandUnit, type Entry } from '../../core/ledger.ts';
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
}

function problem(entry: ValidEntry, path: PropertyKey[], field: string, zh: string, en: string): Problem {
  return { file: entry.source.file, line: entry.source.lineOf(path), field, zh, en };
}

/** A measure's due date may not fall after its task's deadline, unless the task is open-ended. */
export function checkMeasureDues(entry: ValidEntry<Task>): Problem[] {
  const { deadline, measures } = entry.data;
  if (deadline.ongoing || !deadline.month) return [];
  return measures.flatMap((measure, index) =>
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
  );
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
        `进展日期 ${formatChineseDate(update.date)} 晚于截止日期 ${formatChineseDate(context.asOf)}。进展只能记录已经发生的事，请核对日期。`,
        `the update is dated ${update.date}, after the as-of date ${context.asOf}: an update records what has happened; check the date.`,
      ),
    );
  }
  if (!task) return problems; // an unknown task is reported by the reference check
  const measure = update.measure === undefined ? undefined : task.data.measures.find((m) => m.number === update.measure);
  if (update.place) {
    const place = context.places.get(update.place);
    if (place && place.data.task !== update.task) {
      problems.push(
        problem(
          entry,
          ['place'],
          'place',
          `点位 ${update.place} 属于任务 ${place.data.task}，不属于 ${update.task}。请核对任务或点位。`,
          `place ${update.place} belongs to task ${place.data.task}, not ${update.task}: check the task or the place.`,
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
  if (context.units.has(update.reportedBy) && !unitIsAmong(update.reportedBy, allowed, context.units)) {
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
    if (update.reportedBy !== acceptance) {
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
    const evidence = update.evidence;
    if (!evidence || (evidence.documents.length === 0 && evidence.links.length === 0)) {
      problems.push(
        problem(
          entry,
          ['evidence'],
          'evidence',
          '验收销号必须附证据：在 evidence 下列出验收文件（documents）或公开链接（links）。',
          'an acceptance and close-out needs evidence: list the acceptance documents or public links under evidence.',
        ),
      );
    }
  }
  return problems;
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
  const task = context.tasks.get(place.task);
  const { point, precision } = place.location;
  problems.push(...checkPlacePoint(entry, context.jurisdictions, context.outlines));
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

function describeSubject(update: Update): [string, string] {
  if (update.place) return [`点位 ${update.place}`, `place ${update.place}`];
  if (update.measure !== undefined) return [`第${update.measure}条措施`, `measure ${update.measure}`];
  return ['该任务', 'the task'];
}

/**
 * The order of status updates (整改进展的先后): once a task is accepted and closed out
 * (已验收销号) nothing more is reported on it or its measures and places, and it is closed
 * out once; and a thing reported under way or done is not later reported 未启动.
 * (A 回头看 that reopens a problem is not modelled: it is entered as a new finding or task.)
 * Partial dates compare only when one period ends before the other begins.
 */
export function checkUpdateOrder(updates: readonly ValidEntry<Update>[]): Problem[] {
  const problems: Problem[] = [];
  const sorted = [...updates].sort((a, b) => a.data.date.localeCompare(b.data.date) || a.id.localeCompare(b.id));
  const closeOuts = new Map<string, ValidEntry<Update>>();
  for (const entry of sorted) {
    if (entry.data.status !== '已验收销号' || entry.data.measure !== undefined || entry.data.place) continue;
    const first = closeOuts.get(entry.data.task);
    if (first) {
      problems.push(
        problem(
          entry,
          ['status'],
          'status',
          `任务 ${entry.data.task} 已于${formatChineseDate(first.data.date)}验收销号（${first.source.file}），一项任务只能销号一次。请删除重复的销号进展。`,
          `task ${entry.data.task} was already closed out on ${first.data.date} (${first.source.file}): a task is closed out once; delete the repeated close-out.`,
        ),
      );
    } else closeOuts.set(entry.data.task, entry);
  }
  for (const entry of sorted) {
    const closeOut = closeOuts.get(entry.data.task);
    if (!closeOut || closeOut === entry || entry.data.status === '已验收销号') continue;
    if (startOfPeriod(entry.data.date) > endOfPeriod(closeOut.data.date)) {
      const [zhSubject, enSubject] = describeSubject(entry.data);
      problems.push(
        problem(
          entry,
          ['date'],
          'date',
          `任务 ${entry.data.task} 已于${formatChineseDate(closeOut.data.date)}验收销号（${closeOut.source.file}），此后不能再报告${zhSubject}的进展（这里是${formatChineseDate(entry.data.date)}的“${entry.data.status}”）。请核对日期；“回头看”重新发现的问题请作为新的问题或任务录入。`,
          `task ${entry.data.task} was closed out on ${closeOut.data.date} (${closeOut.source.file}); nothing is reported on ${enSubject} after that (this says ${entry.data.status} on ${entry.data.date}): check the date, and enter a problem a look-back review (回头看) reopens as a new finding or task.`,
        ),
      );
    }
  }
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
