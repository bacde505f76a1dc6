/**
 * Places (点位) as maps and tables show them: status on the as-of day, the facts the source
 * states, and where a map may draw them. A place known only to its county is drawn at a point
 * inside the county outline and always labelled approximate; one in a jurisdiction without an
 * outline (a functional zone, 市本级) is listed but not drawn.
 */
import type { Place } from '../../schemas/place.ts';
import { declaredPlaceKinds, type PlaceLayer } from '../../schemas/site.ts';
import { chineseNumeral, formatChineseDate } from '../../core/dates.ts';
import { groupByEachOnce } from '../../core/lookup.ts';
import { containsPoint, interiorPoint, type OutlineCollection, type OutlineFeature, type Position } from './geo.ts';
import type { Entry, Ledger, TaskView } from '../../core/ledger.ts';
import { findingTitle } from '../../core/names.ts';
import type { Areas } from '../../core/areas.ts';
import { measureDue } from '../../core/deadlines.ts';
import { paths } from '../../core/urls.ts';
import { deriveMeasureStatus, isDone, STATUS_LABELS, statusTone, type StatusResult, type Tone } from '../../core/status.ts';

/**
 * How precise a place's coordinates are, in the reader's words: `county` is the level of the
 * deployment's areas (`位置示意（县区级）` in a prefecture-level city, `（乡镇街道级）` where a
 * county-level city is read by its townships).
 */
export function precisionLabel(precision: Place['location']['precision'], areas: Areas): string {
  if (precision === 'exact') return '实测位置';
  return `位置示意（${precision === 'township' ? '乡镇' : areas.short}级）`;
}

export interface PlaceView {
  id: string;
  place: Place;
  /** The label site.yaml's `placeLayers` gives its kind (the kind's id should none: the check refuses that). */
  kindLabel: string;
  /** The id of the map layer that shows its kind, or null when no layer declares it. */
  layer: string | null;
  jurisdictionName: string;
  /** Task page link target, with the measure's anchor when the place names one. */
  taskPath: string;
  taskTitle: string;
  /** What a list calls its link in brief: `任务五`, or `反馈问题2` for a place no task names yet. */
  taskLabel: string;
  status: StatusResult;
  statusLabel: string;
  tone: Tone;
  /** 时限 as text (`2023年12月`), or null when none applies. */
  deadline: string | null;
  /** What the source states about it, in short Chinese phrases. */
  facts: string[];
  /** Where a map draws it, or null when it cannot be drawn (no outline and no point). */
  position: Position | null;
  /** True unless the position is a measured point. */
  approximate: boolean;
  /** Why the position is what it is, for the reader. */
  positionNote: string;
}

/** The facts of a mining right the source states: kind, closure, expiry, cancellation, restoration. */
export function miningRightFacts(place: Place): string[] {
  const right = place.miningRight;
  if (!right) return [];
  return [
    `${right.mineral}·${right.rightKind}`,
    right.reserve,
    right.closedOn && `${formatChineseDate(right.closedOn)}关闭`,
    right.expired && '已到期',
    right.cancelled === true ? '矿业权已注销' : right.cancelled === false ? '矿业权未注销' : null,
    right.restoration,
  ].filter((fact): fact is string => Boolean(fact));
}

/**
 * What the source states about a place, for the column 情况（据来源原文）: a mining right's facts
 * and a programme's targets where the content gives them; for any other kind (a city's own:
 * a landfill, a water source), the passage quoted from the source, when there is one.
 */
export function placeFacts(place: Place, programme: readonly string[] = []): string[] {
  const stated = [...miningRightFacts(place), ...programme];
  return stated.length > 0 || !place.source.quote ? stated : [place.source.quote];
}

/** A programme's yearly targets for its jurisdiction, read from its task's target breakdowns. */
export function programmeTargets(place: Place, ledger: Ledger): { due: string; value: number; unit: string; cumulative: boolean }[] {
  const metric = place.programme?.metric;
  const task = place.task ? ledger.taskById.get(place.task) : undefined;
  if (!metric || !task) return [];
  return task.task.measures
    .flatMap((measure) => measure.targets)
    .filter((target) => target.metric === metric && target.due)
    .flatMap((target) => {
      const row = target.breakdown.find((entry) => entry.jurisdiction === place.jurisdiction);
      return row ? [{ due: target.due!, value: row.value, unit: target.unit, cumulative: target.cumulative }] : [];
    })
    .sort((a, b) => a.due.localeCompare(b.due));
}

/** Outline features by the jurisdiction id whose GB/T 2260 code they carry. */
export function outlinesByJurisdiction(ledger: Ledger, outlines: OutlineCollection | null): Map<string, OutlineFeature> {
  const byCode = new Map((outlines?.features ?? []).map((feature) => [String(feature.properties.code), feature]));
  const result = new Map<string, OutlineFeature>();
  for (const [id, entry] of ledger.jurisdictions) {
    const feature = entry.data.code ? byCode.get(entry.data.code) : undefined;
    if (feature) result.set(id, feature);
  }
  return result;
}

