import type { CollectionName } from '../../schemas/collections.ts';
import type { ValidEntry } from './index.ts';
import type { Problem } from './problem.ts';

/** The names staff and sheets use for an entry (名称、全称、简称、别名). */
interface Named {
  name: string;
  fullName?: string;
  shortName?: string;
  aliases?: string[];
}

/** A name as people compare them: full-width forms folded (（）→ ()), spaces dropped. */
function nameKey(name: string): string {
  return name.normalize('NFKC').replace(/[\s\u200b-\u200d\u2060\ufeff]+/g, '');
}

/**
 * Units and jurisdictions are named by their Chinese names in staff tools and sheets, so within
 * each collection a name, full name, short name or alias belongs to one entry only: a second
 * entry claiming it is refused, naming both files. One entry may repeat its own name.
 */
export function duplicateNameProblems(valid: Partial<Record<CollectionName, ValidEntry[]>>): Problem[] {
  const problems: Problem[] = [];
  for (const collection of ['units', 'jurisdictions'] as const) {
    const owners = new Map<string, { entry: ValidEntry; field: string }>();
    for (const entry of valid[collection] ?? []) {
      const data = entry.data as Named;
      const names: [string, PropertyKey[], string | undefined][] = [
        ['name', ['name'], data.name],
        ['fullName', ['fullName'], data.fullName],
        ['shortName', ['shortName'], data.shortName],
        ...(data.aliases ?? []).map((alias, i): [string, PropertyKey[], string] => [`aliases[${i}]`, ['aliases', i], alias]),
      ];
      for (const [field, path, name] of names) {
        if (!name) continue;
        const key = nameKey(name);
        const owner = owners.get(key);
        if (!owner) owners.set(key, { entry, field });
        else if (owner.entry !== entry) {
          const kind = collection === 'units' ? '单位' : '行政区划';
          const kindEn = collection === 'units' ? 'unit' : 'jurisdiction';
          problems.push({
            file: entry.source.file,
            line: entry.source.lineOf(path),
            field,
            zh: `${kind}名称“${name}”已被 ${owner.entry.source.file}（${owner.field}）使用。导入表格和工作人员按名称找${kind}，一个名称只能指一个${kind}：请改用能区分的名称，或删去其中一处。`,
            en: `the ${kindEn} name "${name}" is already used by ${owner.entry.source.file} (${owner.field}): sheets and staff find a ${kindEn} by its name, so a name may point to one ${kindEn} only; make it distinct or delete one.`,
          });
        }
      }
    }
  }
  return problems;
}
