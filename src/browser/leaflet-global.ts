// leaflet.markercluster is a UMD plugin that extends the global `L`: this module sets it, and
// is imported before the plugin so it runs first (ES modules evaluate imports in order).
import L from 'leaflet';

(globalThis as unknown as { L: typeof L }).L = L;
export default L;
