// Turns each `[data-place-map]` block (a complete table of places, with the map data in an
// application/json block) into a Leaflet map above the table. Without JavaScript, or if this
// fails, the reader still has the table. No tile layer unless the site configures one, so by
// default the page requests nothing from another host: the county outlines are the base map.
import L from './leaflet-global.ts';
import 'leaflet.markercluster';
import { countyLabelHtml, MARKER_SHAPES, tileAttributionHtml, type MapData, type MapPlace } from '../features/map/browser.ts';

/** Above this many places the map clusters them; below, every marker is drawn and tabbable. */
const CLUSTER_ABOVE = 300;

/**
 * Places drawn at one position (several known only to the same county) are fanned out in a
 * ring of fixed pixel radius around it, so each stays visible and clickable at every zoom;
 * their position itself is unchanged. Returns each place's pixel offset.
 */
function fanOut(places: MapPlace[]): { offsets: Map<MapPlace, [number, number]>; radii: Map<string, number> } {
  const groups = new Map<string, MapPlace[]>();
  for (const place of places) {
    const key = place.position!.join(',');
    groups.set(key, [...(groups.get(key) ?? []), place]);
  }
  const offsets = new Map<MapPlace, [number, number]>();
  const radii = new Map<string, number>();
  for (const [key, group] of groups) {
    // Neighbours in the ring sit 28 px apart, so each marker keeps a 24 px touch target of its own.
    const radius = group.length === 1 ? 0 : Math.max(18, 28 / (2 * Math.sin(Math.PI / group.length)));
    radii.set(key, radius);
    group.forEach((place, index) => {
      const angle = (2 * Math.PI * index) / group.length - Math.PI / 2;
      offsets.set(place, [Math.round(radius * Math.cos(angle)), Math.round(radius * Math.sin(angle))]);
    });
  }
  return { offsets, radii };
}

const icons = new Map<string, L.DivIcon>();
/** The marker icon of a place; icons are shared by places that look alike (thousands of them on big maps). */
function markerIcon(place: MapPlace, [dx, dy]: [number, number] = [0, 0]): L.DivIcon {
  const key = `${place.tone}|${place.approximate}|${dx}|${dy}`;
  let icon = icons.get(key);
  if (!icon) icons.set(key, (icon = makeIcon(place, [dx, dy])));
  return icon;
}

function makeIcon(place: MapPlace, [dx, dy]: [number, number]): L.DivIcon {
  return L.divIcon({
    className: `place-marker tone-${place.tone}${place.approximate ? ' is-approximate' : ''}`,
    html: `<svg viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false">${MARKER_SHAPES[place.tone]}</svg>`,
    iconSize: [24, 24],
    iconAnchor: [12 - dx, 12 - dy],
    popupAnchor: [dx, dy - 10],
  });
}

function text(tag: string, content: string, className?: string): HTMLElement {
  const element = document.createElement(tag);
  element.textContent = content;
  if (className) element.className = className;
  return element;
}

function popupContent(place: MapPlace): HTMLElement {
  const box = document.createElement('div');
  box.className = 'place-popup';
  box.append(text('p', place.name, 'place-popup-name'));
  const facts = document.createElement('dl');
  const add = (term: string, value: string) => facts.append(text('dt', term), text('dd', value));
  add('状态', `${place.status}${place.derived ? '（推算）' : ''}`);
  if (place.deadline) add('时限', place.deadline);
  add('所在地', place.where);
  add('位置', place.note);
  box.append(facts);
  const link = text('a', '查看整改任务') as HTMLAnchorElement;
  link.href = place.href;
  box.append(link);
  return box;
}

/** How far below the map's top edge a control at the top ends, and a margin: a popup starts there. */
function below(control: HTMLElement | undefined, canvas: HTMLElement): number {
  const margin = 8;
  return control ? Math.ceil(control.getBoundingClientRect().bottom - canvas.getBoundingClientRect().top) + margin : margin;
}

function clusterIcon(cluster: L.MarkerCluster): L.DivIcon {
  const count = cluster.getChildCount();
  return L.divIcon({
    className: 'place-cluster',
    html: `<span>${count}</span>`,
    iconSize: count < 100 ? [34, 34] : [42, 42],
  });
}

