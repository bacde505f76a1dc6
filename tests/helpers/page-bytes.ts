import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * The JavaScript a built page loads: the module scripts it references and, recursively, the
 * modules they import, each with its gzipped size (as a server would send it).
 */
export function pageScripts(dist: string, pagePath: string, basePath = '/'): { file: string; gzipBytes: number }[] {
  const html = readFileSync(join(dist, pagePath, 'index.html'), 'utf8');
  const local = (src: string) => src.replace(new RegExp(`^${basePath.replace(/\/$/, '')}`), '');
  const queue = [...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((match) => local(match[1]!));
  queue.push(...[...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)].map((match) => local(match[1]!)));
  const seen = new Map<string, number>();
  while (queue.length > 0) {
    const file = queue.shift()!;
    if (seen.has(file)) continue;
    const code = readFileSync(join(dist, file));
    seen.set(file, gzipSync(code, { level: 9 }).length);
    const dir = file.slice(0, file.lastIndexOf('/') + 1);
    // Static imports and dynamic ones (code loaded after the first paint): `import(\`./x.js\`)`.
    for (const match of code.toString('utf8').matchAll(/(?:import|from)\s*\(?\s*["'`](\.{1,2}\/[^"'`]+\.js)["'`]/g)) {
      queue.push(new URL(match[1]!, `http://x${dir}`).pathname);
    }
  }
  return [...seen].map(([file, gzipBytes]) => ({ file, gzipBytes }));
}
