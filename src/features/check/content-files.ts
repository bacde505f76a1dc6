import { cpSync, mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { checkContent } from './index.ts';
import type { Problem } from './problem.ts';
import { contentFilePath } from './content-path.ts';

/** A content file a tool writes: its path under `content/` and its text. */
export interface ContentWrite {
  relative: string;
  text: string;
}

/**
 * Writes files into the content folder all or nothing: they are prepared in a copy of the
 * whole folder beside it, the copy passes the full content check, and only then are the
 * files moved into place. On any problem nothing under `content/` changes. Used by
 * `npm run import` and `npm run new`.
 */
export function writeContentFiles(options: { projectRoot: string; contentDir: string; writes: readonly ContentWrite[]; asOf: string; dryRun?: boolean }): {
  problems: Problem[];
  written: string[];
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
    if (after.problems.length > 0) return { problems: after.problems, written: [] };
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
    return { problems: [], written };
  } finally {
    rmSync(stage, { recursive: true, force: true });
  }
}
