import type { APIRoute } from 'astro';
import { getPlaces } from '../../data/places.ts';
import { interiorPoint } from '../../features/map/index.ts';

/** The county outlines every map draws as its base, served from the site itself. */
export const GET: APIRoute = async () => {
  const { outlines } = await getPlaces();
  // Each outline carries the point its name is written at: inside it, even where it is concave.
  const features = (outlines?.features ?? []).map((feature) => ({
    ...feature,
    properties: { ...feature.properties, labelPoint: interiorPoint(feature.geometry) },
  }));
  return new Response(JSON.stringify({ type: 'FeatureCollection', features }), {
    headers: { 'Content-Type': 'application/geo+json; charset=utf-8' },
  });
};
