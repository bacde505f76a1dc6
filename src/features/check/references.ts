import type { Problem } from './problem.ts';
import { closest } from './zod-issues.ts';
import type { ValidEntry } from './index.ts';

type Kind = 'units' | 'jurisdictions' | 'documents' | 'plans' | 'inspections' | 'tasks' | 'places' | 'findings';

const KIND_NAMES: Record<Kind, [string, string, string]> = {
  units: ['单位', 'unit', 'content/units/'],
  jurisdictions: ['行政区划', 'jurisdiction', 'content/jurisdictions/'],
  documents: ['文件', 'document', 'content/documents/'],
  plans: ['整改方案', 'plan', 'content/plans/'],
  inspections: ['督察', 'inspection', 'content/inspections/'],
  tasks: ['整改任务', 'task', 'content/tasks/'],
  places: ['点位', 'place', 'content/places/'],
  findings: ['反馈问题', 'finding', 'content/findings/'],
};

/** Reports references to entries that do not exist, suggesting the nearest existing id. */
export class ReferenceChecker {
  readonly problems: Problem[] = [];
  private readonly ids: Record<Kind, ReadonlySet<string>>;
  constructor(ids: Record<Kind, ReadonlySet<string>>) {
    this.ids = ids;
  }

  check(entry: ValidEntry, kind: Kind, id: string | undefined, path: PropertyKey[], field: string): void {
    if (id === undefined || this.ids[kind].has(id)) return;
    const [zhName, enName, folder] = KIND_NAMES[kind];
    const suggestion = closest(id, this.ids[kind]);
    this.problems.push({
      file: entry.source.file,
      line: entry.source.lineOf(path),
      field,
      zh: `找不到编号为“${id}”的${zhName}。${suggestion ? `是否想写“${suggestion}”？` : ''}编号就是 ${folder} 下的文件路径（不含扩展名）；如果是新的${zhName}，请先在 ${folder} 下建立它。`,
      en: `no ${enName} has the id "${id}".${suggestion ? ` Did you mean "${suggestion}"?` : ''} An id is the file's path under ${folder} without its extension; add a new ${enName} there first.`,
    });
  }
}
