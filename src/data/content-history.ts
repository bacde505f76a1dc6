import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { contentRoot } from '../features/check/index.ts';
import type { ContentHistory } from '../features/views/index.ts';
import { changeDates, lastChanged } from './git-dates.ts';

/** The content folder and its git history, as the page view models ask about them. */
export function contentHistory(): ContentHistory {
  const root = contentRoot();
  return {
    fileOf: (folder, id) => ['.yaml', '.yml'].map((ext) => join(root, folder, `${id}${ext}`)).find((path) => existsSync(path)),
    lastChanged: (files) => lastChanged(files, root),
    changeDates: (files) => changeDates(files, root),
  };
}
