import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/features/check/index.ts';
import { csvField } from '../../src/core/csv.ts';
import { dataPackage, DOWNLOAD_TABLES, tableCsv, tableNamed, tableRecords, toCsv } from '../../src/features/publish/downloads.ts';
import { buildLedger } from '../../src/core/ledger.ts';
import { PROJECT_ROOT, TEST_AS_OF } from '../helpers/sites.ts';

const content = checkContent({ projectRoot: PROJECT_ROOT, asOf: TEST_AS_OF });
const ledger = buildLedger(content.input, TEST_AS_OF);
const SITE = 'https://example.org';

describe('CSV and JSON downloads', () => {
  it('starts a CSV with a BOM and ends lines with CRLF, quoting commas, quotes and line breaks', () => {
    const csv = toCsv(['a', 'b'], [{ a: '市本级，8.6公里', b: 'say "hi", ok' }, { a: 'x\ny', b: null }]);
    expect(csv.startsWith('\uFEFFa,b\r\n')).toBe(true);
    expect(csv).toBe('\uFEFFa,b\r\n市本级，8.6公里,"say ""hi"", ok"\r\n"x\ny",\r\n');
    expect(csvField(false)).toBe('false');
    expect(csvField(8.6)).toBe('8.6');
  });

  it('writes one row per task, measure, update, and per target total and county share', () => {
    expect(tableRecords(tableNamed('tasks')!, ledger, SITE)).toHaveLength(10);
    expect(tableRecords(tableNamed('measures')!, ledger, SITE)).toHaveLength(46);
    expect(tableRecords(tableNamed('updates')!, ledger, SITE)).toHaveLength(ledger.updates.length);
    const targets = tableRecords(tableNamed('targets')!, ledger, SITE);
    const pipeline2022 = targets.filter((row) => row.task === 'bazhong-cei2/06' && row.measure === 3);
    expect(pipeline2022[0]).toMatchObject({ metric: '新改建排水管网', scope: null, value: 145, jurisdiction: '巴中市', cumulative: true });
    expect(pipeline2022.slice(1).map((row) => [row.scope, row.value])).toEqual([
      ['市本级', 8.6],
      ['巴州区', 46.5],
      ['恩阳区', 15],
      ['通江县', 55],
      ['平昌县', 15.4],
      ['巴中经济开发区', 4.5],
    ]);
  });

  it('keeps the CSV header and the JSON fields the same, and describes every field in datapackage.json', () => {
    const pkg = dataPackage(ledger, { title: 't', url: SITE, dataLicence: 'CC BY 4.0', publisher: 'p' });
    for (const table of DOWNLOAD_TABLES) {
      const header = tableCsv(table, ledger, SITE).slice(1).split('\r\n')[0]!.split(',');
      expect(Object.keys(tableRecords(table, ledger, SITE)[0]!)).toEqual(header);
      const resource = pkg.resources.find((entry) => entry.name === `${table.name}-csv`) as { schema: { fields: { name: string; description: string }[] } };
      expect(resource.schema.fields.map((field) => field.name)).toEqual(header);
      expect(resource.schema.fields.every((field) => field.description.length > 0)).toBe(true);
    }
    expect(pkg.licenses).toEqual([{ name: 'CC BY 4.0', title: 'CC BY 4.0' }]);
  });
});
