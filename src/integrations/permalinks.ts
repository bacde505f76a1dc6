import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import {
  danglingRedirects,
  formatUrlList,
  loadPromisedUrls,
  missingPermalinks,
  productRedirects,
  PUBLISHED_URLS_FILE,
  publishedPaths,
  redirectPage,
  redirectTarget,
} from '../features/site/index.ts';
import { checkedContent, contentRoot } from '../features/check/index.ts';
import { withBase } from '../core/urls.ts';
import { readRedirects } from '../features/check/index.ts';
import { formatProblems } from '../features/check/index.ts';
import { pagePolicy } from '../features/built-site/index.ts';

function fail(message: string, hint: string): never {
  // Printed here, not carried in the error: Astro replaces the hint of an error whose text
  // mentions a "document" with advice about browser APIs.
  process.stderr.write(`\n${message}\n\n`);
  const error = new AstroError('永久链接检查未通过，网站没有发布。(The permalink check failed; the site was not published.)', hint);
  error.stack = ''; // a content problem, not a program error: no stack trace
  throw error;
}

/**
 * Permalinks never break. After the build, each page of `content/redirects.yaml` (and of the
 * product's own retired addresses, productRedirects) gets a page at
 * its old address that sends readers on (a file, a copy of the new file); then the list of every URL published
 * is written to `dist/published-urls.txt`, and every URL in `content/published-urls.txt` must
 * still be published or redirected, or the build fails naming it.
 */
export function permalinks(): AstroIntegration {
  const content = contentRoot();
  let redirects: ReturnType<typeof readRedirects>['redirects'] = [];
  let base = '/';
  let site = '';
  return {
    name: 'ledger:permalinks',
    hooks: {
      'astro:config:setup': () => {
        // The content check has already named any problem of redirects.yaml; read it the same way.
        const read = readRedirects(process.cwd(), content);
        if (read.problems.length > 0) fail(formatProblems(read.problems), '请按 content/redirects.yaml 的格式填写 from 和 to。(Give each redirect a from and a to path.)');
        redirects = [...productRedirects(), ...read.redirects];
      },
      'astro:config:done': ({ config }) => {
        base = config.base;
        site = config.site ?? '';
      },
      // `npm run dev` sends old addresses on as the built site will. redirects.yaml is read afresh
      // for each request, so a redirect staff have just written answers without a restart; while
      // it has a problem, only the product's own redirects answer (npm run check names it).
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((request, response, next) => {
          if (request.method !== 'GET' && request.method !== 'HEAD') return next();
          const read = readRedirects(process.cwd(), content);
          const target = redirectTarget(request.url ?? '', base, [...productRedirects(), ...read.redirects]);
          if (!target) return next();
          response.statusCode = 301;
          response.setHeader('Location', target);
          response.end();
        });
      },
      'astro:build:done': ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const siteTitle = checkedContent().site?.title ?? '';
        // The policy Astro wrote on the pages (the home page's), for the redirect pages to carry too.
        const home = join(out, 'index.html');
        const policy = existsSync(home) ? (pagePolicy(readFileSync(home, 'utf8')) ?? undefined) : undefined;
        for (const redirect of redirects) {
          const target = join(out, redirect.to);
          if (!existsSync(target)) continue; // named below as a redirect to nothing
          if (redirect.from.endsWith('/')) {
            // A page that sends readers on, under the base path (a site published under /sub/ must not send them to /).
            const href = withBase(redirect.to, base);
            mkdirSync(join(out, redirect.from), { recursive: true });
            writeFileSync(join(out, redirect.from, 'index.html'), redirectPage({ href, canonical: new URL(href, site).href, siteTitle, icon: withBase('/favicon.svg', base), policy }));
          } else {
            // A file (an old feed or CSV) cannot forward a reader: the new file is copied to its old address.
            mkdirSync(dirname(join(out, redirect.from)), { recursive: true });
            copyFileSync(target, join(out, redirect.from));
          }
        }
        // Every file written, not only pages: feeds, data files and attachments are cited too.
        const files = readdirSync(dir, { recursive: true, withFileTypes: true })
          .filter((entry) => entry.isFile())
          .map((entry) => `${entry.parentPath}/${entry.name}`.slice(fileURLToPath(dir).length).replace(/^\/+/, '').replace(/\\/g, '/'));
        const moved = new Set(redirects.map((redirect) => redirect.from));
        const published = new Set(publishedPaths(files).filter((path) => !moved.has(path)));
        writeFileSync(
          fileURLToPath(new URL(PUBLISHED_URLS_FILE, dir)),
          formatUrlList(published, 'Every URL this build published (site paths, without the base path).'),
        );
        const dangling = danglingRedirects(redirects, published);
        if (dangling.length > 0) {
          fail(
            `content/redirects.yaml：以下重定向指向的网址本次没有发布：\n${dangling.map((redirect) => `  ${redirect.from} → ${redirect.to}`).join('\n')}\n(these redirects lead to URLs this build did not publish)`,
            '请把 to 改为现有页面的网址。(Point each redirect at a page that exists.)',
          );
        }
        const promised = loadPromisedUrls(content);
        if (promised === null) {
          logger.info(`已发布 ${published.size} 个网址；本站尚无 content/${PUBLISHED_URLS_FILE}，未检查永久链接。(no list of published URLs kept yet: run npm run urls:record)`);
          return;
        }
        const missing = missingPermalinks(promised, published, redirects, checkedContent().asOf);
        if (missing.length > 0) {
          fail(
            `以下网址曾经发布，本次构建不再发布，也没有重定向（永久链接不能断）：\n${missing.map((path) => `  ${path}`).join('\n')}\n(these URLs were published before and are gone with no redirect: permalinks must not break)`,
            `如果是改了编号，请在 content/redirects.yaml 中加一条 from: 旧网址、to: 新网址。(If an id was renamed, add a redirect from the old URL to the new one in content/redirects.yaml.)`,
          );
        }
        const promisedSet = new Set(promised);
        const added = [...published].filter((path) => !promisedSet.has(path));
        if (added.length > 0) {
          logger.info(`新发布 ${added.length} 个网址，尚未记入 content/${PUBLISHED_URLS_FILE}；运行 npm run urls:record 记入。(${added.length} new URLs: run npm run urls:record)`);
        }
      },
    },
  };
}
