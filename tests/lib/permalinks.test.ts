import { describe, expect, it } from 'vitest';
import { danglingRedirects, formatUrlList, isPermalink, missingPermalinks, parseUrlList, publishedPaths } from '../../src/features/site/permalinks.ts';

describe('permalinks', () => {
  it('names a promised URL that is gone, unless a redirect sends it elsewhere', () => {
    const published = new Set(['/', '/tasks/p/06/']);
    const promised = ['/', '/tasks/p/06/', '/tasks/p/6/', '/tasks/p/07/'];
    expect(missingPermalinks(promised, published, [{ from: '/tasks/p/6/', to: '/tasks/p/06/' }])).toEqual(['/tasks/p/07/']);
  });

  it('finds redirects that lead nowhere', () => {
    const published = new Set(['/tasks/p/06/']);
    expect(danglingRedirects([{ from: '/a/', to: '/tasks/p/06/' }, { from: '/b/', to: '/gone/' }], published)).toEqual([{ from: '/b/', to: '/gone/' }]);
  });

  it('reads and writes the URL list: sorted, unique, comments and blank lines ignored', () => {
    const text = formatUrlList(['/b/', '/a/', '/b/'], 'Every URL published.\nKeep it.');
    expect(text).toBe('# Every URL published.\n# Keep it.\n/a/\n/b/\n');
    expect(parseUrlList(`${text}\n  \n# note\n/c/\r\n`)).toEqual(['/a/', '/b/', '/c/']);
  });

  it('turns the files a build wrote into site paths, leaving out hashed assets, the search index and later pages of lists', () => {
    expect(publishedPaths(['index.html', 'tasks/p/06/index.html', 'data/tasks.json', 'feeds/all.xml', '_astro/x.1a2b.css', 'pagefind/pagefind.js', '404.html', 'filter/county/a/index.html', 'filter/county/a/page-2/index.html'])).toEqual([
      '/',
      '/404.html',
      '/data/tasks.json',
      '/feeds/all.xml',
      '/filter/county/a/',
      '/tasks/p/06/',
    ]);
  });

  it("does not promise the site's own scripts: they are code the pages load, not pages a reader cites", () => {
    expect(publishedPaths(['scripts/reading-mode.js', 'tasks/p/06/index.html'])).toEqual(['/tasks/p/06/']);
    expect(isPermalink('/scripts/reading-mode.js')).toBe(false);
    expect(isPermalink('/data/tasks.json')).toBe(true);
  });
});
