import { escapeHtml } from '../../core/html-text.ts';
import type { MapData } from './map-data.ts';

/**
 * The strings the map hands to Leaflet, which treats them as HTML (a tile layer's attribution,
 * a tooltip's content). They come from site.yaml, the outlines file and the targets, so each
 * is escaped here: a `<img onerror>` in a configured attribution is shown, never run.
 */

/** The tile layer's attribution (with its 审图号) as HTML for Leaflet's attribution control. */
export function tileAttributionHtml(tiles: NonNullable<MapData['tiles']>): string {
  return escapeHtml(tiles.attribution);
}

/** A county's label as HTML for its Leaflet tooltip: its name, and its figure when the map is shaded. */
export function countyLabelHtml(name: string, figure?: { value: number; unit: string }): string {
  return escapeHtml(figure ? `${name} ${figure.value}${figure.unit}` : name);
}
