import { existsSync, mkdirSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { constants as osConstants } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';

/**
 * An atomic build. Astro writes the site into a staging folder of its own beside the output
 * folder (`.dist-staging-XXXXXX/` for `dist/`, a new name each build, so no folder of anyone
 * else's is touched), and only when every page is written and every later step has
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
      'astro:config:setup': ({ command, config, updateConfig }) => {
        if (command !== 'build') return;
        final = fileURLToPath(config.outDir).replace(/[\\/]+$/, '');
        // The output folder's parent may not exist yet (a first build into a new path).
        mkdirSync(dirname(final), { recursive: true });
        staging = mkdtempSync(join(dirname(final), `.${basename(final)}-staging-`));
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
