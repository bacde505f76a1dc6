/**
 * Bounds on the data one content file may hold once read. js-yaml expands aliases (`*name`)
 * without limit by sharing objects, so a few lines ("billion laughs") can stand for billions of
 * values that every later step (schema, search index, the build's data store) would walk. The
 * walk below counts values as those steps would see them and stops at the first bound.
 */

/** Far more values than the largest real file (a task with dozens of measures: a few thousand). */
export const MAX_VALUES = 200_000;
/** Far deeper than any schema (a task's targets' breakdown is six levels). */
export const MAX_DEPTH = 64;

/** Why the data is too large or too deep to be content, or null when it is within bounds. */
export function dataTooLarge(data: unknown): { zh: string; en: string } | null {
  if (data === null || typeof data !== 'object') return null;
  let values = 0;
  const stack: [unknown, number][] = [[data, 1]];
  while (stack.length > 0 || values > MAX_VALUES) {
    const [value, depth] = stack.pop() ?? [null, 0];
    if (++values > MAX_VALUES) {
      return {
        zh: `文件展开后的数据太多（超过 ${MAX_VALUES} 项），多半是 YAML 锚点和别名（& 与 *）层层引用造成的。内容文件不需要锚点和别名：请把内容直接写出来。`,
        en: `the file expands to too much data (more than ${MAX_VALUES} values), most likely through YAML anchors and aliases (& and *): content files need none; write the values out.`,
      };
    }
    if (depth > MAX_DEPTH) {
      return {
        zh: `数据嵌套超过 ${MAX_DEPTH} 层，内容文件只需几层缩进。请检查文件是否被工具写坏。`,
        en: `the data is nested more than ${MAX_DEPTH} levels deep; content needs a few: check whether a tool broke the file.`,
      };
    }
    if (value === null || typeof value !== 'object' || value instanceof Date) continue;
    for (const child of Array.isArray(value) ? value : Object.values(value)) {
      if (child !== null && typeof child === 'object') stack.push([child, depth + 1]);
      else values++;
    }
  }
  return null;
}
