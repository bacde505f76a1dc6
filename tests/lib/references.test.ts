import { describe, expect, expectTypeOf, it } from 'vitest';
import { z } from 'astro/zod';
import { COLLECTIONS, type CollectionSpec } from '../../src/schemas/collections.ts';
import { ID_PATTERN, measureRef, ref, referenceOf, type Reference } from '../../src/schemas/ref.ts';
import { findReferences, referenceProblems } from '../../src/features/check/references.ts';
import { fieldPath } from '../../src/features/check/problem.ts';
import type { ValidEntry } from '../../src/features/check/index.ts';
import type { Entry, LedgerInput } from '../../src/core/ledger.ts';
import type { CollectionName } from '../../src/schemas/collections.ts';
import type { Task } from '../../src/schemas/task.ts';
import type { TypicalCase } from '../../src/schemas/typical-case.ts';

/** An entry as the check hands it over, whose every field sits on line 1 + the length of its path. */
function entry(folder: string, id: string, data: unknown): ValidEntry {
  const file = `content/${folder}/${id}.yaml`;
  return { id, data, source: { file, id, data, lineOf: (path) => 1 + path.length } };
}

/** A registry entry for a test collection. */
function spec(folder: string, schema: z.ZodType, label: string, noun: string): CollectionSpec {
  return { folder, pattern: '**/*.{yaml,yml}', schema, label, noun, titleField: 'name' };
}

describe('the reference walker', () => {
  // A schema the check has never seen: every way a field can sit inside another.
  const stationSchema = z.strictObject({
    name: z.string(),
    operator: ref('units'),
    backup: ref('units').optional(),
    sites: z.array(z.strictObject({ county: ref('jurisdictions'), note: z.string() })).default([]),
    plan: z.union([z.strictObject({ id: ref('plans') }), z.string()]),
    byYear: z.record(z.string(), ref('tasks')),
    partners: z.array(ref('units')).min(1),
  });

  it('finds every reference a schema declares, in objects, lists, optionals, unions and records, without knowing the schema', () => {
    const data = stationSchema.parse({
      name: '一号站',
      operator: 'ecology',
      sites: [{ county: 'county-b', note: '' }, { county: 'district-a', note: '' }],
      plan: { id: 'demo' },
      byYear: { 2025: 'demo/01' },
      partners: ['water'],
    });
    const found = findReferences(stationSchema, data).map(({ path, value, reference }) => [fieldPath(path), value, reference]);
    expect(found).toEqual([
      ['operator', 'ecology', { collection: 'units' }],
      ['sites[0].county', 'county-b', { collection: 'jurisdictions' }],
      ['sites[1].county', 'district-a', { collection: 'jurisdictions' }],
      ['plan.id', 'demo', { collection: 'plans' }],
      ['byYear.2025', 'demo/01', { collection: 'tasks' }],
      ['partners[0]', 'water', { collection: 'units' }],
    ]);
  });

  it('reports a dangling reference of a schema it has never seen, with file, line, field and the nearest id', () => {
    const registry = {
      stations: spec('stations', z.strictObject({ name: z.string(), sites: z.array(z.strictObject({ county: ref('jurisdictions') })) }), '监测站', 'station'),
      jurisdictions: spec('jurisdictions', z.strictObject({ name: z.string() }), '行政区划', 'jurisdiction'),
    };
    const problems = referenceProblems(
      { stations: [entry('stations', 'one', { name: '一号站', sites: [{ county: 'county-b' }, { county: 'county-c' }] })], jurisdictions: [] },
      { stations: new Set(['one']), jurisdictions: new Set(['county-a', 'county-b']) },
      registry,
    );
    expect(problems).toEqual([
      {
        file: 'content/stations/one.yaml',
        line: 4,
        field: 'sites[1].county',
        zh: '找不到编号为“county-c”的行政区划。是否想写“county-a”？编号就是 content/jurisdictions/ 下的文件路径（不含扩展名）；如果是新的行政区划，请先在 content/jurisdictions/ 下建立它。',
        en: 'no jurisdiction has the id "county-c". Did you mean "county-a"? An id is the file\'s path under content/jurisdictions/ without its extension; add a new jurisdiction there first.',
      },
    ]);
  });

  it('takes a declared measure number as one of the measures of the task its sibling field names', () => {
    const registry = {
      tasks: spec('tasks', z.object({ measures: z.array(z.object({ number: z.number() })) }), '整改任务', 'task'),
      visits: spec('visits', z.strictObject({ task: ref('tasks'), measure: measureRef('task').optional() }), '走访', 'visit'),
    };
    const tasks = [entry('tasks', 'demo/01', { measures: [{ number: 1 }, { number: 2 }] })];
    const visits = [entry('visits', 'a', { task: 'demo/01', measure: 2 }), entry('visits', 'b', { task: 'demo/01', measure: 3 }), entry('visits', 'c', { task: 'demo/09', measure: 3 })];
    const problems = referenceProblems({ tasks, visits }, { tasks: new Set(['demo/01']), visits: new Set(['a', 'b', 'c']) }, registry);
    // demo/09 does not exist: its id is reported, and a measure of nothing is not judged.
    expect(problems.map(({ file, field, zh }) => [file, field, zh])).toEqual([
      ['content/visits/c.yaml', 'task', expect.stringContaining('找不到编号为“demo/09”的整改任务')],
      ['content/visits/b.yaml', 'measure', '任务 demo/01 没有第3条措施（共2条）。请核对措施编号。'],
    ]);
  });
});

