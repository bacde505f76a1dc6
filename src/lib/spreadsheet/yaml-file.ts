import { isDeepStrictEqual } from 'node:util';
import { Document, isScalar, isSeq, parseDocument, visit, type Node } from 'yaml';

/**
 * Content files written by tools (import, `npm run new`) in the style staff write them: lists
 * of plain values on one line (`[bazhong/housing, bazhong/jingkai]`), dates quoted so no
 * YAML reader takes them for timestamps, long text on one line. An existing file is edited
 * field by field, so its comments, anchors and layout stay where nothing changed.
 */

const DATE_LIKE = /^\d{4}(-\d{2}){0,2}$/;

function styled(doc: Document, value: unknown): Node {
  const node = doc.createNode(value) as Node;
  visit(node, {
    Seq(_, seq) {
      if (seq.items.every((item) => isScalar(item))) seq.flow = true;
    },
    Scalar(_, scalar) {
      if (typeof scalar.value === 'string' && DATE_LIKE.test(scalar.value)) scalar.type = 'QUOTE_DOUBLE';
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
  doc.setIn(path, styled(doc, after));
}

function isPlainRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/**
 * The text of an existing YAML file after setting its data to `data`, changing only the
 * fields that differ; null when nothing differs.
 */
export function editedYamlText(existingText: string, data: Record<string, unknown>): string | null {
  const doc = parseDocument(existingText);
  const before = doc.toJS({ maxAliasCount: 100 }) as Record<string, unknown>;
  if (isDeepStrictEqual(before, data)) return null;
  // An edit could cut an anchor its aliases point to: write aliased values out in full.
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
  // Top-level fields in the order of `data`; a field the file lacks is added at the end.
  for (const key of Object.keys(before)) if (!(key in data)) doc.delete(key);
  for (const key of Object.keys(data)) {
    if (doc.has(key)) editAt(doc, [key], before[key], data[key]);
    else doc.set(key, styled(doc, data[key]));
  }
  return doc.toString(STRINGIFY);
}
