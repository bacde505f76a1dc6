import { readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import Ajv, { type ValidateFunction } from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { SITES, type SiteName } from '../helpers/sites.ts';

/**
 * The open data to the letter (issue 18): each test build's datapackage.json is valid against
 * the Data Package specification's own JSON Schema profiles (v1, vendored in
 * tests/fixtures/data-package-profiles/ with their source), and the Frictionless JS library
 * (`datapackage` on npm) reads every resource it lists. The public ledger's workbook opens with
 * Chinese headers and keeps dates as text.
 */

const PROFILES = resolve(import.meta.dirname, '../fixtures/data-package-profiles');

function profile(name: string): ValidateFunction {
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  // The profiles mark long descriptions `format: textarea`, a hint for editors, not a rule.
  ajv.addFormat('textarea', true);
  return ajv.compile(JSON.parse(readFileSync(join(PROFILES, `${name}.json`), 'utf8')));
}
const validate = { package: profile('data-package'), resource: profile('data-resource'), table: profile('tabular-data-resource') };

/** The part of the `datapackage` library (v1, plain JavaScript) these tests use. */
interface FrictionlessResource {
  name: string;
  valid: boolean;
  errors: Error[];
  headers: string[] | null;
  descriptor: { profile?: string; path: string };
  read(options: { keyed: true; cast: true; relations: boolean }): Promise<Record<string, unknown>[]>;
  rawRead(): Promise<Uint8Array>;
}
interface FrictionlessPackage {
  valid: boolean;
  errors: Error[];
  resources: FrictionlessResource[];
}
const { Package } = createRequire(import.meta.url)('datapackage') as { Package: { load(descriptor: string, options: { basePath: string }): Promise<FrictionlessPackage> } };

interface Descriptor {
  licenses: { name: string; path: string; title: string }[];
  created: string;
  resources: { name: string; path: string; profile: string; encoding?: string; format: string; schema?: { fields: { name: string; type: string }[] } }[];
}

const SITE_NAMES: SiteName[] = ['bazhong', 'fixture'];

describe.each(SITE_NAMES)('the open data of the %s build', (name) => {
  const data = join(SITES[name].outDir, 'data');
  const descriptor = JSON.parse(readFileSync(join(data, 'datapackage.json'), 'utf8')) as Descriptor;

  it('is a valid Data Package: the package and each resource against its profile', () => {
    expect(validate.package(descriptor), JSON.stringify(validate.package.errors)).toBe(true);
    expect(descriptor.resources.length).toBeGreaterThan(10);
    for (const resource of descriptor.resources) {
      const check = resource.profile === 'tabular-data-resource' ? validate.table : validate.resource;
      expect(check(resource), `${resource.name}: ${JSON.stringify(check.errors)}`).toBe(true);
    }
    expect(descriptor.licenses).toEqual([{ name: 'CC-BY-4.0', path: 'https://creativecommons.org/licenses/by/4.0/', title: 'Creative Commons Attribution 4.0' }]);
  });

  it('names every encoding as IANA does, and writes the tables for programs without a byte-order mark, the files for people with one', () => {
    for (const resource of descriptor.resources.filter((entry) => entry.format !== 'xlsx')) expect(resource.encoding, resource.name).toBe('utf-8');
    for (const resource of descriptor.resources.filter((entry) => entry.format === 'csv')) {
      const bom = [...readFileSync(join(data, resource.path)).subarray(0, 3)].join() === '239,187,191';
      expect(bom, resource.path).toBe(resource.name.startsWith('ledger-'));
    }
  });

  it('lists every file it names, and the public ledger beside the tables', () => {
    for (const resource of descriptor.resources) expect(statSync(join(data, resource.path)).size, resource.path).toBeGreaterThan(0);
    expect(descriptor.resources.map((resource) => resource.path)).toEqual(expect.arrayContaining(['tasks.csv', 'tasks.json', 'ledger.xlsx', 'ledger-tasks.csv', 'ledger-findings.csv']));
  });

  it('is read by the Frictionless JS library: every table cast to its schema with its foreign keys, every other file whole', async () => {
    const pkg = await Package.load(join(data, 'datapackage.json'), { basePath: data });
    expect(pkg.valid, pkg.errors.map(String).join('\n')).toBe(true);
    expect(pkg.resources.map((resource) => resource.name)).toEqual(descriptor.resources.map((resource) => resource.name));
    for (const resource of pkg.resources) {
      expect(resource.valid, `${resource.name}: ${resource.errors.map(String).join('; ')}`).toBe(true);
      if (resource.descriptor.profile === 'tabular-data-resource') {
        const rows = await resource.read({ keyed: true, cast: true, relations: true });
        const json = resource.name === 'tasks-csv' ? JSON.parse(readFileSync(join(data, 'tasks.json'), 'utf8')).tasks : JSON.parse(readFileSync(join(data, resource.descriptor.path.replace(/\.csv$/, '.json')), 'utf8'))[resource.name.replace(/-csv$/, '')];
        expect(rows.length, resource.name).toBe(json.length);
        // The first header is the field's name: no byte-order mark read into it.
        expect(resource.headers![0], resource.name).toBe(descriptor.resources.find((entry) => entry.name === resource.name)!.schema!.fields[0]!.name);
      } else {
        expect((await resource.rawRead()).length, resource.name).toBe(statSync(join(data, resource.descriptor.path)).size);
      }
    }
  });

  it('types the columns honestly: a year-month is a yearmonth, a date as precise as its source a string of that pattern, a flag a boolean', async () => {
    const tasks = descriptor.resources.find((resource) => resource.name === 'tasks-csv')!.schema!.fields;
    expect(tasks.find((field) => field.name === 'deadlineMonth')).toMatchObject({ type: 'yearmonth' });
    expect(tasks.find((field) => field.name === 'statusDerived')).toMatchObject({ type: 'boolean', trueValues: ['true'], falseValues: ['false'] });
    const pkg = await Package.load(join(data, 'datapackage.json'), { basePath: data });
    const read = await pkg.resources.find((resource) => resource.name === 'tasks-csv')!.read({ keyed: true, cast: true, relations: false });
    const dated = read.find((row) => row.deadlineMonth !== null)!;
    expect(dated.deadlineMonth).toEqual([Number(String(dated.deadline).slice(0, 4)), expect.any(Number)]);
    expect(typeof dated.statusDerived).toBe('boolean');
  });
});

describe('the public ledger of the Bazhong build', () => {
  const data = join(SITES.bazhong.outDir, 'data');

  it('opens as a workbook with Chinese headers, its dates and codes as text cells', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(data, 'ledger.xlsx'));
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['整改任务', '整改措施', '量化目标', '整改进展', '反馈问题', '说明']);
    const tasks = workbook.getWorksheet('整改任务')!;
    expect((tasks.getRow(1).values as string[]).slice(1, 8)).toEqual(['序号', '反馈问题', '责任单位', '督导单位', '整改时限', '整改目标', '整改措施']);
    // Task 五's deadline, 2023年12月: its year-month stays the text 2023-12.
    const five = tasks.getRow(6);
    const column = (header: string) => (tasks.getRow(1).values as string[]).indexOf(header);
    expect(five.getCell(column('序号')).value).toBe(5);
    expect(five.getCell(column('整改时限')).value).toBe('2023年12月');
    expect(five.getCell(column('时限年月'))).toMatchObject({ type: ExcelJS.ValueType.String, value: '2023-12', numFmt: '@' });
    const targets = workbook.getWorksheet('量化目标')!;
    const code = (targets.getRow(1).values as string[]).indexOf('行政区划代码');
    expect(targets.getRow(2).getCell(code)).toMatchObject({ type: ExcelJS.ValueType.String, value: '511900' });
  });

  it('offers a CSV per worksheet in which 2023-12 is marked as text', () => {
    const csv = readFileSync(join(data, 'ledger-tasks.csv'), 'utf8');
    // The staff ledger's nine columns first, in its order, then the site's own.
    expect(csv.split('\r\n')[0]).toMatch(/^\uFEFF序号,反馈问题,责任单位,督导单位,整改时限,整改目标,整改措施,完成情况,任务简称,当前状态,状态由本站推算,/);
    expect(csv).toContain(",'2023-12,");
  });

  it('is on the data page with its CSVs, and the page explains it', () => {
    const page = readFileSync(join(SITES.bazhong.outDir, 'data/index.html'), 'utf8');
    expect(page).toMatch(/<a href="\/data\/ledger\.xlsx" download="整改台账（截至2022年7月15日）\.xlsx">下载整改台账（XLSX）<\/a>/);
    for (const table of ['tasks', 'measures', 'targets', 'updates', 'findings']) expect(page).toContain(`href="/data/ledger-${table}.csv"`);
    expect(page).toContain('表中的日期、编号为什么是文字');
  });
});
