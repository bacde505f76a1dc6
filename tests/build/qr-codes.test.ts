import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { qrCodeDrawing } from '../../src/features/publish/index.ts';
import { pagesByRoute } from '../helpers/routes.ts';
import type { SiteName } from '../helpers/sites.ts';

/** The routes of the pages a reader shares (issue 17): each page of them carries the QR code of its permanent URL. */
const SHARED_ROUTES = [
  'tasks/[...id].astro',
  'findings/[...id].astro',
  'cases/[...id].astro',
  'bulletins/[...id].astro',
  'news/[...id].astro',
  'inspections/[...id].astro',
  'units/[...id].astro',
  'counties/[...id].astro',
];

/**
 * What a built page says about its QR code: the canonical URL, and each block that holds a QR code
 * (手机扫码, or the follow block of task, unit and county pages): its path, and the URL it shows as
 * text (the caption's, or the follow block's permanent link).
 */
function qrCodesOf(file: string): { canonical: string | undefined; codes: { path: string | undefined; caption: string | undefined; shownUrl: string | undefined }[] } {
  const html = readFileSync(file, 'utf8');
  const canonical = /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1];
  const codes = [...html.matchAll(/<details class="page-qr( follow)?"[^>]*>([\s\S]*?)<\/details>/g)].map(([, follow, inner]) => {
    const caption = /<figcaption>([^<]*)<\/figcaption>/.exec(inner!)?.[1];
    return {
      path: /<svg[^>]*role="img"[^>]*><path[^>]* d="([^"]+)"/.exec(inner!)?.[1],
      caption,
      shownUrl: follow ? /<a id="follow-url"[^>]*>([^<]*)<\/a>/.exec(inner!)?.[1] : caption?.replace(/^用手机扫码打开本页：/, ''),
    };
  });
  return { canonical, codes };
}

// Bazhong's content and the two-inspection fixture (published under a base path, with a typical case).
const SITE_NAMES: SiteName[] = ['bazhong', 'fixture'];

describe('the QR code (手机扫码) of every shared page of the built sites', () => {
  const { byRoute } = pagesByRoute(SITE_NAMES);
  const shared = [...byRoute].filter(([route]) => SHARED_ROUTES.includes(route.file));

  it('is drawn for the page’s own permanent URL, the one its canonical link gives, which it shows as text beside the code', () => {
    expect(shared.map(([route]) => route.file).sort()).toEqual([...SHARED_ROUTES].sort());
    const problems: string[] = [];
    for (const [route, pages] of shared) {
      if (pages.length === 0) problems.push(`${route.file}: no page built by the test sites`);
      for (const page of pages) {
        const { canonical, codes } = qrCodesOf(page.file);
        const where = `${page.site} ${page.path}`;
        if (!canonical) problems.push(`${where}: no canonical link`);
        else if (codes.length !== 1) problems.push(`${where}: ${codes.length} QR codes`);
        else {
          if (codes[0]!.path !== qrCodeDrawing(canonical).path) problems.push(`${where}: the QR code is not that of ${canonical}`);
          if (!codes[0]!.caption?.startsWith('用手机扫码打开本页')) problems.push(`${where}: caption "${codes[0]!.caption}"`);
          if (codes[0]!.shownUrl !== canonical) problems.push(`${where}: shows the address "${codes[0]!.shownUrl}"`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('holds the site’s base path, as a deployment under a sub-folder publishes it', () => {
    const [, pages] = shared.find(([route]) => route.file === 'cases/[...id].astro')!;
    const fixtureCase = pages.find((page) => page.site === 'fixture')!;
    expect(qrCodesOf(fixtureCase.file).codes[0]!.caption).toBe('用手机扫码打开本页：https://ledger.example.test/sub/cases/sludge-dumping/');
  });

  it('keeps the markup small: one path, no whitespace inside the drawing', () => {
    const [, pages] = shared.find(([route]) => route.file === 'tasks/[...id].astro')!;
    const html = readFileSync(pages.find((page) => page.sitePath === '/tasks/bazhong-cei2/06/')!.file, 'utf8');
    // The follow block of a task page: its feed link, permanent link and QR code.
    const block = /<details class="page-qr follow"[\s\S]*?<\/details>/.exec(html)![0];
    expect(block.match(/<path/g)).toHaveLength(1);
    expect(/<svg[^>]*>[\s\S]*<\/svg>/.exec(block)![0]).not.toMatch(/>\s+</);
    expect(Buffer.byteLength(block)).toBeLessThan(2500);
  });
});