/** Every field of a schema, leaves and branches alike, with its path (`measures[].targets[].jurisdiction`). */
function schemaFields(schema: z.core.$ZodType, path = ''): { path: string; name: string; schema: z.core.$ZodType }[] {
  const def = schema._zod.def as unknown as Record<string, unknown> & { type: string };
  const inner = (key: string) => def[key] as z.core.$ZodType;
  switch (def.type) {
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'catch':
    case 'readonly':
      return referenceOf(schema) ? [] : schemaFields(inner('innerType'), path);
    case 'pipe':
      return [...schemaFields(inner('in'), path), ...schemaFields(inner('out'), path)];
    case 'array':
      return schemaFields(inner('element'), `${path}[]`);
    case 'union':
      return (def.options as z.core.$ZodType[]).flatMap((option) => schemaFields(option, path));
    case 'object':
      return Object.entries(def.shape as Record<string, z.core.$ZodType>).flatMap(([name, field]) => {
        const here = path ? `${path}.${name}` : name;
        return [{ path: here, name, schema: field }, ...schemaFields(field, here)];
      });
    default:
      return [];
  }
}

/** What a field declares, looking through optional, default and list wrappers. */
function declared(schema: z.core.$ZodType): Reference | undefined {
  const found = referenceOf(schema);
  if (found) return found;
  const def = schema._zod.def as unknown as Record<string, unknown>;
  const inner = (def.innerType ?? def.element) as z.core.$ZodType | undefined;
  return inner ? declared(inner) : undefined;
}

const REGISTRY = Object.entries(COLLECTIONS).flatMap(([collection, { schema }]) =>
  schemaFields(schema).map((field) => ({ ...field, where: `${collection}.${field.path}`, reference: declared(field.schema) })),
);
const DECLARED = REGISTRY.filter((field) => field.reference);

/**
 * Fields whose names sound like references but hold something else, each with the reason.
 * A field that names another entry and is missing from here must be declared with `ref`.
 */
const NOT_REFERENCES: Record<string, string> = {
  'tasks.finding': 'the finding (反馈问题) verbatim, as text',
  'tasks.measures[].targets[].unit': 'a unit of measurement (公里)',
  'complaints.findings': 'what the investigation found, as text',
  'cases.accountability[].measure': 'the accountability measure taken (诫勉谈话), as text',
  'indicators.unit': 'a unit of measurement (微克/立方米)',
  'findings.quantities[].unit': 'a unit of measurement as the finding writes it (个, 公里)',
  'inspections.complaintTotals[].figures[].unit': 'the unit a figure is counted in (件, 家)',
  'indicators.values[].unit': 'a unit of measurement',
};

