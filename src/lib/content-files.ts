import { cpSync, mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { checkContent } from './content-check/index.ts';
import type { Problem } from './content-check/problem.ts';

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
