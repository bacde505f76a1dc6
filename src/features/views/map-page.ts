import type { Ledger, TaskView } from '../../core/ledger.ts';
import { paths } from '../../core/urls.ts';
import type { Place } from '../../schemas/place.ts';
import { countyProgramme, shadingSeries, type CountyProgramme, type ShadingSeries } from './county-targets.ts';

export interface MapLayerPage {
  /** The programmes broken down by county (管网新改建, 排查检测) among the layer's places: each gives the map a county layer and a table. */
  programmes: CountyProgramme[];
  shading: ShadingSeries[];
  /** The tasks the layer's places belong to, each once, in the order the places first name them. */
  tasks: TaskView[];
  download: { path: string; label: string };
}

/** What a map layer's page shows besides the map's places (the map feature's place views, of which only `place` is read). */
export function mapLayerPage(ledger: Ledger, layer: string, places: readonly { place: Place }[]): MapLayerPage {
  const programmes = [...new Map(places.filter(({ place }) => place.programme && place.task).map(({ place }) => [`${place.task}|${place.programme!.metric}`, place])).values()]
    .map((place) => countyProgramme(ledger, place.task!, place.programme!.metric))
    .filter((programme) => programme !== null);
  return {
    programmes,
    shading: programmes.flatMap(shadingSeries),
    tasks: [...new Set(places.flatMap(({ place }) => (place.task ? [place.task] : [])))].map((id) => ledger.taskById.get(id)).filter((view) => view !== undefined),
    download: { path: paths.mapGeoJson(layer), label: `下载本图层数据（GeoJSON，${places.length}处）` },
  };
}
