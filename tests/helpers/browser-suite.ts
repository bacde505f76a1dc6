import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser, serveSite } from './browser.ts';

type ServedSite = Awaited<ReturnType<typeof serveSite>>;

/**
 * For a browser test file: serves the built site in `dir` and launches Chromium before its
 * first test, and closes both after its last. Read `browser` and `site` inside the tests.
 */
export function browserOnSite(dir: string, basePath?: string): { readonly browser: Browser; readonly site: ServedSite } {
  let browser: Browser | undefined;
  let site: ServedSite | undefined;
  beforeAll(async () => {
    site = await serveSite(dir, basePath);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });
  return {
    get browser() {
      if (!browser) throw new Error('browserOnSite(): the browser starts in beforeAll; use it inside a test');
      return browser;
    },
    get site() {
      if (!site) throw new Error('browserOnSite(): the site is served in beforeAll; use it inside a test');
      return site;
    },
  };
}
