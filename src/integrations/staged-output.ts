import { existsSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { constants as osConstants } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';

/** Whether a process of this id runs (one of another user counts: it may not be signalled, but it runs). */
function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes the staging folders beside `final` of builds that no longer run, and returns their
 * names. A build the system kills outright (out of memory) runs no exit handler and leaves its
 * staging folder, a whole site's size; each build's folder is named with its process id, so the
 * next build can tell it from one a build still running writes.
 */
export function removeAbandonedStaging(final: string, running: (pid: number) => boolean = isRunning): string[] {
  const folder = dirname(final);
  if (!existsSync(folder)) return [];
  const prefix = `.${basename(final)}-staging-`;
  const abandoned = readdirSync(folder).filter((name) => {
    const pid = name.startsWith(prefix) ? /^(\d+)-/.exec(name.slice(prefix.length))?.[1] : undefined;
    return pid !== undefined && !running(Number(pid));
  });
  for (const name of abandoned) {
    // Killed between its two renames, a build leaves the last good site as `…-previous` and none in place: put it back.
    if (name.endsWith('-previous') && !existsSync(final)) renameSync(join(folder, name), final);
    else rmSync(join(folder, name), { recursive: true, force: true });
  }
  return abandoned;
}

/**
 * An atomic build. Astro writes the site into a staging folder of its own beside the output
 * folder (`.dist-staging-<process id>-XXXXXX/` for `dist/`, a new name each build, so no folder
 * of anyone else's is touched; a folder a killed build left is removed by the next one), and only when every page is written and every later step has
 * passed (permalinks, headers, search index) does the staging folder take the place of the
 * output folder. A build that fails at any point, or is stopped (Ctrl-C), leaves the last good
 * site exactly as it was and no staging folder, and says so.
 *
 * Returns two integrations: the first goes first in `integrations` (so every other one writes
 * into the staging folder), the second goes last (so it runs after all of them).
 */
export function stagedOutput(): [AstroIntegration, AstroIntegration] {
  let final: string | undefined;
  let staging: string | undefined;
  let published = false;
  const stage: AstroIntegration = {
    name: 'ledger:staged-output',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig, logger }) => {
        if (command !== 'build') return;
        final = fileURLToPath(config.outDir).replace(/[\\/]+$/, '');
        for (const name of removeAbandonedStaging(final)) {
          logger.info(`已删除一次中断的构建留下的临时文件夹 ${name}。(Removed ${name}, left by a build that was stopped.)`);
        }
        // The output folder's parent may not exist yet (a first build into a new path).
        mkdirSync(dirname(final), { recursive: true });
        staging = mkdtempSync(join(dirname(final), `.${basename(final)}-staging-${process.pid}-`));
        updateConfig({ outDir: pathToFileURL(`${staging}/`) });
        // Stopped by the reader (Ctrl-C) or the system: leave as on a failure, the staging folder removed.
        for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.once(signal, () => process.exit(128 + osConstants.signals[signal]));
        process.once('exit', (code) => {
          if (published || code === 0) return;
          rmSync(staging!, { recursive: true, force: true });
          const kept = existsSync(final!) ? `${final} 中上次成功生成的网站保持原样，未作改动。` : `${final} 没有生成。`;
          const keptEn = existsSync(final!) ? `the last good site in ${final} is left exactly as it was.` : `${final} was not written.`;
          process.stderr.write(`\n构建失败：${kept}\n(The build failed: ${keptEn})\n`);
        });
      },
    },
  };
  const publish: AstroIntegration = {
    name: 'ledger:publish-output',
    hooks: {
      'astro:build:done': ({ logger }) => {
        if (!final || !staging) return;
        const previous = `${staging}-previous`;
        if (existsSync(final)) renameSync(final, previous);
        renameSync(staging, final);
        rmSync(previous, { recursive: true, force: true });
        published = true;
        logger.info(`网站已生成到 ${final}。(The site is in ${final}.)`);
      },
    },
  };
  return [stage, publish];
}
