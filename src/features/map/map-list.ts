import { paths } from '../../core/urls.ts';
import type { PlaceLayer } from '../../schemas/site.ts';
import { layersWithPlaces, type PlaceView } from './places.ts';

export interface MapListRow {
  title: string;
  /** How many places it shows. */
  count: number;
  path: string;
  geoJsonPath: string;
}

/** The map list: each map layer that has places, with its count and addresses (a view model, kept here because it reads the map's place views). */
export function mapListPage(layers: readonly PlaceLayer[], views: readonly PlaceView[]): MapListRow[] {
  return layersWithPlaces(layers, views).map(({ layer, places }) => ({ title: layer.title, count: places.length, path: paths.map(layer.id), geoJsonPath: paths.mapGeoJson(layer.id) }));
}
