import { createServer, type Server } from 'node:http';
import sirv from 'sirv';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

/** WCAG 2.2 levels A and AA, as axe-core tags them. */
export const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/** Debian's Chromium: the browser Playwright would download cannot be fetched on these machines. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
    // launch() gives every run a fresh temporary profile (user-data dir) of its own.
  });
}

/** Serves a built site on a free localhost port under its base path, as a static host would. */
export async function serveSite(dir: string, basePath = '/'): Promise<{ origin: string; url: (path: string) => string; close: () => Promise<void> }> {
  const files = sirv(dir, { dev: false, etag: false, extensions: ['html'] });
  const prefix = basePath.replace(/\/$/, '');
  const server: Server = createServer((request, response) => {
    const url = request.url ?? '/';
    if (prefix && !url.startsWith(`${prefix}/`)) {
      response.statusCode = 404;
      response.end('not under base path');
      return;
    }
    request.url = url.slice(prefix.length) || '/';
    files(request, response, () => {
      response.statusCode = 404;
      response.end('not found');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: (path: string) => `${origin}${prefix}${path}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/**
 * Tabs of one browser context, each used for one check after another: opening a tab starts a
 * renderer process, which cost Chromium more processor time than the page it then loaded (0.44
 * against 0.17 processor-seconds a page, over 30 loads of Bazhong's pages in one or in fresh
 * tabs). A check borrows a tab, navigates it, and gives it back; there are as many tabs as
 * checks running at once. Each borrowed tab has the context's viewport again; a tab that closed
 * or crashed is not reused.
 */
export function tabsOf(context: BrowserContext, viewport: { width: number; height: number }): <T>(check: (page: Page) => Promise<T>) => Promise<T> {
  const idle: Page[] = [];
  return async (check) => {
    const page = idle.pop() ?? (await context.newPage());
    await page.setViewportSize(viewport);
    try {
      return await check(page);
    } finally {
      if (!page.isClosed()) idle.push(page);
    }
  };
}
