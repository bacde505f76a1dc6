import { closeSync, openSync, readSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { listPages, pagePolicy } from '../features/built-site/index.ts';
import { headersFile } from '../features/site/index.ts';

/**
 * After the build, writes `_headers` beside the pages: the policy each page carries in its
 * `<meta>` sent again as a real header (which also covers what a meta tag cannot), plus the
 * site's other security headers. Netlify and Cloudflare Pages read this file; other hosts
 * copy the rule (README, "Deploying").
 */
/**
 * The policy of an HTML file that carries none of its own (none that Astro wrote: attachments of
 * other kinds are refused by the content check): nothing it holds may run or load.
 */
export const NO_PAGE_POLICY = "default-src 'none'; base-uri 'none'; form-action 'none'; sandbox";

export function securityHeaders(): AstroIntegration {
  let basePath = '/';
  return {
    name: 'ledger:security-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        basePath = config.base;
      },
      'astro:build:done': ({ dir, logger }) => {
        const distDir = fileURLToPath(dir);
        // One string kept per distinct policy: a policy read from a page is a slice of its head,
        // and keeping one per page kept every page's head (about 550 MB at 10,000 tasks).
        const policies = new Map<string, string>();
        const pages = listPages(distDir, basePath).map((page) => {
          const policy = pagePolicy(readHead(page.file)) ?? NO_PAGE_POLICY;
          if (!policies.has(policy)) policies.set(policy, policy);
          return { path: page.path, policy: policies.get(policy)! };
        });
        writeFileSync(join(distDir, '_headers'), headersFile(pages, basePath));
        logger.info(`_headers: ${policies.size} policy for ${pages.length} pages`);
      },
    },
  };
}

const HEAD_END = /<\/head\s*>|<body[\s>]/i;

/**
 * A page's text up to the end of its head (where the policy is), or all of it when the head
 * never ends. Reading every page whole meant about 500 MB of HTML at 10,000 tasks, for a few
 * kilobytes of head each.
 */
function readHead(file: string): string {
  const fd = openSync(file, 'r');
  try {
    const chunks: Buffer[] = [];
    for (;;) {
      const chunk = Buffer.alloc(16 * 1024);
      const read = readSync(fd, chunk, 0, chunk.length, null);
      if (read === 0) break;
      chunks.push(chunk.subarray(0, read));
      // Decoded whole each time: a character cut at the chunk's end only spoils the text after it.
      const text = Buffer.concat(chunks).toString('utf8');
      const end = text.search(HEAD_END);
      if (end >= 0) return text.slice(0, end);
    }
    return Buffer.concat(chunks).toString('utf8');
  } finally {
    closeSync(fd);
  }
}
