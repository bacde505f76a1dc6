import type { z } from 'astro/zod';
import { COLLECTIONS, type CollectionSpec } from '../../schemas/collections.ts';
import { referenceOf, type Reference } from '../../schemas/ref.ts';
import type { Task } from '../../schemas/task.ts';
import type { ValidEntry } from './index.ts';
import { fieldPath, type Problem } from './problem.ts';
import { closest } from './zod-issues.ts';

/** A value in an entry that a schema declared as a reference (`ref`, `measureRef`), and where it stands. */
export interface FoundReference {
  path: (string | number)[];
  value: unknown;
  reference: Reference;
  /** The object the field belongs to, where a `measureRef` finds its task. */
  owner: Record<string, unknown>;
}

interface ZodDef {
  type: string;
  innerType?: z.core.$ZodType;
  in?: z.core.$ZodType;
  out?: z.core.$ZodType;
  shape?: Record<string, z.core.$ZodType>;
  element?: z.core.$ZodType;
  items?: z.core.$ZodType[];
  rest?: z.core.$ZodType | null;
  options?: z.core.$ZodType[];
  left?: z.core.$ZodType;
  right?: z.core.$ZodType;
  valueType?: z.core.$ZodType;
  getter?: () => z.core.$ZodType;
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Every reference in `data` (an entry as its schema parsed it), found by walking the schema:
 * objects, arrays, tuples, records, optionals, defaults, unions, pipes. Whatever a schema
 * declares with `ref` is found here without this function knowing the schema.
 */
export function findReferences(schema: z.core.$ZodType, data: unknown): FoundReference[] {
  const found = new Map<string, FoundReference>();
  const visit = (node: z.core.$ZodType, value: unknown, path: (string | number)[], owner: Record<string, unknown>, depth: number): void => {
    if (value === undefined || value === null || depth > 64) return;
    const reference = referenceOf(node);
    if (reference) {
      // One field seen through two options of a union is one reference.
      found.set(path.join('\u0000'), { path, value, reference, owner });
      return;
    }
    const def = node._zod.def as unknown as ZodDef;
    const next = depth + 1;
    switch (def.type) {
      case 'optional':
      case 'nullable':
      case 'default':
      case 'prefault':
      case 'nonoptional':
      case 'catch':
      case 'readonly':
        visit(def.innerType!, value, path, owner, next);
        break;
      case 'pipe':
        // A preprocess step gives its output schema the value; a transform's output is no schema.
        visit(def.out!._zod.def.type === 'transform' ? def.in! : def.out!, value, path, owner, next);
        break;
      case 'lazy':
        visit(def.getter!(), value, path, owner, next);
        break;
      case 'object':
        if (isObject(value)) for (const [key, field] of Object.entries(def.shape!)) visit(field, value[key], [...path, key], value, next);
        break;
      case 'record':
        if (isObject(value)) for (const [key, item] of Object.entries(value)) visit(def.valueType!, item, [...path, key], value, next);
        break;
      case 'array':
        if (Array.isArray(value)) value.forEach((item, index) => visit(def.element!, item, [...path, index], owner, next));
        break;
      case 'tuple':
        if (Array.isArray(value)) {
          value.forEach((item, index) => {
            const itemSchema = def.items![index] ?? def.rest;
            if (itemSchema) visit(itemSchema, item, [...path, index], owner, next);
          });
        }
        break;
      case 'union':
        for (const option of def.options!) visit(option, value, path, owner, next);
        break;
      case 'intersection':
        visit(def.left!, value, path, owner, next);
        visit(def.right!, value, path, owner, next);
        break;
      default:
      // strings, numbers, enums…: nothing inside
    }
  };
  visit(schema, data, [], isObject(data) ? data : {}, 0);
  return [...found.values()];
}

/**
 * Reports every reference that points at nothing, in every collection of `collections` (the
 * registry): an id no file of the collection has (suggesting the nearest existing id), a
 * measure number its task does not have. Ids are those of every file, valid or not, so that one
 * broken file does not make every reference to it fail too. Problems with ids come first, then
 * measures within the tasks named.
 */
export function referenceProblems(
  valid: Partial<Record<string, ValidEntry[]>>,
  allIds: Partial<Record<string, ReadonlySet<string>>>,
  collections: Readonly<Record<string, CollectionSpec>> = COLLECTIONS,
): Problem[] {
  const tasks = new Map(((valid.tasks ?? []) as ValidEntry<Task>[]).map((entry) => [entry.id, entry.data]));
  const missingIds: Problem[] = [];
  const missingMeasures: Problem[] = [];
  for (const [name, spec] of Object.entries(collections)) {
    for (const entry of valid[name] ?? []) {
      for (const { path, value, reference, owner } of findReferences(spec.schema, entry.data)) {
        // Where the reference is written: looked up only for the few that point at nothing.
        const at = () => ({ file: entry.source.file, line: entry.source.lineOf(path), field: fieldPath(path) });
        if ('collection' in reference) {
          const target = collections[reference.collection];
          // A schema naming no collection of the registry is a mistake in the code (tests/lib/references.test.ts).
          if (!target) throw new Error(`${name}.${fieldPath(path)}: ref('${reference.collection}') names no collection`);
          const ids = allIds[reference.collection] ?? new Set<string>();
          if (typeof value === 'string' && !ids.has(value)) missingIds.push({ ...at(), ...missingEntry(target, value, ids) });
        } else {
          const taskId = owner[reference.measureOf];
          const task = typeof taskId === 'string' ? tasks.get(taskId) : undefined;
          // An unknown task is reported as a missing id; a task with problems of its own is not judged here.
          if (task && typeof value === 'number' && !task.measures.some((measure) => measure.number === value)) {
            missingMeasures.push({
              ...at(),
              zh: `任务 ${taskId} 没有第${value}条措施（共${task.measures.length}条）。请核对措施编号。`,
              en: `task ${taskId} has no measure ${value} (it has ${task.measures.length}): check the number.`,
            });
          }
        }
      }
    }
  }
  return [...missingIds, ...missingMeasures];
}

/**
 * The entries that rest on an entry with problems of its own: those that name, directly or
 * through other entries (an update its task, the task its group of units), an entry whose file
 * could not be read or was refused. Rules across files judge such an entry by what it names, so
 * with a part missing they would blame it for the other file's fault (a county "neither
 * responsible nor supervising" because the group naming it could not be read). Keys are
 * `collection/id`. Empty, and nothing walked, when every file was accepted.
 */
export function entriesRestingOnRefused(
  valid: Partial<Record<string, ValidEntry[]>>,
  allIds: Partial<Record<string, ReadonlySet<string>>>,
  collections: Readonly<Record<string, CollectionSpec>> = COLLECTIONS,
): Set<string> {
  const key = (collection: string, id: string) => `${collection}/${id}`;
  const accepted = new Set(Object.entries(valid).flatMap(([name, entries]) => (entries ?? []).map((entry) => key(name, entry.id))));
  const refused = new Set(Object.entries(allIds).flatMap(([name, ids]) => [...(ids ?? [])].map((id) => key(name, id)).filter((each) => !accepted.has(each))));
  const resting = new Set<string>();
  if (refused.size === 0) return resting;
  const names = new Map<string, string[]>();
  for (const [name, spec] of Object.entries(collections)) {
    for (const entry of valid[name] ?? []) {
      const named = findReferences(spec.schema, entry.data).flatMap(({ value, reference }) => ('collection' in reference && typeof value === 'string' ? [key(reference.collection, value)] : []));
      names.set(key(name, entry.id), named);
    }
  }
  // Until nothing changes: an entry rests on a refused one if anything it names is refused or rests on one.
  for (let changed = true; changed; ) {
    changed = false;
    for (const [entry, named] of names) {
      if (resting.has(entry) || !named.some((target) => refused.has(target) || resting.has(target))) continue;
      resting.add(entry);
      changed = true;
    }
  }
  return resting;
}

function missingEntry({ label, noun, folder: name }: CollectionSpec, id: string, ids: ReadonlySet<string>): { zh: string; en: string } {
  const folder = `content/${name}/`;
  const suggestion = closest(id, ids);
  return {
    zh: `找不到编号为“${id}”的${label}。${suggestion ? `是否想写“${suggestion}”？` : ''}编号就是 ${folder} 下的文件路径（不含扩展名）；如果是新的${label}，请先在 ${folder} 下建立它。`,
    en: `no ${noun} has the id "${id}".${suggestion ? ` Did you mean "${suggestion}"?` : ''} An id is the file's path under ${folder} without its extension; add a new ${noun} there first.`,
  };
}