async function initMap(root: HTMLElement): Promise<void> {
  const dataBlock = root.querySelector<HTMLScriptElement>('script[data-map-data]');
  const canvas = root.querySelector<HTMLElement>('[data-map-canvas]');
  const figure = root.querySelector<HTMLElement>('[data-map-figure]');
  if (!dataBlock || !canvas || !figure) return;
  performance.mark('place-map-start');
  const data = JSON.parse(dataBlock.textContent ?? '{}') as MapData;
  figure.hidden = false;
  // Clustering needs a maximum zoom; without tiles, 14 is close enough to tell a town's places apart.
  const map = L.map(canvas, { attributionControl: true, zoomControl: false, zoomSnap: 0.25, scrollWheelZoom: false, minZoom: 5, maxZoom: data.tiles?.maxZoom ?? 14 });
  const zoom = L.control.zoom({ zoomInTitle: '放大', zoomOutTitle: '缩小' }).addTo(map);
  map.attributionControl.setPrefix(false);
  // The outlines and shading are drawn in one SVG that a screen reader met as an image without a
  // name; the county names (their own pane) and the markers say what it shows.
  map.getPane('overlayPane')?.setAttribute('aria-hidden', 'true');
  if (data.tiles) {
    L.tileLayer(data.tiles.url, { attribution: tileAttributionHtml(data.tiles), maxZoom: data.tiles.maxZoom, subdomains: data.tiles.subdomains ?? 'abc' }).addTo(map);
  }

  const drawable = data.places.filter((place) => place.position);
  const clustered = drawable.length > CLUSTER_ABOVE;
  const { offsets, radii } = clustered ? { offsets: new Map<MapPlace, [number, number]>(), radii: new Map<string, number>() } : fanOut(drawable);

  const counties = new Map<string, { path: L.Path; label: L.Tooltip; name: string }>();
  let bounds: L.LatLngBounds | null = null;
  // County names sit under the markers (see maps.css), so no label ever hides a place.
  map.createPane('countyLabels');
  if (data.outlinesUrl) {
    const response = await fetch(data.outlinesUrl);
    const outlines = L.geoJSON(await response.json(), {
      style: () => ({ className: 'county-outline', weight: 1.5 }),
      onEachFeature: (feature, layer) => {
        const { name, labelPoint, code } = feature.properties as { name?: string; labelPoint?: [number, number]; code?: string };
        // Below the point (and the ring of places) where the county's approximate places are drawn.
        if (name && labelPoint) {
          const below = (radii.get(labelPoint.join(',')) ?? 0) + 10;
          const label = L.tooltip({ permanent: true, direction: 'bottom', offset: [0, below], className: 'county-label', pane: 'countyLabels' })
            .setLatLng([labelPoint[1], labelPoint[0]])
            .setContent(countyLabelHtml(name))
            .addTo(map);
          if (code) counties.set(code, { path: layer as L.Path, label, name });
        }
      },
    }).addTo(map);
    bounds = outlines.getBounds();
  }

  const select = root.querySelector<HTMLSelectElement>('[data-map-shading]');
  if (select && data.shading.length > 0) select.addEventListener('change', () => shadeCounties(root, counties, data.shading[Number(select.value)] ?? null));

  // A popup opens below the zoom buttons in the top left corner (the map pans it there), so they
  // never hide the place's name; sideways it keeps Leaflet's margin, as a phone has no width to spare.
  const popup: L.PopupOptions = { autoPanPaddingTopLeft: [5, below(zoom.getContainer(), canvas)] };
  const markers: L.Marker[] = [];
  for (const place of drawable) {
    const [lng, lat] = place.position!;
    const marker = L.marker([lat, lng], { icon: markerIcon(place, offsets.get(place)), title: place.name, keyboard: true });
    marker.bindPopup(() => popupContent(place), popup);
    // Screen readers announce the name and status of a focused marker.
    marker.on('add', () => marker.getElement()?.setAttribute('aria-label', `${place.name}，${place.status}${place.approximate ? '，位置示意' : ''}`));
    markers.push(marker);
  }
  const drawn = markers.length > 0 ? L.latLngBounds(markers.map((marker) => marker.getLatLng())) : null;
  const view = bounds ?? drawn;
  if (view) map.fitBounds(view.pad(0.05));
  else map.setView([35, 105], 4);

  // Ready (for tests and the benchmark) once every marker or cluster is on the map and painted.
  const ready = () =>
    requestAnimationFrame(() => {
      root.dataset.mapReady = String(markers.length);
      performance.mark('place-map-ready');
    });
  if (clustered) {
    const cluster = L.markerClusterGroup({
      chunkedLoading: true,
      chunkProgress: (processed, total) => processed === total && ready(),
      showCoverageOnHover: false,
      maxClusterRadius: 40,
      iconCreateFunction: clusterIcon,
    });
    map.addLayer(cluster);
    cluster.addLayers(markers);
  } else {
    L.featureGroup(markers).addTo(map);
    ready();
  }
}

const SHADES = ['shade-1', 'shade-2', 'shade-3', 'shade-4'];

/**
 * Shades each county by its figure in the chosen series (four steps up to the largest) and
 * writes the figure under its name, so the colour is never the only way to read it.
 */
function shadeCounties(root: HTMLElement, counties: Map<string, { path: L.Path; label: L.Tooltip; name: string }>, series: MapData['shading'][number] | null): void {
  const values = series ? Object.values(series.values) : [];
  const max = Math.max(0, ...values);
  for (const [code, county] of counties) {
    const element = county.path.getElement();
    element?.classList.remove(...SHADES, 'shade-none');
    const value = series?.values[code];
    if (series) element?.classList.add(value === undefined ? 'shade-none' : SHADES[Math.max(0, Math.ceil((value / (max || 1)) * 4) - 1)]!);
    county.label.setContent(countyLabelHtml(county.name, series && value !== undefined ? { value, unit: series.unit } : undefined));
  }
  const legend = root.querySelector('[data-map-shading-legend]');
  // The site's word for its areas (县区, 乡镇街道), written on the figure at build time.
  const areas = root.querySelector<HTMLElement>('[data-map-figure]')?.dataset.areas ?? '';
  if (legend) {
    legend.textContent = series
      ? `${series.label}：颜色越深，数值越大（最大 ${max} ${series.unit}）；数值写在${areas}名后，没有该项目标的${areas}不着色。`
      : '未着色。';
  }
}

for (const root of document.querySelectorAll<HTMLElement>('[data-place-map]')) {
  // One broken map must not stop the others; the table stays either way.
  initMap(root).catch((error: unknown) => {
    root.dataset.mapError = String(error);
    const figure = root.querySelector<HTMLElement>('[data-map-figure]');
    if (figure) {
      figure.removeAttribute('data-js-reveal');
      figure.hidden = true;
    }
  });
}
