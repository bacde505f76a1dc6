import { isDeepStrictEqual } from 'node:util';
import { CORE_SCHEMA, load } from 'js-yaml';
import { Document, isScalar, isSeq, parseDocument, visit, type Node } from 'yaml';

/**
 * Content files written by tools (import, `npm run new`) in the style staff write them: lists
 * of plain values on one line (`[bazhong/housing, bazhong/jingkai]`), dates quoted so no
 * YAML reader takes them for timestamps, long text on one line. An existing file is edited
 * field by field, so its comments, anchors and layout stay where nothing changed.
 */

const DATE_LIKE = /^\d{4}(-\d{2}){0,2}$/;

/**
 * Whether a text written plain would be read back as a number, true/false or null by the content
 * check's reader (js-yaml's core schema, src/features/check/load.ts), which takes forms this
 * writer's YAML 1.2 leaves plain, such as `0b101` (5): such a text is quoted.
 */
function readsAsScalarOtherThanText(text: string): boolean {
  try {
    const read = load(text, { schema: CORE_SCHEMA });
    return read === null || (typeof read !== 'string' && typeof read !== 'object');
  } catch {
    return false;
  }
}

function styled(doc: Document, value: unknown): Node {
  const node = doc.createNode(value) as Node;
  visit(node, {
    Seq(_, seq) {
      if (seq.items.every((item) => isScalar(item))) seq.flow = true;
    },
    Scalar(_, scalar) {
      if (typeof scalar.value === 'string' && (DATE_LIKE.test(scalar.value) || readsAsScalarOtherThanText(scalar.value))) scalar.type = 'QUOTE_DOUBLE';
    },
  });
  return node;
}

const STRINGIFY = { lineWidth: 0, flowCollectionPadding: false } as const;

/** A new YAML file holding `data`, with an optional comment line on top. */
export function newYamlText(data: Record<string, unknown>, comment?: string): string {
  const doc = new Document();
  doc.contents = styled(doc, data) as never;
  if (comment) doc.commentBefore = ` ${comment}`;
  return doc.toString(STRINGIFY);
}

function editAt(doc: Document, path: (string | number)[], before: unknown, after: unknown): void {
  if (isDeepStrictEqual(before, after)) return;
  if (after === undefined) {
    doc.deleteIn(path);
    return;
  }
  // Lists of records (measures, items) are edited record by record, fields by field.
  if (Array.isArray(before) && Array.isArray(after) && isSeq(doc.getIn(path, true)) && after.some((item) => item && typeof item === 'object')) {
    const common = Math.min(before.length, after.length);
    for (let index = 0; index < common; index++) editAt(doc, [...path, index], before[index], after[index]);
    for (let index = before.length - 1; index >= after.length; index--) doc.deleteIn([...path, index]);
    for (let index = common; index < after.length; index++) doc.addIn(path, styled(doc, after[index]));
    return;
  }
  if (isPlainRecord(before) && isPlainRecord(after) && doc.getIn(path, true)) {
    for (const key of Object.keys(before)) if (!(key in after)) doc.deleteIn([...path, key]);
    for (const key of Object.keys(after)) editAt(doc, [...path, key], before[key], after[key]);
    return;
  }
  // A replaced value keeps the style of the one it replaces: a block list stays a block list,
  // a quoted text stays quoted.
  const existing = doc.getIn(path, true);
  const node = styled(doc, after);
  if (isSeq(existing) && isSeq(node)) node.flow = existing.flow;
  if (isScalar(existing) && isScalar(node) && typeof after === 'string' && existing.type && existing.type !== 'PLAIN' && !(existing.type.startsWith('BLOCK') && !after.includes('\n'))) {
    node.type = existing.type;
  }
  doc.setIn(path, node);
}

function isPlainRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** The layout an existing file uses: its indent step, and whether `- ` items stand under their key or indented. */
function fileLayout(text: string): { indent: number; indentSeq: boolean } {
  const lines = text.split('\n');
  let indent = 2;
  let indentSeq = true;
  for (let index = 0; index + 1 < lines.length; index++) {
    const key = /^( *)[^\s#-][^:#]*:\s*$/.exec(lines[index]!);
    const next = /^( *)(- )?/.exec(lines[index + 1]!)!;
    if (!key || lines[index + 1]!.trim() === '') continue;
    const step = next[1]!.length - key[1]!.length;
    if (next[2]) {
      indentSeq = step > 0;
      if (step > 0) indent = step;
    } else if (step > 0) indent = step;
    break;
  }
  return { indent, indentSeq };
}

/** Pairs of equal lines of `a` and `b` (a longest common subsequence), as a map from index in `a` to index in `b`. */
function commonLines(a: readonly string[], b: readonly string[], key: (line: string) => string = (line) => line): Map<number, number> | null {
  if (a.length * b.length > 4_000_000) return null;
  const keysA = a.map(key);
  const keysB = b.map(key);
  const width = b.length + 1;
  const table = new Uint32Array((a.length + 1) * width);
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      table[i * width + j] = keysA[i] === keysB[j] ? table[(i + 1) * width + j + 1]! + 1 : Math.max(table[(i + 1) * width + j]!, table[i * width + j + 1]!);
    }
  }
  const pairs = new Map<number, number>();
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (keysA[i] === keysB[j]) pairs.set(i++, j++);
    else if (table[(i + 1) * width + j]! >= table[i * width + j + 1]!) i++;
    else j++;
  }
  return pairs;
}

