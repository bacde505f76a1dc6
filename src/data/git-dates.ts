import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';

let cache: Map<string, string> | undefined;
// Every commit date of every content file, newest first: the "what changed" list of a page.
const history = new Map<string, string[]>();

/**
 * The last commit date (YYYY-MM-DD) of every file under the content folder, read from git in
 * one pass. Empty when the build does not run in a git checkout (e.g. from a tarball).
 */
export function contentCommitDates(contentDir: string): Map<string, string> {
  if (cache) return cache;
  cache = new Map();
  try {
    const root = execFileSync('git', ['rev-parse', '--show-toplevel'], { cwd: contentDir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    const log = execFileSync('git', ['log', '--format=%x00%cs', '--name-only', '--', '.'], {
      cwd: contentDir,
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    let date = '';
    for (const line of log.split('\n')) {
      if (line.startsWith('\0')) date = line.slice(1);
      else if (line && date) {
        const path = resolve(root, line);
        if (!cache.has(path)) cache.set(path, date); // newest first: keep the first date seen
        const dates = history.get(path) ?? [];
        if (dates.at(-1) !== date) dates.push(date);
        history.set(path, dates);
      }
    }
  } catch {
    // not a git checkout, or git missing: pages say the date is unknown
  }
  return cache;
}

/** The latest commit date among the given files, or null when git knows none of them. */
export function lastChanged(files: readonly string[], contentDir: string): string | null {
  const dates = contentCommitDates(contentDir);
  let latest: string | null = null;
  for (const file of files) {
    const date = dates.get(resolve(file));
    if (date && (!latest || date > latest)) latest = date;
  }
  return latest;
}


/** Every date (YYYY-MM-DD) on which one of the files was committed, newest first, each once. */
export function changeDates(files: readonly string[], contentDir: string): string[] {
  contentCommitDates(contentDir);
  const dates = new Set(files.flatMap((file) => history.get(resolve(file)) ?? []));
  return [...dates].sort((a, b) => b.localeCompare(a));
}
