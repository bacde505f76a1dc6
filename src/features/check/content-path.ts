import { isAbsolute, relative, resolve, sep } from 'node:path';

/**
 * Where a tool may write: a path under the content folder, proven to stay inside it. Every
 * path piece a tool takes from a flag or a sheet (an id, a plan, a date) reaches the disk only
 * through here, so `--id ../../x` can never write outside `content/`.
 */
export function contentFilePath(contentDir: string, relativePath: string): string | null {
  const root = resolve(contentDir);
  const target = resolve(root, relativePath);
  const inside = relative(root, target);
  if (inside === '' || inside === '..' || inside.startsWith(`..${sep}`) || isAbsolute(inside) || relativePath.includes('\0')) return null;
  return target;
}
