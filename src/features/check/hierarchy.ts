import type { Jurisdiction } from '../../schemas/jurisdiction.ts';
import type { Unit } from '../../schemas/unit.ts';
import type { ValidEntry } from './index.ts';
import type { Problem } from './problem.ts';

/**
 * The two hierarchies of the content hold together: a jurisdiction's GB/T 2260 code names one
 * jurisdiction (the maps find outlines by code), a jurisdiction is never its own ancestor, and a
 * group unit (各县（区）党委和人民政府) never contains itself through its members.
 */
export function hierarchyProblems(jurisdictions: readonly ValidEntry<Jurisdiction>[], units: readonly ValidEntry<Unit>[]): Problem[] {
  const problems: Problem[] = [];
  const byCode = new Map<string, ValidEntry<Jurisdiction>>();
  for (const entry of jurisdictions) {
    const code = entry.data.code;
    if (!code) continue;
    const first = byCode.get(code);
    if (first) {
      problems.push({
        file: entry.source.file,
        line: entry.source.lineOf(['code']),
        field: 'code',
        zh: `行政区划代码 ${code} 已由 ${first.source.file} 使用。一个代码只对应一个行政区划：请核对代码。`,
        en: `the code ${code} is already used by ${first.source.file}: one code names one jurisdiction; check the code.`,
      });
    } else byCode.set(code, entry);
  }
  const parent = new Map(jurisdictions.map((entry) => [entry.id, entry.data.parent]));
  for (const entry of jurisdictions) {
    const seen = new Set([entry.id]);
    for (let at = parent.get(entry.id); at; at = parent.get(at)) {
      if (at === entry.id) {
        problems.push({
          file: entry.source.file,
          line: entry.source.lineOf(['parent']),
          field: 'parent',
          zh: `上级行政区划绕了一圈又回到 ${entry.id}（${[...seen].join(' → ')} → ${entry.id}）。请改正 parent。`,
          en: `the parents of ${entry.id} lead back to it (${[...seen].join(' → ')} → ${entry.id}): correct parent.`,
        });
        break;
      }
      if (seen.has(at)) break; // a loop further up is named at its own entries
      seen.add(at);
    }
  }
  const members = new Map(units.map((entry) => [entry.id, entry.data.members]));
  for (const entry of units) {
    const stack = [...(members.get(entry.id) ?? [])];
    const seen = new Set<string>();
    while (stack.length > 0) {
      const id = stack.pop()!;
      if (id === entry.id) {
        problems.push({
          file: entry.source.file,
          line: entry.source.lineOf(['members']),
          field: 'members',
          zh: `单位 ${entry.id} 经由成员又包含了它自己。请改正 members。`,
          en: `the unit ${entry.id} contains itself through its members: correct members.`,
        });
        break;
      }
      if (seen.has(id)) continue;
      seen.add(id);
      stack.push(...(members.get(id) ?? []));
    }
  }
  return problems;
}
