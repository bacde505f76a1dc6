import { buildPlaceViews, type PlaceView } from '../features/map/index.ts';
import type { OutlineCollection } from '../features/map/index.ts';
import { readOutlines } from '../features/check/index.ts';
import { contentRoot } from '../features/check/index.ts';
import { getLedger } from './ledger.ts';

let cached: Promise<{ views: PlaceView[]; outlines: OutlineCollection | null }> | undefined;

/** Every place as maps and tables show it, and the county outlines, built once per build. */
export function getPlaces(): Promise<{ views: PlaceView[]; outlines: OutlineCollection | null }> {
  cached ??= getLedger().then(({ ledger, site }) => {
    // The content check has already refused a broken outline file, so an error cannot reach here.
    const { outlines } = readOutlines(contentRoot(), site);
    return { views: buildPlaceViews(ledger, outlines, site.placeLayers), outlines };
  });
  return cached;
}
