import type { Unit } from '../schemas/unit.ts';
import { expandUnit, type Entry, type MeasureView, type TaskView } from './ledger.ts';

/**
 * Who is responsible for what (责任单位): the units a task or measure names, and the units a
 * group (合称, 各县（区）党委和人民政府) stands for. Lists, unit and county pages, counts of late
 * items, charts and bulletins all ask here, so that a unit carries the same work everywhere.
 */

/** The units named on a measure: its own and those of its numbered items. */
export function measureResponsibleUnits(view: MeasureView): string[] {
  return [...new Set([...view.measure.responsibleUnits, ...view.measure.items.flatMap((item) => item.responsibleUnits ?? [])])];
}

/** Every unit named responsible on a task, at task, measure or item level. */
export function taskResponsibleUnits(view: TaskView): string[] {
  return [...new Set([...view.task.responsibleUnits, ...view.measures.flatMap(measureResponsibleUnits)])];
}

/** Units named, with every member of a named group (各县（区）… → each county), so a member carries the group's work. */
export function expandUnits(ids: readonly string[], units: ReadonlyMap<string, Entry<Unit>>): string[] {
  return [...new Set(ids.flatMap((id) => expandUnit(id, units)))];
}

/** A group (合称) whose members the content lists: its work is counted under each member, never as a unit of its own. */
export function countsUnderMembers(id: string, units: ReadonlyMap<string, Entry<Unit>>): boolean {
  return (units.get(id)?.data.members.length ?? 0) > 0;
}
