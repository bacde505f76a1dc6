// npm run new -- <kind> [--flag value …]: scaffolds a content file of any kind (npm run new lists them).
// Missing answers are asked for at a terminal; without one (CI, scripts) they must be flags.
import { existsSync, readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { checkContent, contentFilePath, formatProblems, isBlankProblem, loadSiteConfig, writeContentFiles } from '../../src/features/check/index.ts';
import { QUESTIONS, SCAFFOLD_KINDS, scaffold, type Answers, type ScaffoldKind } from '../../src/features/sheet/index.ts';
import type { CollectionName } from '../../src/schemas/collections.ts';
import { declaredPlaceKinds } from '../../src/schemas/site.ts';
import { fail, parseFlags, printProblems, runCommand } from '../lib/cli.ts';

const USAGE = `npm run new -- ${SCAFFOLD_KINDS.join('|')} --字段 值 …（npm run new -- update --help 列出字段）`;
/** The place kinds site.yaml declares, for `new place --help` (or why they cannot be listed). */
function declaredKindsLine(): string {
  try {
    const kinds = declaredPlaceKinds(loadSiteConfig().placeLayers);
    if (kinds.length === 0) return '\nsite.yaml 的 placeLayers 还没有声明任何类别，请先声明。(site.yaml declares no place kinds in placeLayers yet.)';
    return `\nsite.yaml 声明的类别 (kinds declared in site.yaml)：\n${kinds.map((each) => `  ${each.id}  ${each.label}`).join('\n')}`;
  } catch {
    return '\nsite.yaml 读不出来，无法列出类别：请运行 npm run check。(site.yaml cannot be read: run npm run check.)';
  }
}

await runCommand(async () => {
  const flags = Object.fromEntries(
    [...new Set(Object.values(QUESTIONS).flat().map((question) => question.flag))].map((flag) => [flag, { type: 'string' as const }]),
  );
  const { values, positionals } = parseFlags({ ...flags, help: { type: 'boolean' } }, USAGE);
  const kind = positionals[0] as ScaffoldKind | undefined;
  if (!kind && values.help) {
    console.log(`用法 usage: ${USAGE}\n\n新建一个内容文件：${SCAFFOLD_KINDS.join('、')}。没有用参数给出的必填项会在终端逐项询问；\n写好的文件通过检查才保存。\n(Creates a content file of one of these kinds; required answers not given as flags are asked for at a\nterminal, and the file is saved only if the content passes the check with it.)`);
    return;
  }
  if (!kind || !SCAFFOLD_KINDS.includes(kind)) fail(`请说明要新建哪种内容：${SCAFFOLD_KINDS.join('、')}。\n用法：${USAGE}`, `say which kind to create: ${SCAFFOLD_KINDS.join(', ')}. Usage: ${USAGE}`);
  const questions = QUESTIONS[kind];
  if (values.help) {
    console.log(questions.map((q) => `  --${q.flag}${q.required ? '（必填）' : ''}  ${q.zh}\n      ${q.en}`).join('\n'));
    if (kind === 'place') console.log(declaredKindsLine());
    return;
  }
  // A flag of another kind is a slip (--text for an update): say so rather than drop it.
  const foreign = Object.keys(values).filter((flag) => flag !== 'help' && !questions.some((question) => question.flag === flag));
  if (foreign.length > 0) {
    fail(
      `${kind} 没有 ${foreign.map((flag) => `--${flag}`).join('、')} 这一项，没有新建文件。可用的有：${questions.map((q) => `--${q.flag}`).join('、')}。`,
      `${kind} takes no ${foreign.map((flag) => `--${flag}`).join(', ')}; no file was created. It takes: ${questions.map((q) => `--${q.flag}`).join(', ')}.`,
    );
  }
  const answers: Answers = {};
  for (const question of questions) answers[question.flag] = (values as Record<string, unknown>)[question.flag] as string | undefined;
  // At a terminal, ask for each answer not given as a flag; in CI there is no one to ask.
  if (process.stdin.isTTY) {
    const prompt = createInterface({ input: process.stdin, output: process.stdout });
    // Lines typed (or pasted) ahead of a question wait in the iterator instead of being lost.
    const lines = prompt[Symbol.asyncIterator]();
    for (const question of questions) {
      if (answers[question.flag] !== undefined) continue;
      process.stdout.write(`${question.zh}${question.required || question.zh.includes('留空') ? '' : '（可留空）'}：`);
      const line = await lines.next();
      if (line.done) {
        prompt.close();
        fail('\n已取消，没有新建文件。', 'Cancelled; no file was created.');
      }
      const answer = String(line.value).trim();
      if (answer) answers[question.flag] = answer;
    }
    prompt.close();
  }

  const projectRoot = resolve('.');
  const contentDir = resolve(process.env.LEDGER_CONTENT_DIR ?? 'content');
  const checked = checkContent({ projectRoot, contentDir });
  // Blanks left by an earlier npm run new are work in progress, not a reason to refuse new content.
  const existing = checked.problems.filter((problem) => !isBlankProblem(problem));
  // Content with problems is refused, unless the new file is what it lacks (a task naming the
  // place about to be created): the whole content is checked again with the new file below.
  const refuseExisting = () => {
    printProblems(existing);
    fail('\n现有内容有问题，请先修好（npm run check）再新建。', 'The content has problems: fix them (npm run check) before adding to it.');
  };
  // A problem outside the content (LEDGER_AS_OF) is one no new file resolves.
  if (existing.some((problem) => problem.file === 'LEDGER_AS_OF')) refuseExisting();
  const fileOf = (collection: CollectionName, id: string) => {
    const entry = checked.entries[collection].find((candidate) => candidate.id === id);
    if (!entry) return undefined;
    const path = resolve(projectRoot, entry.source.file);
    return { relative: relative(contentDir, path).split(/[\\/]/).join('/'), text: readFileSync(path, 'utf8') };
  };
  const placeKinds = checked.site ? declaredPlaceKinds(checked.site.placeLayers).map((each) => each.id) : undefined;
  const result = scaffold(kind, answers, { input: checked.input, ids: checked.ids, fileOf, placeKinds });
  if (result.problems.length > 0 || !result.file) {
    // The answers' own problems first: they are what to correct now.
    printProblems(result.problems);
    fail(`\n没有新建文件。用法：${USAGE}`, 'No file was created.');
  }
  const target = contentFilePath(contentDir, result.file.relative);
  if (!target) fail(`“${result.file.relative}”不在内容目录之内，没有新建文件。请检查编号。`, `"${result.file.relative}" lies outside the content folder; no file was created: check the id.`);
  // Only complaint totals add to a file (the inspection's); nothing else replaces one.
  if (existsSync(target) && !result.file.edits) {
    fail(`${target} 已存在，不会覆盖。请直接编辑它，或换一个编号/日期。`, `${target} exists and is not overwritten: edit it, or choose another id or date.`);
  }
  const written = writeContentFiles({ projectRoot, contentDir, writes: [result.file], asOf: checked.asOf, blanks: true });
  if (written.problems.length > 0) {
    printProblems(written.problems);
    if (existing.length > 0) {
      fail('\n加上新文件后内容仍有问题（见上，其中有现有内容的问题），没有写入。请先修好现有内容的问题（npm run check），或改正参数后重试。', 'With the new file the content still has problems (above, some of them already there), so nothing was written: fix the content (npm run check) or correct the answers, then try again.');
    }
    fail('\n新文件通不过内容检查（见上），没有写入。请改正参数后重试。', 'The new file does not pass the content check (above), so it was not written: correct the answers and try again.');
  }
  const done = result.file.edits ? `已在 ${written.written[0]} 中加入` : `已新建 ${written.written[0]}`;
  const blanks = written.blanks.filter((problem) => problem.file.endsWith(result.file!.relative));
  if (blanks.length === 0) {
    console.log(`${done}：\n\n${result.file.text}\n检查通过。提交到 git 后即会发布。\n(${result.file.edits ? 'Added to' : 'Created'} ${written.written[0]}; the content check passes. Commit it to publish.)`);
    return;
  }
  console.log(
    `${done}：\n\n${result.file.text}\n还有 ${blanks.length} 处待填写（见下）。填好后运行 npm run check，通过后提交到 git 即会发布。\n(${result.file.edits ? 'Added to' : 'Created'} ${written.written[0]}, with ${blanks.length} blank(s) to fill in, below: fill them, run npm run check, then commit to publish.)\n\n${formatProblems(blanks)}`,
  );
});
