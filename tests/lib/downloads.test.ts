import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { csvField } from '../../src/core/csv.ts';
import { dataPackage, DOWNLOAD_TABLES, tableCsv, tableNamed, tableRecords, toCsv } from '../../src/features/publish/downloads.ts';
import { CITY, INSPECTION, jurisdiction, ledgerOf, measure, task, update } from '../helpers/ledger-builder.ts';

// Two tasks, three measures, two updates, one finding; one target of 20 km split between two counties.
const pipeline = { metric: '新改建排水管网', unit: '公里', value: 20, cumulative: true, due: '2022-12', jurisdiction: CITY, breakdown: [{ jurisdiction: 'north', value: 8.6 }, { jurisdiction: 'south', value: 11.4 }] };
const ledger = ledgerOf(
  {
    jurisdictions: [{ id: CITY, name: '示例市', kind: 'city' }, jurisdiction({ id: 'north', name: '北县' }), jurisdiction({ id: 'south', name: '南县' })],
    findings: [{ id: `${INSPECTION}/01`, inspection: INSPECTION, number: 1, text: '督察发现的问题。' }],
    tasks: [task({ number: 1, measures: [measure(), measure({ targets: [pipeline] })], findings: [`${INSPECTION}/01`] }), task({ number: 2 })],
    updates: [update({ task: 'demo-plan/01', measure: 1, date: '2022-03', status: '已完成' }), update({ task: 'demo-plan/02', date: '2022-05', status: '序时推进' })],
  },
  '2022-07-15',
);
const SITE = 'https://example.org';

describe('CSV and JSON downloads', () => {
  it('writes a CSV for programs without a byte-order mark, lines ending in CRLF, quoting commas, quotes and line breaks', () => {
    const csv = toCsv(['a', 'b'], [{ a: '市本级，8.6公里', b: 'say "hi", ok' }, { a: 'x\ny', b: null }]);
    expect(csv).toBe('a,b\r\n市本级，8.6公里,"say ""hi"", ok"\r\n"x\ny",\r\n');
    expect(csvField(false)).toBe('false');
    expect(csvField(8.6)).toBe('8.6');
  });

  it('writes one row per task, measure, update, finding, and per target total and county share', () => {
    expect(tableRecords(tableNamed('tasks')!, ledger, SITE)).toHaveLength(2);
    expect(tableRecords(tableNamed('findings')!, ledger, SITE)).toHaveLength(1);
    expect(tableRecords(tableNamed('measures')!, ledger, SITE)).toHaveLength(3);
    expect(tableRecords(tableNamed('updates')!, ledger, SITE)).toHaveLength(2);
    const targets = tableRecords(tableNamed('targets')!, ledger, SITE);
    expect(targets.map((row) => [row.task, row.measure])).toEqual([
      ['demo-plan/01', 2],
      ['demo-plan/01', 2],
      ['demo-plan/01', 2],
    ]);
    expect(targets[0]).toMatchObject({ metric: '新改建排水管网', scope: null, value: 20, jurisdiction: '示例市', cumulative: true });
    expect(targets.slice(1).map((row) => [row.scope, row.value])).toEqual([
      ['北县', 8.6],
      ['南县', 11.4],
    ]);
  });

  it('keeps the CSV header and the JSON fields the same, and describes every field in datapackage.json', () => {
    const pkg = dataPackage(ledger, { title: 't', url: SITE, dataLicence: 'CC BY 4.0', publisher: 'p' });
    for (const table of DOWNLOAD_TABLES) {
      const header = tableCsv(table, ledger, SITE).split('\r\n')[0]!.split(',');
      expect(Object.keys(tableRecords(table, ledger, SITE)[0]!)).toEqual(header);
      const resource = pkg.resources.find((entry) => entry.name === `${table.name}-csv`) as { schema: { fields: { name: string; description: string }[] } };
      expect(resource.schema.fields.map((field) => field.name)).toEqual(header);
      expect(resource.schema.fields.every((field) => field.description.length > 0)).toBe(true);
    }
    expect(pkg.licenses).toEqual([{ name: 'CC-BY-4.0', path: 'https://creativecommons.org/licenses/by/4.0/', title: 'Creative Commons Attribution 4.0' }]);
  });
});