describe('references declared in the schemas of the registry', () => {
  // The words for "another entry": each collection's name and its entry's noun (`units`, `unit`, `case`).
  const words = Object.entries(COLLECTIONS).flatMap(([name, { noun }]) => [name, noun.split(' ').at(-1)!]);
  const soundsLikeReference = (name: string) => name === 'measure' || words.some((word) => name.toLowerCase().endsWith(word.toLowerCase()));

  it('declares every field whose name says it names another entry (a forgotten ref fails here, not in silence)', () => {
    const undeclared = REGISTRY.filter(
      (field) =>
        soundsLikeReference(field.name) &&
        !field.reference &&
        // a list of objects that declare their own references (`evidence.documents[].document`)
        !DECLARED.some((inner) => inner.where.startsWith(`${field.where}.`) || inner.where.startsWith(`${field.where}[].`)) &&
        !(field.where in NOT_REFERENCES),
    );
    expect(undeclared.map((field) => field.where)).toEqual([]);
  });

  it('lists as not a reference only fields that exist, sound like one and declare none', () => {
    for (const where of Object.keys(NOT_REFERENCES)) {
      const field = REGISTRY.find((candidate) => candidate.where === where);
      expect(field, where).toBeDefined();
      expect(soundsLikeReference(field!.name), where).toBe(true);
      expect(field!.reference, where).toBeUndefined();
    }
  });

  it('declares every field that takes an id, whatever its name', () => {
    const takesId = (schema: z.core.$ZodType): boolean => {
      const def = schema._zod.def as unknown as { checks?: { _zod: { def: { pattern?: RegExp } } }[]; innerType?: z.core.$ZodType; element?: z.core.$ZodType };
      if (def.checks?.some((check) => check._zod.def.pattern?.source === ID_PATTERN.source)) return true;
      const inner = def.innerType ?? def.element;
      return inner ? takesId(inner) : false;
    };
    const ids = REGISTRY.filter((field) => takesId(field.schema));
    expect(ids.length).toBeGreaterThan(40);
    expect(ids.filter((field) => !field.reference).map((field) => field.where)).toEqual([]);
  });

  it('names a collection of the registry in every declared reference, and a declared task beside every measure', () => {
    for (const field of DECLARED) {
      const reference = field.reference!;
      if ('collection' in reference) expect(Object.keys(COLLECTIONS), field.where).toContain(reference.collection);
      else {
        const sibling = DECLARED.find((other) => other.where === field.where.replace(/[^.]+$/, reference.measureOf));
        expect(sibling?.reference, field.where).toEqual({ collection: 'tasks' });
      }
    }
  });

  it('holds the reference graph that the hand-written check walked before (every field and what it names)', () => {
    const graph = DECLARED.map((field) => {
      const reference = field.reference!;
      return `${field.where} → ${'collection' in reference ? reference.collection : `measure of ${reference.measureOf}`}`;
    });
    expect(graph).toMatchInlineSnapshot(`
      [
        "jurisdictions.parent → jurisdictions",
        "units.jurisdiction → jurisdictions",
        "units.members → units",
        "units.hostUnit → units",
        "inspections.inspectedJurisdiction → jurisdictions",
        "inspections.feedback[].source.document → documents",
        "inspections.people[].source.document → documents",
        "inspections.documents → documents",
        "inspections.complaintTotals[].source.document → documents",
        "findings.inspection → inspections",
        "findings.jurisdictions → jurisdictions",
        "findings.places → places",
        "findings.source.document → documents",
        "plans.jurisdiction → jurisdictions",
        "plans.inspection → inspections",
        "plans.document → documents",
        "tasks.plan → plans",
        "tasks.findings → findings",
        "tasks.responsibleUnits → units",
        "tasks.supervisingUnits → units",
        "tasks.measures[].responsibleUnits → units",
        "tasks.measures[].targets[].jurisdiction → jurisdictions",
        "tasks.measures[].targets[].breakdown[].jurisdiction → jurisdictions",
        "tasks.measures[].items[].responsibleUnits → units",
        "tasks.measures[].items[].places → places",
        "tasks.source.document → documents",
        "tasks.documents → documents",
        "updates.task → tasks",
        "updates.measure → measure of task",
        "updates.place → places",
        "updates.reportedBy → units",
        "updates.inspection → inspections",
        "updates.evidence.documents[].document → documents",
        "places.jurisdiction → jurisdictions",
        "places.task → tasks",
        "places.measure → measure of task",
        "places.source.document → documents",
        "complaints.inspection → inspections",
        "complaints.jurisdiction → jurisdictions",
        "complaints.tasks → tasks",
        "complaints.source.document → documents",
        "cases.jurisdiction → jurisdictions",
        "cases.inspection → inspections",
        "cases.tasks → tasks",
        "cases.findings → findings",
        "cases.source.document → documents",
        "news.tasks → tasks",
        "indicators.jurisdiction → jurisdictions",
        "indicators.plan → plans",
        "indicators.task → tasks",
        "indicators.source.document → documents",
        "indicators.values[].source.document → documents",
      ]
    `);
  });
});

describe('the registry of collections', () => {
  it('names the entries of each collection by a field its schema requires', () => {
    for (const [name, { schema, titleField }] of Object.entries(COLLECTIONS)) {
      const shape = (schema as unknown as { def: { shape: Record<string, z.ZodType> } }).def.shape;
      expect(Object.keys(shape), name).toContain(titleField);
      expect(shape[titleField]!.safeParse(undefined).success, name).toBe(false);
    }
  });

  it('types the ledger input by the registry: one list per collection, of the entries its schema reads', () => {
    // Checked by `npm run typecheck`: the mapped type keeps each collection's own entry type.
    expectTypeOf<keyof LedgerInput>().toEqualTypeOf<CollectionName>();
    expectTypeOf<LedgerInput['tasks']>().toEqualTypeOf<Entry<Task>[]>();
    expectTypeOf<LedgerInput['cases']>().toEqualTypeOf<Entry<TypicalCase>[]>();
    expect(Object.keys(COLLECTIONS)).toHaveLength(13);
  });
});
