import type { Tone } from '../../core/status.ts';

/**
 * SVG shapes of map markers by status family (24×24 view box): late ▲, in progress ■, done ●,
 * nothing reported ◆. Shape and colour together, so status never rests on colour alone; the
 * map script and the legend both draw from here.
 */
export const MARKER_SHAPES: Record<Tone, string> = {
  late: '<path d="M12 2 L22.5 21 H1.5 Z"/>',
  done: '<circle cx="12" cy="12" r="9.5"/>',
  active: '<rect x="3" y="3" width="18" height="18" rx="1"/>',
  none: '<path d="M12 1.5 L22.5 12 L12 22.5 L1.5 12 Z"/>',
};
