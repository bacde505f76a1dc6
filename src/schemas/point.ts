import { z } from 'astro/zod';

/**
 * China's extent, generously (a little of every neighbour included): every place and outline a
 * deployment publishes lies inside it. Longitudes 73–135.5° E, latitudes 3–53.6° N.
 */
export const CHINA_EXTENT = { west: 73, east: 135.5, south: 3, north: 53.6 } as const;

/** Whether a [longitude, latitude] pair lies in China's extent. */
export function inChinaExtent([lon, lat]: readonly [number, number]): boolean {
  return lon >= CHINA_EXTENT.west && lon <= CHINA_EXTENT.east && lat >= CHINA_EXTENT.south && lat <= CHINA_EXTENT.north;
}

/**
 * Whether a pair outside China's extent would lie inside it with its two numbers exchanged:
 * written as [latitude, longitude], the way most phone apps show a position.
 */
export function looksSwapped([first, second]: readonly [number, number]): boolean {
  return !inChinaExtent([first, second]) && inChinaExtent([second, first]);
}

const EXTENT_TEXT = `经度 ${CHINA_EXTENT.west}–${CHINA_EXTENT.east}、纬度 ${CHINA_EXTENT.south}–${CHINA_EXTENT.north}`;

/**
 * A point `[longitude, latitude]` in China. Written the other way round it is named as swapped,
 * with the pair to write instead; elsewhere on the globe it is refused.
 */
export const lonLatPoint = z.tuple([z.number(), z.number()]).superRefine((point, ctx) => {
  if (inChinaExtent(point)) return;
  const [first, second] = point;
  ctx.addIssue({
    code: 'custom',
    message: looksSwapped(point)
      ? `经度和纬度写反了：[${first}, ${second}] 应写成 [${second}, ${first}]（先写经度、后写纬度）。\nlongitude and latitude are swapped: write [${second}, ${first}] (longitude first, then latitude).`
      : `坐标 [${first}, ${second}] 不在中国境内（${EXTENT_TEXT}）。请核对经纬度，先写经度、后写纬度，例如 [116.3975, 39.9087]。\nthe point [${first}, ${second}] is not in China (longitude ${CHINA_EXTENT.west}–${CHINA_EXTENT.east}, latitude ${CHINA_EXTENT.south}–${CHINA_EXTENT.north}): check it, longitude first, e.g. [116.3975, 39.9087].`,
  });
});
