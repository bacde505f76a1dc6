import type { APIRoute, GetStaticPaths } from 'astro';
import { getLedger } from '../../data/ledger.ts';
import { getPlaces } from '../../data/places.ts';
import { layerGeoJson, MAP_LAYERS, placesOfLayer } from '../../features/map/index.ts';

export const getStaticPaths: GetStaticPaths = async () => {
  const { views } = await getPlaces();
  return MAP_LAYERS.filter((layer) => placesOfLayer(views, layer.id).length > 0).map((layer) => ({ params: { layer: layer.id } }));
};

/** One map layer as GeoJSON: every place of the table, approximate positions marked as such. */
export const GET: APIRoute = async ({ params }) => {
  const { ledger, site } = await getLedger();
  const { views } = await getPlaces();
  const places = placesOfLayer(views, params.layer as (typeof MAP_LAYERS)[number]['id']);
  const body = layerGeoJson(places, { asOf: ledger.asOf, siteUrl: site.url, outlineSource: site.map?.outlines.source });
  return new Response(JSON.stringify(body, null, 2), { headers: { 'Content-Type': 'application/geo+json; charset=utf-8' } });
};
