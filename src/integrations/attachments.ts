import { copyFileSync, createReadStream, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { attachmentFile, checkedContent, contentRoot, readAttachments } from '../features/check/index.ts';
import { paths } from '../core/urls.ts';

/** Content types of the attachments the dev server hands out (the build's host decides its own). */
const TYPES: Record<string, string> = {
  txt: 'text/plain; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
  md: 'text/markdown; charset=utf-8',
  json: 'application/json',
  pdf: 'application/pdf',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  svg: 'image/svg+xml',
};

/**
 * Publishes document attachments from the deployment's content: each file of
 * `content/attachments/` the content check accepted is copied to `/documents/<file>` after the
 * pages are written (before the permalink check lists what was published), and served from there
 * by the dev server. Nothing of a deployment ships from `public/`.
 */
export function attachments(): AstroIntegration {
  let base = '/';
  return {
    name: 'ledger:attachments',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:server:setup': ({ server }) => {
        const prefix = `${base}${paths.attachment('').slice(1)}`;
        server.middlewares.use((request, response, next) => {
          const url = (request.url ?? '').split('?')[0]!;
          if (!url.startsWith(prefix)) return next();
          let name: string;
          try {
            name = decodeURIComponent(url.slice(prefix.length));
          } catch {
            return next();
          }
          // Read afresh: a file staff have just added is served without a restart.
          const content = contentRoot();
          if (!readAttachments(process.cwd(), content).files.includes(name)) return next();
          response.setHeader('Content-Type', TYPES[name.split('.').pop()!.toLowerCase()] ?? 'application/octet-stream');
          createReadStream(attachmentFile(content, name)).pipe(response);
        });
      },
      'astro:build:done': ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const { attachments: files } = checkedContent();
        const content = contentRoot();
        for (const file of files) {
          const target = join(out, ...paths.attachment(file).split('/').filter(Boolean));
          mkdirSync(dirname(target), { recursive: true });
          copyFileSync(attachmentFile(content, file), target);
        }
        if (files.length > 0) logger.info(`附件：已发布 content/attachments/ 中的 ${files.length} 个文件 (${files.length} attachment file(s) published under /documents/)`);
      },
    },
  };
}
