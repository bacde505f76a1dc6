/**
 * A programme's targets by county and year, with what is reported done: the county layer of
 * the sewage map and its table. A year counts as reported done for a county only when the
 * measure setting that year's target is itself reported 已完成 (never derived from dates).
 */
import type { Ledger } from '../../core/ledger.ts';
import { isDone } from '../../core/status.ts';

export interface CountyYear {
  year: number;
  /** The target for the county by the end of the year (cumulative when the plan counts so), or null. */
  target: number | null;
  /** The same figure when its measure is reported done, else null. */
  reported: number | null;
}

export interface CountyProgramme {
  task: string;
  metric: string;
  unit: string;
  cumulative: boolean;
  years: number[];
  rows: { jurisdiction: string; name: string; code: string | null; years: CountyYear[] }[];
}

/** The county breakdown of one metric of a task, year by year, in the order the plan lists counties. */
export function countyProgramme(ledger: Ledger, taskId: string, metric: string): CountyProgramme | null {
  const task = ledger.taskById.get(taskId);
  if (!task) return null;
  const entries = task.measures.flatMap((view) =>
    view.measure.targets
      .filter((target) => target.metric === metric && target.due)
      .map((target) => ({ target, year: Number(target.due!.slice(0, 4)), reported: isDone(view.status.status) && !view.status.derived })),
  );
  if (entries.length === 0) return null;
  const years = [...new Set(entries.map((entry) => entry.year))].sort((a, b) => a - b);
  const order: string[] = [];
  for (const { target } of entries) for (const row of target.breakdown) if (!order.includes(row.jurisdiction)) order.push(row.jurisdiction);
  return {
    task: taskId,
    metric,
    unit: entries[0]!.target.unit,
    cumulative: entries.some((entry) => entry.target.cumulative),
    years,
    rows: order.map((id) => {
      const jurisdiction = ledger.jurisdictions.get(id)?.data;
      return {
        jurisdiction: id,
        name: jurisdiction?.shortName ?? jurisdiction?.name ?? id,
        code: jurisdiction?.code ?? null,
        years: years.map((year): CountyYear => {
          const entry = entries.find((candidate) => candidate.year === year && candidate.target.breakdown.some((row) => row.jurisdiction === id));
          const value = entry?.target.breakdown.find((row) => row.jurisdiction === id)?.value ?? null;
          return { year, target: value, reported: entry?.reported ? value : null };
        }),
      };
    }),
  };
}

export interface ShadingSeries {
  label: string;
  unit: string;
  /** Value by GB/T 2260 code of the county outline. */
  values: Record<string, number>;
}

/** The choices of the county layer: each year's target and, where any is reported, what is reported done. */
export function shadingSeries(programme: CountyProgramme): ShadingSeries[] {
  const series: ShadingSeries[] = [];
  programme.years.forEach((year, index) => {
    for (const kind of ['target', 'reported'] as const) {
      const values: Record<string, number> = {};
      for (const row of programme.rows) {
        const value = row.years[index]![kind];
        if (row.code && value !== null) values[row.code] = value;
      }
      if (Object.keys(values).length === 0) continue;
      const what = kind === 'target' ? `${programme.cumulative ? '累计' : ''}目标` : '已报告完成';
      series.push({ label: `${programme.metric}：${year}年底${what}`, unit: programme.unit, values });
    }
  });
  return series;
}
