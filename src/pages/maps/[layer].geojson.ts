import type { APIRoute, GetStaticPaths } from 'astro';
import { getLedger } from '../../data/ledger.ts';
import { getPlaces } from '../../data/places.ts';
import { layerGeoJson, layersWithPlaces, type PlaceView } from '../../features/map/index.ts';

export const getStaticPaths: GetStaticPaths = async () => {
  const { site } = await getLedger();
  const { views } = await getPlaces();
  return layersWithPlaces(site.placeLayers, views).map(({ layer, places }) => ({ params: { layer: layer.id }, props: { places } }));
};

/** One map layer as GeoJSON: every place of the table, approximate positions marked as such. */
export const GET: APIRoute<{ places: PlaceView[] }> = async ({ props: { places } }) => {
  const { ledger, site } = await getLedger();
  const body = layerGeoJson(places, { asOf: ledger.asOf, siteUrl: site.url, outlineSource: site.map?.outlines.source });
  return new Response(JSON.stringify(body, null, 2), { headers: { 'Content-Type': 'application/geo+json; charset=utf-8' } });
};
