import type { Unit } from '../../schemas/unit.ts';
import type { Entry } from '../../core/ledger.ts';
import { closest } from '../check/index.ts';
import { normaliseCellText } from './text.ts';

/** Unit names compared the way staff type them: half- or full-width brackets, no blanks. */
function nameKey(name: string): string {
  return normaliseCellText(name).text.replace(/\(/g, '（').replace(/\)/g, '）').replace(/[\s\u3000]/g, '');
}

export type UnitLookup =
  | { ok: true; id: string }
  | { ok: false; zh: string; en: string };

/**
 * Finds units by the names a sheet uses: a unit's `name` or `fullName` first, then its
 * `shortName` and `aliases` (content/units/). Returns a function from one name to its id.
 */
export function unitResolver(units: readonly Entry<Unit>[]): (name: string) => UnitLookup {
  const primary = new Map<string, Set<string>>();
  const secondary = new Map<string, Set<string>>();
  const add = (map: Map<string, Set<string>>, name: string | undefined, id: string) => {
    if (!name) return;
    const key = nameKey(name);
    map.set(key, (map.get(key) ?? new Set()).add(id));
  };
  for (const { id, data } of units) {
    add(primary, data.name, id);
    add(primary, data.fullName, id);
    add(secondary, data.shortName, id);
    data.aliases.forEach((alias) => add(secondary, alias, id));
  }
  // Every way a unit is written, for the nearest one to suggest: its name, full and short names, aliases.
  const spellings = new Map<string, string>();
  for (const { data } of units) for (const spelling of [data.name, data.fullName, data.shortName, ...data.aliases]) if (spelling && !spellings.has(spelling)) spellings.set(spelling, data.name);
  return (name) => {
    const key = nameKey(name);
    const found = primary.get(key) ?? secondary.get(key);
    if (found && found.size === 1) return { ok: true, id: [...found][0]! };
    if (found) {
      const ids = [...found].join('、');
      return {
        ok: false,
        zh: `单位名称“${name}”同时对应多个单位（${ids}）。请写全称，或在 content/units/ 中去掉重复的简称或别名。`,
        en: `the unit name "${name}" matches several units (${[...found].join(', ')}): write the full name, or remove the shared short name or alias in content/units/.`,
      };
    }
    // A name written inside another unit's (市乡村振兴局 in 市农业农村局（市乡村振兴局、…）), else the nearest spelling.
    const within = name.length >= 3 ? units.find((unit) => [unit.data.name, unit.data.fullName].some((spelling) => spelling?.includes(name)))?.data.name : undefined;
    const near = closest(name, [...spellings.keys()]);
    const suggestion = within ?? (near ? spellings.get(near) : undefined);
    return {
      ok: false,
      zh: `不认识的单位“${name}”。${suggestion ? `是否想写“${suggestion}”？` : ''}单位名称须与 content/units/ 中某个单位的 name、fullName、shortName 或 aliases 相同；新单位请先用 npm run new -- unit 建立，或把这种写法加进该单位的 aliases。`,
      en: `unknown unit "${name}".${suggestion ? ` Did you mean "${suggestion}"?` : ''} A unit is written as the name, fullName, shortName or one of the aliases of a unit in content/units/: add a new unit with npm run new -- unit, or add this spelling to the unit's aliases.`,
    };
  };
}

/** What separates the names in a cell listing units. */
const SEPARATORS = /([、，,；;\n]+)/;

/** Splits a cell listing units (`市住房城乡建设局、各县（区）党委和人民政府，巴中经开区`) into names. */
export function splitUnitNames(text: string): string[] {
  return text
    .split(SEPARATORS)
    .filter((_, index) => index % 2 === 0)
    .map((name) => name.trim())
    .filter((name) => name.length > 0);
}

/**
 * `splitUnitNames` that keeps whole the names of these units that hold a separator themselves
 * (`濂溪区委、区政府`, as plans name a county's Party committee and government together), the
 * longest first: the export joins names with 、, and its import must read them back.
 */
export function unitNameSplitter(units: readonly Entry<Unit>[]): (text: string) => string[] {
  const joined = new Set<string>();
  for (const { data } of units) {
    for (const name of [data.name, data.fullName, data.shortName, ...data.aliases]) if (name && SEPARATORS.test(name)) joined.add(nameKey(name));
  }
  if (joined.size === 0) return splitUnitNames;
  return (text) => {
    // Names and separators in turn: names at even indexes.
    const parts = text.split(SEPARATORS);
    const names: string[] = [];
    for (let start = 0; start < parts.length; start += 2) {
      let end = start;
      for (let last = parts.length - 1; last > start; last -= 2) {
        if (joined.has(nameKey(parts.slice(start, last + 1).join('')))) {
          end = last;
          break;
        }
      }
      const name = parts.slice(start, end + 1).join('').trim();
      if (name) names.push(name);
      start = end;
    }
    return names;
  };
}
