// npm run import: reads a ledger sheet (XLSX or CSV) into task files, all or nothing.
import { importLedgerSheet } from '../../src/features/sheet/index.ts';
import { formatProblems } from '../../src/features/check/index.ts';
import { fail, parseFlags, printProblems, runCommand } from '../lib/cli.ts';

const USAGE = 'npm run import -- 表格.xlsx [--plan 方案编号] [--dry-run] [--remove-missing]';
const HELP = `把 npm run export 导出、改过的整改台账（.xlsx 或 .csv）导入为任务文件：全部通过检查才写入，
否则一个文件也不写。
  --plan 方案编号     有多个整改方案时指明导入哪一个
  --dry-run           完整检查（与真正导入相同），只是不写文件
  --remove-missing    删除表中已没有的措施和小项（会逐条说明删了什么）
(Imports an edited ledger sheet, XLSX or CSV, into task files, all or nothing. --dry-run checks
without writing; --remove-missing deletes measures and sub-items the sheet no longer has.)`;
await runCommand(async () => {
  const { values, positionals } = parseFlags({ plan: { type: 'string' }, 'dry-run': { type: 'boolean', default: false }, 'remove-missing': { type: 'boolean', default: false } }, USAGE, HELP);
  if (positionals.length !== 1) fail(`请给出一个要导入的表格文件。\n用法：${USAGE}`, `name one sheet to import. Usage: ${USAGE}`);
  const result = await importLedgerSheet({ sheet: positionals[0]!, plan: values.plan, dryRun: values['dry-run'], removeMissing: values['remove-missing'] });
  if (result.notes.length > 0) {
    const heading =
      result.problems.length > 0
        ? '另外请核对（导入被拒绝，没有写入；以下是表格中会有改动或不会导入的格）：\n(Also check, though nothing was imported: cells that would change or not be imported)'
        : '请核对（已导入，但有改动或未导入的格）：\n(Please check: mapped with changes, or cells not imported)';
    console.log(`${heading}\n\n${formatProblems(result.notes)}\n`);
  }
  if (result.problems.length > 0) {
    printProblems(result.problems);
    fail(
      `\n${values['dry-run'] ? '试运行：导入会被拒绝' : '导入失败'}：${result.problems.length} 个问题，没有写入任何文件。`,
      `${values['dry-run'] ? 'Dry run: the import would be refused' : 'Import refused'}: ${result.problems.length} problem(s); no file was written.`,
    );
  }
  const verb = values['dry-run'] ? '将写入（试运行，未写）' : '已写入';
  console.log(
    `导入完成：${verb} ${result.written.length} 个文件，${result.unchanged} 项任务无变化。\n${result.written.map((file) => `  ${file}`).join('\n')}\n(Import done: ${result.written.length} file(s) ${values['dry-run'] ? 'would be ' : ''}written, ${result.unchanged} task(s) unchanged.)`,
  );
});
