// An in-memory ledger for unit tests: small entries written as plain objects, passed through the
// real schemas (src/schemas/collections.ts) and then buildLedger, so a test states only what it is
// about and reads no content folder. Data a schema refuses throws at once, naming the entry and
// the field: a test never runs on data the content check would have refused.
import { COLLECTIONS, type CollectionName } from '../../src/schemas/collections.ts';
import { buildLedger, type Entry, type Ledger, type LedgerInput } from '../../src/core/ledger.ts';

/** A raw entry as a content file would hold it, with its id. */
export type Raw = { id: string } & Record<string, unknown>;

export type RawInput = Partial<Record<CollectionName, Raw[]>>;

/** The as-of day of the builder's ledgers unless a test gives its own. */
export const BUILDER_AS_OF = '2025-06-15';

export const PLAN = 'demo-plan';
export const INSPECTION = 'demo-inspection';
export const CITY = 'demo-city';
/** The unit every entry names unless a test names another. */
export const OFFICE = 'demo/office';

/** The plan document a task's `source` points to. */
const SOURCE_DOCUMENT = 'demo-plan-text';

export function jurisdiction(fields: Partial<Raw> & { id: string }): Raw {
  return { name: fields.id, kind: 'county', parent: CITY, ...fields };
}

export function unit(fields: Partial<Raw> & { id: string }): Raw {
  return { name: fields.id, kind: 'department', jurisdiction: CITY, ...fields };
}

export function measure(fields: Record<string, unknown> = {}): Record<string, unknown> {
  return { text: '完成整改。', responsibleUnits: [OFFICE], ...fields };
}

/**
 * A task of the demo plan: `task({ number: 2 })` is `demo-plan/02`. Measures are numbered 1, 2, 3…
 * in order unless they say otherwise; a task without measures gets one.
 */
export function task(fields: Record<string, unknown> & { number?: number; measures?: Record<string, unknown>[] } = {}): Raw {
  const number = fields.number ?? 1;
  const plan = (fields.plan as string | undefined) ?? PLAN;
  const measures = (fields.measures ?? [measure()]).map((entry, index) => ({ number: index + 1, ...measure(entry) }));
  return {
    id: `${plan}/${String(number).padStart(2, '0')}`,
    plan,
    number,
    title: `任务${number}`,
    finding: '督察发现的问题。',
    responsibleUnits: [OFFICE],
    supervisingUnits: [OFFICE],
    deadline: '2025年12月',
    goal: '问题得到整改。',
    source: { document: SOURCE_DOCUMENT },
    ...fields,
    measures,
  };
}

/** A place of a task (a sewage plant of the demo plan's first task unless it says otherwise), located to its county. */
export function place(id: string, fields: Record<string, unknown> = {}): Raw {
  return { id, kind: 'sewage-plant', name: id, jurisdiction: CITY, task: `${PLAN}/01`, location: { precision: 'county' }, source: { document: SOURCE_DOCUMENT }, ...fields };
}

/** A finding of the demo inspection: `finding(2)` is `demo-inspection/02`. */
export function finding(number: number, fields: Record<string, unknown> = {}): Raw {
  return { id: `${INSPECTION}/${String(number).padStart(2, '0')}`, inspection: INSPECTION, number, text: `问题${number}。`, ...fields };
}

let updateCount = 0;
/** A progress report on a task (its id), a measure of it, or a place. */
export function update(fields: Record<string, unknown> & { task: string; date: string; status: string }): Raw {
  updateCount += 1;
  return { id: `${fields.task}-${String(fields.measure ?? 'task')}-${fields.date}-${updateCount}`, reportedBy: OFFICE, summary: '报告进展。', ...fields };
}

/**
 * Two counties (甲县 `jia`, 乙县 `yi`) with their governments (`jia-gov`, `yi-gov`), a group (合称)
 * of both (`counties`, 各县党委和人民政府) and the default office: the ground tests of group
 * counting stand on. Spread into a ledger's collections and add what the test is about.
 */
export function twoCountiesAndTheirGroup(extraUnits: Raw[] = [], extraJurisdictions: Raw[] = []): { jurisdictions: Raw[]; units: Raw[] } {
  return {
    jurisdictions: [{ id: CITY, name: '示例市', kind: 'city' }, jurisdiction({ id: 'jia', name: '甲县' }), jurisdiction({ id: 'yi', name: '乙县' }), ...extraJurisdictions],
    units: [
      unit({ id: OFFICE, name: '示例局', kind: 'office' }),
      unit({ id: 'jia-gov', name: '甲县党委和人民政府', kind: 'party-and-government', jurisdiction: 'jia' }),
      unit({ id: 'yi-gov', name: '乙县党委和人民政府', kind: 'party-and-government', jurisdiction: 'yi' }),
      unit({ id: 'counties', name: '各县党委和人民政府', kind: 'group', members: ['jia-gov', 'yi-gov'] }),
      ...extraUnits,
    ],
  };
}

/** The entries a ledger has unless the test gives that collection itself. */
export const DEFAULTS: RawInput = {
  jurisdictions: [{ id: CITY, name: '示例市', kind: 'city' }],
  units: [unit({ id: OFFICE, name: '示例局', kind: 'office' })],
  documents: [{ id: SOURCE_DOCUMENT, title: '示例整改方案', kind: 'plan', issuer: '示例市', date: '2022-01' }],
  inspections: [{ id: INSPECTION, name: '示例督察', level: 'provincial', inspectingBody: '示例督察组', inspectedJurisdiction: CITY }],
  plans: [{ id: PLAN, title: '示例整改方案', issuer: '示例市', jurisdiction: CITY, date: '2022-01', inspection: INSPECTION, document: SOURCE_DOCUMENT }],
};

/** Parses raw entries through the real schemas; throws on the first entry a schema refuses. */
export function inputOf(raw: RawInput): LedgerInput {
  const input = {} as Record<CollectionName, Entry<unknown>[]>;
  for (const name of Object.keys(COLLECTIONS) as CollectionName[]) {
    const entries = raw[name] ?? DEFAULTS[name] ?? [];
    input[name] = entries.map(({ id, ...data }) => {
      const parsed = COLLECTIONS[name].schema.safeParse(data);
      if (!parsed.success) {
        const issues = parsed.error.issues.map((issue) => `  ${issue.path.join('.') || '(entry)'}: ${issue.message.split('\n').at(-1)}`).join('\n');
        throw new Error(`ledger-builder: ${name} entry "${id}" does not match its schema:\n${issues}`);
      }
      return { id, data: parsed.data };
    });
  }
  for (const name of Object.keys(raw)) if (!(name in COLLECTIONS)) throw new Error(`ledger-builder: no collection is called "${name}"`);
  return input as unknown as LedgerInput;
}

/** The ledger of the given entries (and the defaults for collections not given) on an as-of day. */
export function ledgerOf(raw: RawInput, asOf: string = BUILDER_AS_OF): Ledger {
  return buildLedger(inputOf(raw), asOf);
}
