import { cpSync, mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { checkContent } from './index.ts';
import type { Problem } from './problem.ts';
import { contentFilePath } from './content-path.ts';
import { isBlankProblem } from './blanks.ts';

/** A content file a tool writes: its path under `content/` and its text. */
export interface ContentWrite {
  relative: string;
  text: string;
}

/**
 * Writes files into the content folder all or nothing: they are prepared in a copy of the
 * whole folder beside it, the copy passes the full content check, and only then are the
 * files moved into place. On any problem nothing under `content/` changes. Used by
 * `npm run import` and `npm run new`; with `blanks`, the marked blanks `npm run new` leaves
 * to fill (src/features/check/blanks.ts) do not stop the write, and are returned to be named.
 */
export function writeContentFiles(options: { projectRoot: string; contentDir: string; writes: readonly ContentWrite[]; asOf: string; dryRun?: boolean; blanks?: boolean }): {
  problems: Problem[];
  written: string[];
  /** The blanks left to fill in the content after the write (with `blanks`). */
  blanks: Problem[];
} {
  const { projectRoot, contentDir, writes, asOf } = options;
  const outside = writes.filter((write) => !contentFilePath(contentDir, write.relative));
  if (outside.length > 0) {
    return {
      problems: outside.map((write) => ({
        file: write.relative,
        zh: `“${write.relative}”不在内容目录 content/ 之内，没有写入任何文件。编号只能用小写英文字母、数字和连字符，用 / 分隔文件夹。`,
        en: `"${write.relative}" lies outside the content folder, so nothing was written: an id uses lower-case letters, digits, hyphens and / only.`,
      })),
      written: [],
      blanks: [],
    };
  }
  const stage = mkdtempSync(join(dirname(contentDir), '.ledger-import-'));
  try {
    const staged = join(stage, 'content');
    cpSync(contentDir, staged, { recursive: true });
    for (const write of writes) {
      mkdirSync(dirname(join(staged, write.relative)), { recursive: true });
      writeFileSync(join(staged, write.relative), write.text);
    }
    const after = checkContent({ projectRoot: stage, contentDir: 'content', asOf });
    // Named as content/… (the staging folder's copy is named as the content folder).
    const blanks = options.blanks ? after.problems.filter(isBlankProblem) : [];
    const problems = options.blanks ? after.problems.filter((problem) => !isBlankProblem(problem)) : after.problems;
    if (problems.length > 0) return { problems, written: [], blanks: [] };
    const written: string[] = [];
    for (const write of writes) {
      const target = join(contentDir, write.relative);
      // A dry run (`--dry-run`) goes through every step but this one.
      if (!options.dryRun) {
        mkdirSync(dirname(target), { recursive: true });
        renameSync(join(staged, write.relative), target);
      }
      const shown = relative(projectRoot, target);
      written.push(shown.startsWith('..') ? target : shown);
    }
    return { problems: [], written, blanks };
  } finally {
    rmSync(stage, { recursive: true, force: true });
  }
}