/**
 * A place's status: its own reported progress against its deadline (or its measure's, or its
 * task's). A place with no report of its own since its task was closed out, or reported done, or
 * its measure reported done, shows that, derived from it: the close-out or completion of the
 * whole covers each of its places, and a place is never shown late under a finished task.
 */
export function placeStatus(entry: Entry<Place>, ledger: Ledger): StatusResult {
  const place = entry.data;
  // Named by a finding before any plan's task: nothing can be reported on it yet.
  if (!place.task) return { status: '未报告', derived: true, reason: '督察反馈问题点到了这里，尚无对应的整改任务', latest: null };
  const task = ledger.taskById.get(place.task);
  const measure = task?.measures.find((view) => view.measure.number === place.measure);
  const due = place.miningRight?.deadline?.month ?? (task && measure ? measureDue(task.task, measure.measure) : task?.task.deadline.month) ?? null;
  const ongoing = !due && Boolean(task?.task.deadline.ongoing);
  const claims = (task?.updates ?? []).filter((update) => update.data.place === entry.id).map((update) => update.data);
  const own = deriveMeasureStatus({ due, ongoing, claims, asOf: ledger.asOf });
  if (isDone(own.status) || own.status === '重新整改') return own;
  const wholes = [...(task ? [{ whole: '整改任务', status: task.status }] : []), ...(measure ? [{ whole: `第${measure.measure.number}条措施`, status: measure.status }] : [])];
  const finished = wholes.find(({ status }) => isDone(status.status) && !status.derived && status.latest);
  const done = finished?.status.latest;
  if (!finished || !done || (own.latest && own.latest.date > done.date)) return own;
  const what = done.status === '已验收销号' ? '验收销号' : `报告${done.status}`;
  return { status: done.status, derived: true, reason: `${finished.whole}${formatChineseDate(done.date)}${what}`, latest: own.latest };
}

// One drawn point per outline, however many places share it (and the search is not cheap).
const drawnPoints = new WeakMap<OutlineFeature, Position>();
function drawnPointOf(outline: OutlineFeature): Position {
  let point = drawnPoints.get(outline);
  if (!point) drawnPoints.set(outline, (point = interiorPoint(outline.geometry)));
  return point;
}

function positionOf(place: Place, outline: OutlineFeature | undefined, jurisdictionName: string, areas: Areas): Pick<PlaceView, 'position' | 'approximate' | 'positionNote'> {
  const { point, precision, note } = place.location;
  if (point) {
    // Where the point comes from, in the content's words, when it says.
    const from = note ? `（${note.replace(/[。.]\s*$/, '')}）` : '';
    return precision === 'exact'
      ? { position: point, approximate: false, positionNote: `实测位置${from}` }
      : { position: point, approximate: true, positionNote: `${precisionLabel(precision, areas)}：坐标为近似位置${from}` };
  }
  if (!outline) {
    return { position: null, approximate: true, positionNote: `来源只载明在${jurisdictionName}，本站没有其边界数据，未在地图上标出` };
  }
  const where = precision === 'township' && place.township ? `${jurisdictionName}${place.township}` : jurisdictionName;
  return {
    position: drawnPointOf(outline),
    approximate: true,
    positionNote: `位置示意：来源只载明在${where}，标在${jurisdictionName}境内，不是实际位置`,
  };
}

/**
 * What a map's legend says of its places: those it cannot draw, those drawn inside their county
 * for want of coordinates, and those drawn at coordinates the content marks approximate.
 */
export function legendCounts(places: readonly PlaceView[]): { undrawn: PlaceView[]; sketched: number; nearby: number } {
  const approximate = places.filter((place) => place.position && place.approximate);
  const nearby = approximate.filter((place) => place.place.location.point).length;
  return { undrawn: places.filter((place) => !place.position), sketched: approximate.length - nearby, nearby };
}

