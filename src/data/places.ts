import { buildPlaceViews, type PlaceView } from '../lib/places.ts';
import type { OutlineCollection } from '../lib/geo.ts';
import { readOutlines } from '../lib/outlines.ts';
import { contentRoot } from '../lib/site-config.ts';
import { getLedger } from './ledger.ts';

let cached: Promise<{ views: PlaceView[]; outlines: OutlineCollection | null }> | undefined;

/** Every place as maps and tables show it, and the county outlines, built once per build. */
export function getPlaces(): Promise<{ views: PlaceView[]; outlines: OutlineCollection | null }> {
  cached ??= getLedger().then(({ ledger, site }) => {
    // The content check has already refused a broken outline file, so an error cannot reach here.
    const { outlines } = readOutlines(contentRoot(), site);
    return { views: buildPlaceViews(ledger, outlines), outlines };
  });
  return cached;
}
