import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { csvText, peopleCsvField, safeCellText } from '../../core/csv.ts';
import { formatChineseDate } from '../../core/dates.ts';
import { openLicence } from '../../core/licences.ts';
import type { Ledger } from '../../core/ledger.ts';
import { absoluteUrl, paths, publicLedgerFiles } from '../../core/urls.ts';
import type { DataResource } from '../publish/index.ts';
import { PUBLIC_LEDGER_NOTES, PUBLIC_LEDGER_SHEETS, publicSheetRows, type PublicCell, type PublicSheet } from './public-ledger.ts';

/**
 * The public ledger's files (公众版整改台账): the XLSX workbook, written once per build with
 * ExcelJS, and the CSV of each worksheet. What goes in them is `public-ledger.ts`.
 */

export interface PublicLedgerSite {
  title: string;
  url: string;
  publisher: string;
  dataLicence: string;
}

export const XLSX_MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The workbook's 说明 sheet: what it is, as of when, under which licence, and how its cells are written. */
export function aboutRows(ledger: Ledger, site: PublicLedgerSite): [string, string][] {
  const licence = openLicence(site.dataLicence);
  return [
    ['名称', site.title],
    ['发布单位', site.publisher],
    ['数据截至', formatChineseDate(ledger.asOf)],
    ['数据许可', licence ? `${licence.chineseTitle}（${licence.id}）${licence.path}` : site.dataLicence],
    ['网址', absoluteUrl(paths.data(), site.url)],
    ...PUBLIC_LEDGER_SHEETS.map((sheet): [string, string] => [`工作表“${sheet.title}”`, sheet.description]),
    ...PUBLIC_LEDGER_NOTES.map((note, index): [string, string] => [index === 0 ? '说明' : '', note]),
  ];
}

/**
 * A cell as the workbook holds it: text as a string cell of a text-formatted column, which no
 * spreadsheet runs as a formula, on opening or when the cell is edited (so `=已完成8公里` is
 * shown as written, without the CSVs' guarding `'`); a web address as a link.
 */
function workbookCell(value: PublicCell, kind: PublicSheet['columns'][number]['kind']): ExcelJS.CellValue {
  if (value === null || typeof value === 'number') return value;
  if (kind === 'link') return { text: value, hyperlink: value };
  // A number column is not formatted as text: text in it keeps the guard (csv.ts).
  return kind === 'text' ? value : safeCellText(value);
}

/** Text columns are formatted as text (`@`), so a cell stays text even when a reader edits it. */
const TEXT_FORMAT = '@';

type Columns = readonly { header: string; kind: PublicSheet['columns'][number]['kind']; width: number }[];

function addSheet(workbook: ExcelJS.stream.xlsx.WorkbookWriter, name: string, columns: Columns, rows: readonly PublicCell[][]): void {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((column) => ({
    header: column.header,
    width: column.width,
    style: {
      ...(column.kind === 'number' ? {} : { numFmt: TEXT_FORMAT }),
      alignment: { vertical: 'top', wrapText: column.width >= 30 },
    },
  }));
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.alignment = { vertical: 'middle', wrapText: true };
  header.commit();
  for (const row of rows) sheet.addRow(row.map((value, index) => workbookCell(value, columns[index]!.kind))).commit();
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  sheet.commit();
}

/**
 * The public ledger as one XLSX workbook: a worksheet per table, then 说明. Written row by row
 * (ExcelJS's streaming writer, with a shared string table as Excel writes it): on a 2,000-task ledger about half the time and a
 * fifth of the memory of building the whole workbook first.
 */
export async function publicLedgerXlsx(ledger: Ledger, site: PublicLedgerSite): Promise<Uint8Array<ArrayBuffer>> {
  const output = new PassThrough();
  const chunks: Buffer[] = [];
  output.on('data', (chunk: Buffer) => chunks.push(chunk));
  // Dated by the as-of day, not the build's clock.
  const created = new Date(`${ledger.asOf}T00:00:00+08:00`);
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: output, useStyles: true, useSharedStrings: true, zip: { zlib: { level: 6 } } });
  workbook.creator = site.publisher;
  workbook.lastModifiedBy = site.publisher;
  workbook.created = created;
  workbook.modified = created;
  for (const sheet of PUBLIC_LEDGER_SHEETS) addSheet(workbook, sheet.title, sheet.columns, publicSheetRows(sheet, ledger, site.url));
  addSheet(
    workbook,
    '说明',
    [
      { header: '项目', kind: 'text', width: 16 },
      { header: '内容', kind: 'text', width: 100 },
    ],
    aboutRows(ledger, site),
  );
  await workbook.commit();
  const bytes = Buffer.concat(chunks);
  return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length) as Uint8Array<ArrayBuffer>;
}

/** One worksheet as CSV for people: UTF-8 with BOM, Chinese headers, text a spreadsheet would change marked (csv.ts). */
export function publicLedgerCsv(sheet: PublicSheet, ledger: Ledger, siteUrl: string): string {
  return csvText([sheet.columns.map((column) => column.header), ...publicSheetRows(sheet, ledger, siteUrl)], { field: peopleCsvField });
}

/** The public ledger's files as datapackage.json lists them: for people, so described but not given a Table Schema. */
export function publicLedgerResources(): DataResource[] {
  return [
    {
      name: 'ledger-xlsx',
      path: publicLedgerFiles.workbook,
      title: '整改台账（XLSX，中文表头）',
      description: `供 Excel、WPS 打开的整改台账，工作表：${PUBLIC_LEDGER_SHEETS.map((sheet) => sheet.title).join('、')}、说明。日期、编号等存为文字。`,
      format: 'xlsx',
      mediatype: XLSX_MEDIA_TYPE,
    },
    ...PUBLIC_LEDGER_SHEETS.map((sheet) => ({
      name: `ledger-${sheet.table}-csv`,
      path: publicLedgerFiles.csv(sheet.table),
      title: `整改台账·${sheet.title}（CSV，中文表头）`,
      description: `${sheet.description}供表格软件打开：带 BOM；表格软件会改写的文字（如 2023-12、06）和以 = + - @ 开头的文字前加了英文单引号 '。程序请读 ${sheet.table}.csv。`,
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
    })),
  ];
}