describe('datapackage.json', () => {
  const pkg = dataPackage(ledger, { title: 't', url: SITE, dataLicence: 'CC BY 4.0', publisher: 'p' });
  const fields = (name: string) => pkg.resources.find((resource) => resource.name === name)!.schema!.fields;

  it('is valid against the Data Package and Tabular Data Resource profiles of the specification', () => {
    const ajv = new Ajv({ allErrors: true, strict: false });
    addFormats(ajv);
    ajv.addFormat('textarea', true);
    const profile = (name: string) => ajv.compile(JSON.parse(readFileSync(resolve(import.meta.dirname, `../fixtures/data-package-profiles/${name}.json`), 'utf8')));
    const [dataPackageProfile, tableProfile, resourceProfile] = ['data-package', 'tabular-data-resource', 'data-resource'].map(profile);
    expect(dataPackageProfile!(pkg), JSON.stringify(dataPackageProfile!.errors)).toBe(true);
    for (const resource of pkg.resources) {
      const valid = resource.profile === 'tabular-data-resource' ? tableProfile! : resourceProfile!;
      expect(valid(resource), `${resource.name} ${JSON.stringify(valid.errors)}`).toBe(true);
    }
  });

  it('was not valid before: a licence by its words, a day for a date-time', () => {
    const ajv = new Ajv({ strict: false });
    addFormats(ajv);
    ajv.addFormat('textarea', true);
    const valid = ajv.compile(JSON.parse(readFileSync(resolve(import.meta.dirname, '../fixtures/data-package-profiles/data-package.json'), 'utf8')));
    expect(valid({ ...pkg, licenses: [{ name: 'CC BY 4.0', title: 'CC BY 4.0' }] })).toBe(false);
    expect(valid({ ...pkg, created: '2022-07-15' })).toBe(false);
  });

  it('names the encoding as IANA does, and is dated in RFC 3339', () => {
    expect(pkg.resources.map((resource) => resource.encoding)).toEqual(pkg.resources.map(() => 'utf-8'));
    expect(pkg.created).toBe('2022-07-15T00:00:00+08:00');
  });

  it('types what the columns hold: a year-month, dates as precise as their source, flags with their words, statuses by their list', () => {
    expect(fields('tasks-csv').find((field) => field.name === 'deadlineMonth')).toMatchObject({ type: 'yearmonth' });
    expect(fields('tasks-csv').find((field) => field.name === 'statusDerived')).toMatchObject({ type: 'boolean', trueValues: ['true'], falseValues: ['false'] });
    expect(fields('tasks-csv').find((field) => field.name === 'url')).toMatchObject({ type: 'string', format: 'uri' });
    expect(fields('measures-csv').find((field) => field.name === 'due')).toMatchObject({ type: 'string', constraints: { pattern: '^\\d{4}(-\\d{2}(-\\d{2})?)?$' } });
    expect(fields('updates-csv').find((field) => field.name === 'status')!.constraints).toEqual({ enum: ['未启动', '序时推进', '已完成', '已验收销号', '长期坚持', '重新整改'] });
    expect(new RegExp(fields('updates-csv').find((field) => field.name === 'date')!.constraints!.pattern!).test('2021-12')).toBe(true);
  });

  it('says which columns name a row and which name a task', () => {
    const schema = (name: string) => pkg.resources.find((resource) => resource.name === name)!.schema!;
    expect(schema('measures-csv')).toMatchObject({ primaryKey: ['task', 'number'], foreignKeys: [{ fields: 'task', reference: { resource: 'tasks-csv', fields: 'id' } }] });
    expect(schema('tasks-csv').primaryKey).toEqual(['id']);
  });

  it('lists the nested tasks.json once, and no flat task JSON that is not published', () => {
    expect(pkg.resources.filter((resource) => resource.path === 'tasks.json').map((resource) => resource.name)).toEqual(['tasks-nested-json']);
  });
});
