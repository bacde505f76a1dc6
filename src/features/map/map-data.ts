/**
 * What a map page hands its browser script, in the page's `application/json` data block: the
 * same items as the table beside the map, with where to draw them. Pure, so the benchmark can
 * make 10,000 of them the same way.
 */
import { STATUS_LABELS, STATUS_ORDER, statusTone, TONES, type Tone } from '../../core/status.ts';
import type { MapSettings } from '../../schemas/site.ts';
import type { Position } from './geo.ts';
import type { ShadingSeries } from '../views/index.ts';
import type { PlaceView } from './places.ts';


export interface MapPlace {
  id: string;
  name: string;
  kind: string;
  where: string;
  status: string;
  /** True when the site derived the status from dates (shown as 推算). */
  derived: boolean;
  tone: Tone;
  deadline: string | null;
  href: string;
  position: Position | null;
  approximate: boolean;
  note: string;
}

export interface MapData {
  /** Accessible name of the map, e.g. `自然保护区内矿业权地图`. */
  label: string;
  outlinesUrl: string | null;
  outlineSource: string;
  tiles: { url: string; subdomains?: string; attribution: string; maxZoom: number } | null;
  places: MapPlace[];
  /** Choices for shading the counties (a programme's targets by year), or none. */
  shading: ShadingSeries[];
}

/** A page's map data from its places; `href` turns a site path into a link under the base path. */
export function mapData(
  views: readonly PlaceView[],
  options: { label: string; settings: MapSettings; outlinesUrl: string; href: (path: string) => string; shading?: ShadingSeries[] },
): MapData {
  const { settings } = options;
  const tiles = settings.tiles
    ? {
        url: settings.tiles.url,
        ...(settings.tiles.subdomains ? { subdomains: settings.tiles.subdomains } : {}),
        // 审图号 must be shown with the tiles wherever they appear.
        attribution: `${settings.tiles.attribution} ${settings.tiles.approvalNumber}`,
        maxZoom: settings.tiles.maxZoom,
      }
    : null;
  return {
    label: options.label,
    outlinesUrl: options.outlinesUrl,
    outlineSource: settings.outlines.source,
    tiles,
    shading: options.shading ?? [],
    places: views.map((view) => ({
      id: view.id,
      name: view.place.name,
      kind: view.kindLabel,
      where: view.jurisdictionName,
      status: view.statusLabel,
      derived: view.status.derived,
      tone: view.tone,
      deadline: view.deadline,
      href: options.href(view.taskPath),
      position: view.position,
      approximate: view.approximate,
      note: view.positionNote,
    })),
  };
}

/** A status label of each tone, for made-up places. */
const toneLabel = (tone: Tone) => STATUS_LABELS[STATUS_ORDER.find((status) => statusTone(status) === tone)!];

/** `count` made-up places scattered over a box, for the map benchmark; deterministic. */
export function syntheticMapPlaces(count: number, box: { west: number; south: number; east: number; north: number }): MapPlace[] {
  let seed = 42;
  const random = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648);
  return Array.from({ length: count }, (_, index) => {
    const tone = TONES[index % TONES.length]!.tone;
    return {
      id: `synthetic/${index}`,
      name: `合成点位 ${index + 1}`,
      kind: '合成',
      where: '合成',
      status: toneLabel(tone),
      derived: false,
      tone,
      deadline: '2025年12月',
      href: '#',
      position: [box.west + random() * (box.east - box.west), box.south + random() * (box.north - box.south)],
      approximate: index % 3 === 0,
      note: '合成数据',
    };
  });
}

/**
 * The origins a configured tile layer loads images from, for the Content Security Policy's
 * img-src: `https://t{s}.example.cn/...` with subdomains `012` gives `https://t0.example.cn`,
 * `https://t1.example.cn`, `https://t2.example.cn`. None without tiles.
 */
export function tileImageOrigins(tiles: MapSettings['tiles']): string[] {
  if (!tiles) return [];
  const subdomains = tiles.url.includes('{s}') ? [...(tiles.subdomains ?? 'abc')] : [''];
  return [...new Set(subdomains.map((subdomain) => new URL(tiles.url.replace('{s}', subdomain).replace(/\{[^}]+\}/g, '0')).origin))];
}