/**
 * Applies the line changes from `base` to `edited` onto `original`, where `base` is `original`
 * as the YAML writer lays it out. A change lands only where the lines it replaces are the same
 * in `original`; otherwise null (the caller then writes the whole file out).
 */
function spliceChanges(original: string, base: string, edited: string): string | null {
  const ours = original.split('\n');
  const from = base.split('\n');
  const to = edited.split('\n');
  // The file's own spacing inside a line (`{ a: 1 }` for `{a: 1}`) does not stop a match.
  const toOurs = commonLines(from, ours, (line) => /^\s*/.exec(line)![0] + line.replace(/\s+/g, ''));
  const changes = commonLines(from, to);
  if (!toOurs || !changes) return null;
  // Hunks of base lines [start, end) replaced by edited lines [toStart, toEnd).
  const hunks: { start: number; end: number; toStart: number; toEnd: number }[] = [];
  let i = 0;
  let j = 0;
  while (i < from.length || j < to.length) {
    if (changes.get(i) === j) {
      i++;
      j++;
      continue;
    }
    const start = i;
    const toStart = j;
    while (i < from.length && !changes.has(i)) i++;
    const toEnd = i < from.length ? changes.get(i)! : to.length;
    j = toEnd;
    hunks.push({ start, end: i, toStart, toEnd });
  }
  const out: string[] = [];
  let cursor = 0;
  for (const hunk of hunks) {
    let at: number | undefined;
    let until: number | undefined;
    if (hunk.end > hunk.start) {
      at = toOurs.get(hunk.start);
      for (let k = hunk.start; k < hunk.end; k++) if (toOurs.get(k) !== (at ?? -2) + k - hunk.start) return null;
      until = at! + hunk.end - hunk.start;
    } else if (hunk.start > 0 && toOurs.has(hunk.start - 1)) {
      at = until = toOurs.get(hunk.start - 1)! + 1;
    } else if (hunk.start < from.length && toOurs.has(hunk.start)) {
      at = until = toOurs.get(hunk.start)!;
    } else if (hunk.start === 0) {
      at = until = 0;
    }
    if (at === undefined || until === undefined || at < cursor) return null;
    out.push(...ours.slice(cursor, at), ...to.slice(hunk.toStart, hunk.toEnd));
    cursor = until;
  }
  out.push(...ours.slice(cursor));
  return out.join('\n');
}

function dataOf(text: string): unknown {
  return parseDocument(text).toJS({ maxAliasCount: 100 });
}

/**
 * The text of an existing YAML file after setting its data to `data`, changing only the
 * lines of the fields that differ (comments, anchors, blank lines and the file's own indent
 * stay); null when nothing differs. The edit is made on the parsed document, laid out in the
 * file's own style, and only the changed lines are carried over into the file's text.
 */
export function editedYamlText(existingText: string, data: Record<string, unknown>): string | null {
  const before = dataOf(existingText) as Record<string, unknown>;
  if (isDeepStrictEqual(before, data)) return null;
  const options = { ...STRINGIFY, ...fileLayout(existingText) };
  // First keep anchors and aliases; if an edit reaches through one (an anchored value changed
  // while its aliases should not), write aliased values out in full and try again.
  for (const expandAliases of [false, true]) {
    const doc = parseDocument(existingText);
    if (expandAliases) {
      visit(doc, {
        Alias(_, alias) {
          return styled(doc, alias.toJS(doc));
        },
      });
      visit(doc, {
        Node(_, node) {
          if ('anchor' in node) delete (node as { anchor?: string }).anchor;
        },
      });
    }
    const base = parseDocument(existingText).toString(options);
    // Top-level fields in the order of `data`; a field the file lacks is added at the end.
    for (const key of Object.keys(before)) if (!(key in data)) doc.delete(key);
    for (const key of Object.keys(data)) {
      if (doc.has(key)) editAt(doc, [key], before[key], data[key]);
      else doc.set(key, styled(doc, data[key]));
    }
    let edited: string;
    try {
      edited = doc.toString(options);
    } catch {
      continue;
    }
    if (!isDeepStrictEqual(dataOf(edited), data)) continue;
    const spliced = spliceChanges(existingText, base, edited);
    if (spliced !== null && isDeepStrictEqual(dataOf(spliced), data)) return spliced;
    return edited;
  }
  const doc = new Document();
  doc.contents = styled(doc, data) as never;
  return doc.toString(STRINGIFY);
}
