import { paths } from '../../core/urls.ts';
import { MAP_LAYERS, placesOfLayer, type PlaceView } from './places.ts';

export interface MapListRow {
  title: string;
  /** How many places it shows. */
  count: number;
  path: string;
  geoJsonPath: string;
}

/** The map list: each map layer that has places, with its count and addresses (a view model, kept here because it reads the map's place views). */
export function mapListPage(views: readonly PlaceView[]): MapListRow[] {
  return MAP_LAYERS.map((layer) => ({ title: layer.title, count: placesOfLayer(views, layer.id).length, path: paths.map(layer.id), geoJsonPath: paths.mapGeoJson(layer.id) })).filter(
    (layer) => layer.count > 0,
  );
}
