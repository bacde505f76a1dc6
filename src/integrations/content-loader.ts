import { statSync } from 'node:fs';
import type { Loader } from 'astro/loaders';
import { checkedContent, releaseCheckedEntries } from '../features/check/index.ts';
import { contentRoot } from '../features/check/index.ts';
import type { CollectionName } from '../schemas/collections.ts';

/**
 * A collection's loader: hands Astro exactly the entries the content check read and accepted
 * (src/features/check), with the sanitised HTML it made of each Markdown body. Astro never reads
 * a content file itself, so nothing the check did not see can reach a page, and nothing is
 * parsed twice.
 */
const EMPTY_MARKER = '(empty)';

export function checkedLoader(name: CollectionName): Loader {
  return {
    name: `ledger:${name}`,
    load: async ({ store, watcher }) => {
      const fill = (notBefore?: number) => {
        const { entries } = checkedContent({ notBefore });
        store.clear();
        for (const { id, data, source } of entries[name]) {
          // A Markdown body was rendered by the check (src/features/check/body.ts), once.
          const { body, rendered } = source;
          if (body === undefined || !rendered) store.set({ id, data: data as Record<string, unknown> });
          else store.set({ id, data: data as Record<string, unknown>, body, rendered: { html: rendered.html, metadata: { headings: rendered.headings } } });
        }
        // A collection a deployment does not use (no cases, no news yet) is still a collection:
        // Astro knows a collection only once an entry was set in it, and otherwise warns on every
        // read that it "does not exist or is empty", words that alarm staff for nothing. An entry
        // set and deleted again leaves it known and empty.
        if (entries[name].length === 0) {
          store.set({ id: EMPTY_MARKER, data: {} });
          store.delete(EMPTY_MARKER);
        }
      };
      fill();
      // A build loads each collection once; the dev server (with a watcher) may read it again.
      if (!watcher) releaseCheckedEntries(name);
      // `astro dev`: any change under content/ reads the content again (once, for every collection).
      if (watcher) {
        const root = contentRoot();
        watcher.add(root);
        watcher.on('all', (_event, path) => {
          if (!path.startsWith(root)) return;
          // The file's own time, the same for every collection's listener, so one read serves all.
          let changedAt = Date.now() - 1000;
          try {
            changedAt = statSync(path).mtimeMs;
          } catch {
            // deleted: a read within the last second already saw it gone
          }
          fill(changedAt);
        });
      }
    },
  };
}
