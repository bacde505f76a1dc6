// npm run export: writes the task ledger (整改台账) of each plan as XLSX and CSV.
import { statSync } from 'node:fs';
import { exportLedgerSheets } from '../../src/features/sheet/index.ts';
import { fail, parseFlags, printProblems, runCommand } from '../lib/cli.ts';

const USAGE = 'npm run export -- [--plan 方案编号] [--out 文件夹] [--replace]';
const HELP = `把每个整改方案的整改台账导出为 Excel（.xlsx）和 CSV，写到 --out 文件夹（默认 ledger-export/）；
改好后用 npm run import 导回。内容有问题时不导出任何文件。
  --plan 方案编号   只导出这个方案（有多个方案时）
  --out 文件夹      写到这个文件夹
  --replace         覆盖文件夹里已有的同名表格（它们可能有改过、还没导入的内容）
(Writes each plan's task ledger as XLSX and CSV into --out, ledger-export/ by default, for editing and
npm run import; nothing is written while content has problems, and a sheet already there is replaced
only with --replace.)`;
await runCommand(async () => {
  const { values, positionals } = parseFlags({ plan: { type: 'string' }, out: { type: 'string', default: 'ledger-export' }, replace: { type: 'boolean', default: false } }, USAGE, HELP);
  if (positionals.length > 0) fail(`npm run export 不接受“${positionals.join(' ')}”这样的参数。\n用法：${USAGE}`, `npm run export takes no "${positionals.join(' ')}". Usage: ${USAGE}`);
  const out = values.out!.trim();
  const existing = out ? statSync(out, { throwIfNoEntry: false }) : undefined;
  if (!out || (existing && !existing.isDirectory())) {
    fail(`--out 要写一个文件夹${out ? `；“${out}”已经是一个文件` : ''}。\n用法：${USAGE}`, `--out names a folder${out ? `; "${out}" is a file` : ''}. Usage: ${USAGE}`);
  }
  const result = await exportLedgerSheets({ outDir: out, plan: values.plan, replace: values.replace });
  if (result.problems.length > 0) {
    printProblems(result.problems);
    fail('\n没有导出任何文件。', 'Nothing was exported.');
  }
  console.log(`已导出整改台账：\n${result.files.map((file) => `  ${file}`).join('\n')}\n(Ledger exported: ${result.files.length} files.)`);
});