/** Every place as maps and tables show it, in content order, labelled and layered as site.yaml's `placeLayers` says. */
export function buildPlaceViews(ledger: Ledger, outlines: OutlineCollection | null, layers: readonly PlaceLayer[]): PlaceView[] {
  const outlineOf = outlinesByJurisdiction(ledger, outlines);
  const kinds = new Map(declaredPlaceKinds(layers).map((kind) => [kind.id, kind]));
  return ledger.places.map((entry): PlaceView => {
    const place = entry.data;
    const task = place.task ? ledger.taskById.get(place.task) : undefined;
    const jurisdiction = ledger.jurisdictions.get(place.jurisdiction)?.data;
    const jurisdictionName = jurisdiction?.shortName ?? jurisdiction?.name ?? place.jurisdiction;
    const status = placeStatus(entry, ledger);
    const measure = task?.measures.find((view) => view.measure.number === place.measure)?.measure;
    const deadlineText = place.miningRight?.deadline?.text ?? (measure?.due ? formatChineseDate(measure.due) : task?.task.deadline.text) ?? null;
    const programme = programmeTargets(place, ledger).map(
      (target) => `${formatChineseDate(target.due)}底前${target.cumulative ? '累计' : ''}${target.value}${target.unit}`,
    );
    return {
      id: entry.id,
      place,
      kindLabel: kinds.get(place.kind)?.label ?? place.kind,
      layer: kinds.get(place.kind)?.layer ?? null,
      jurisdictionName: `${jurisdictionName}${place.township ?? ''}`,
      ...taskLink(ledger, entry, task),
      status,
      statusLabel: STATUS_LABELS[status.status],
      tone: statusTone(status.status),
      deadline: deadlineText,
      facts: placeFacts(place, programme),
      ...positionOf(place, outlineOf.get(place.jurisdiction), jurisdictionName, ledger.areas),
    };
  });
}

/**
 * Where a place's row and marker link: its task (at its measure), or, before any task names it,
 * the first finding (反馈问题) that does.
 */
function taskLink(ledger: Ledger, entry: Entry<Place>, task: TaskView | undefined): Pick<PlaceView, 'taskPath' | 'taskTitle' | 'taskLabel'> {
  const place = entry.data;
  if (place.task) {
    return {
      taskPath: place.measure ? paths.measure(place.task, place.measure) : paths.task(place.task),
      taskTitle: task ? task.task.title : place.task,
      taskLabel: task ? `任务${chineseNumeral(task.task.number)}` : place.task,
    };
  }
  const finding = groupByEachOnce(ledger.findings, 'places', (view) => view.data.places).get(entry.id)?.[0];
  if (!finding) return { taskPath: paths.findings(), taskTitle: '尚无整改任务', taskLabel: '反馈问题' };
  return { taskPath: paths.finding(finding.id), taskTitle: `${findingTitle(finding.data)}（尚无整改任务）`, taskLabel: findingTitle(finding.data) };
}

/** The places of one map layer. */
export function placesOfLayer(views: readonly PlaceView[], layer: string): PlaceView[] {
  return views.filter((view) => view.layer === layer);
}

/** The declared layers that have places, in site.yaml's order, each with its places: one map page each. */
export function layersWithPlaces(layers: readonly PlaceLayer[], views: readonly PlaceView[]): { layer: PlaceLayer; places: PlaceView[] }[] {
  return layers.map((layer) => ({ layer, places: placesOfLayer(views, layer.id) })).filter(({ places }) => places.length > 0);
}

/** The places in a county or zone (for county pages: `<PlaceMap places={placesInJurisdiction(views, id)} … />`). */
export function placesInJurisdiction(views: readonly PlaceView[], jurisdiction: string): PlaceView[] {
  return views.filter((view) => view.place.jurisdiction === jurisdiction);
}

/** Whether a point lies in the outline of its jurisdiction; undefined when there is no outline to test. */
export function pointInJurisdiction(point: Position, outline: OutlineFeature | undefined): boolean | undefined {
  return outline ? containsPoint(outline.geometry, point) : undefined;
}

/**
 * One layer as a GeoJSON FeatureCollection for download: drawn places as points with their
 * precision stated in `precision`, `approximate` and `positionNote`; undrawable places with a
 * null geometry, so the file holds every item of the table.
 */
export function layerGeoJson(views: readonly PlaceView[], options: { asOf: string; siteUrl: string; outlineSource?: string }) {
  const base = options.siteUrl.endsWith('/') ? options.siteUrl : `${options.siteUrl}/`;
  return {
    type: 'FeatureCollection' as const,
    asOf: options.asOf,
    ...(options.outlineSource ? { positionSource: options.outlineSource } : {}),
    features: views.map((view) => ({
      type: 'Feature' as const,
      id: view.id,
      geometry: view.position ? { type: 'Point' as const, coordinates: view.position } : null,
      properties: {
        name: view.place.name,
        kind: view.place.kind,
        kindLabel: view.kindLabel,
        jurisdiction: view.jurisdictionName,
        task: view.place.task ?? null,
        measure: view.place.measure ?? null,
        url: new URL(view.taskPath.replace(/^\//, ''), base).href,
        status: view.status.status,
        statusLabel: view.statusLabel,
        statusDerived: view.status.derived,
        deadline: view.deadline,
        facts: view.facts,
        precision: view.place.location.precision,
        approximate: view.approximate,
        positionNote: view.positionNote,
      },
    })),
  };
}
