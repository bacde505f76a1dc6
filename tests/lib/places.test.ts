import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/features/check/index.ts';
import { containsPoint } from '../../src/features/map/geo.ts';
import { buildLedger } from '../../src/core/ledger.ts';
import { mapData, syntheticMapPlaces } from '../../src/features/map/map-data.ts';
import { readOutlines } from '../../src/features/check/outlines.ts';
import { buildPlaceViews, layerGeoJson, layersWithPlaces, legendCounts, placesOfLayer, placeStatus } from '../../src/features/map/places.ts';
import { BUILDER_AS_OF, finding, inputOf, ledgerOf, measure, OFFICE, place, task, update } from '../helpers/ledger-builder.ts';
import { areasOf } from '../../src/core/areas.ts';
import { siteSchema } from '../../src/schemas/site.ts';
import { BAZHONG } from '../helpers/fixture-copy.ts';
import { PROJECT_ROOT, TEST_AS_OF } from '../helpers/sites.ts';

/** The frozen copy of the Bazhong content (never the repository's own content/). */
const BAZHONG_CONTENT = 'tests/fixtures/bazhong/content';

function viewsOf(contentDir: string, asOf?: string) {
  const result = checkContent({ projectRoot: PROJECT_ROOT, contentDir, ...(asOf ? { asOf } : {}) });
  const ledger = buildLedger(result.input, result.asOf);
  const { outlines } = readOutlines(`${PROJECT_ROOT}/${contentDir}`, result.site);
  return { views: buildPlaceViews(ledger, outlines, result.site!.placeLayers), outlines: outlines!, site: result.site! };
}

describe('places as the maps show them', () => {
  it('keeps a measured point as it is and calls it exact', () => {
    const { views } = viewsOf('tests/fixtures/content-two-inspections');
    const plant = views.find((view) => view.id === 'demo/plant-a')!;
    expect(plant).toMatchObject({ position: [100.2123, 30.2567], approximate: false, positionNote: '实测位置' });
  });

  it('draws a county-level place inside its county and says the position is approximate', () => {
    const { views, outlines } = viewsOf('tests/fixtures/content-two-inspections');
    const pipes = views.find((view) => view.id === 'demo/pipes-b')!;
    expect(pipes.approximate).toBe(true);
    expect(pipes.positionNote).toContain('不是实际位置');
    const countyB = outlines.features.find((feature) => feature.properties.code === '990121')!;
    expect(containsPoint(countyB.geometry, pipes.position!)).toBe(true);
    expect(pipes.facts).toEqual(['2025年6月底前20公里']);
  });

  it('places every Bazhong mining right in its own county, and leaves the functional zone and city unplaced', () => {
    const { views, outlines } = viewsOf(BAZHONG_CONTENT, TEST_AS_OF);
    const byCode = new Map(outlines.features.map((feature) => [feature.properties.code, feature]));
    const code = { nanjiang: '511922', tongjiang: '511921', pingchang: '511923' } as Record<string, string>;
    const rights = placesOfLayer(views, 'mining-rights');
    expect(rights).toHaveLength(12);
    for (const right of rights) expect(containsPoint(byCode.get(code[right.place.jurisdiction]!)!.geometry, right.position!)).toBe(true);
    const unplaced = placesOfLayer(views, 'sewage').filter((view) => !view.position).map((view) => view.id);
    expect(unplaced.sort()).toEqual([
      'bazhong-cei2/sewage/city-level-pipeline-building',
      'bazhong-cei2/sewage/jingkai-pipeline-building',
      'bazhong-cei2/sewage/jingkai-pipeline-inspection',
      'bazhong-cei2/sewage/jingkai-sewage-plant',
      'bazhong-cei2/sewage/sludge-disposal-centre',
    ]);
  });

  it('takes a place’s status from its own updates: the cancelled shale mine is done, the others are not reported', () => {
    const { views } = viewsOf(BAZHONG_CONTENT, TEST_AS_OF);
    const status = (id: string) => views.find((view) => view.id === id)!.statusLabel;
    expect(status('bazhong-cei2/mining-rights/juxing-shale')).toBe('已完成');
    expect(status('bazhong-cei2/mining-rights/baiba-gold')).toBe('暂无进展报告');
    // After the 2023-12 deadline with nothing reported, a right is late.
    expect(viewsOf(BAZHONG_CONTENT, '2024-03-01').views.find((view) => view.id === 'bazhong-cei2/mining-rights/baiba-gold')!.statusLabel).toBe('逾期');
  });

  it('writes the tile provider’s 审图号 into the attribution, and no tiles when none are configured', () => {
    const { views, site } = viewsOf('tests/fixtures/content-two-inspections');
    const href = (path: string) => path;
    expect(mapData(views, { label: 'x', settings: site.map!, outlinesUrl: '/o', href }).tiles).toBeNull();
    const tiles = { url: 'https://tiles.example.test/{z}/{x}/{y}.png', attribution: '示例底图', approvalNumber: 'GS(2099)0001号', maxZoom: 16 };
    expect(mapData(views, { label: 'x', settings: { ...site.map!, tiles }, outlinesUrl: '/o', href }).tiles).toEqual({
      url: tiles.url,
      attribution: '示例底图 GS(2099)0001号',
      maxZoom: 16,
    });
  });

  it('exports undrawable places with a null geometry, so the GeoJSON holds every row of the table', () => {
    const { views } = viewsOf(BAZHONG_CONTENT, TEST_AS_OF);
    const layer = layerGeoJson(placesOfLayer(views, 'sewage'), { asOf: TEST_AS_OF, siteUrl: 'https://example.org/sub/' });
    expect(layer.features).toHaveLength(15);
    const plant = layer.features.find((feature) => feature.id === 'bazhong-cei2/sewage/jingkai-sewage-plant')!;
    expect(plant.geometry).toBeNull();
    expect(plant.properties.url).toBe('https://example.org/sub/tasks/bazhong-cei2/07/#measure-1');
  });

  it('makes the same synthetic places every time, inside the box asked for', () => {
    const box = { west: 106, south: 31, east: 108, north: 33 };
    const places = syntheticMapPlaces(1000, box);
    expect(places).toEqual(syntheticMapPlaces(1000, box));
    expect(places.every(({ position }) => position !== null && position[0] >= 106 && position[0] <= 108 && position[1] >= 31 && position[1] <= 33)).toBe(true);
  });
});

describe('the county layer of the pipeline programmes', () => {
  it('gives each county its yearly cumulative target, and counts as reported done only what a done measure states', async () => {
    const { countyProgramme, shadingSeries } = await import('../../src/features/views/county-targets.ts');
    const result = checkContent({ projectRoot: BAZHONG, asOf: TEST_AS_OF });
    const ledger = buildLedger(result.input, TEST_AS_OF);
    const building = countyProgramme(ledger, 'bazhong-cei2/06', '新改建排水管网')!;
    expect(building.years).toEqual([2021, 2022, 2023, 2024, 2025]);
    const bazhou = building.rows.find((row) => row.jurisdiction === 'bazhou')!;
    expect(bazhou.years.map((cell) => cell.target)).toEqual([20, 46.5, 97, 97, 97]);
    // The plan reports the 2021 figures done (measure 1); nothing later is reported.
    expect(bazhou.years.map((cell) => cell.reported)).toEqual([20, null, null, null, null]);
    const series = shadingSeries(building);
    expect(series.map((entry) => entry.label)).toContain('新改建排水管网：2021年底已报告完成');
    // Only counties with an outline code can be shaded: 经开区 and 市本级 are left to the table.
    expect(series.find((entry) => entry.label === '新改建排水管网：2025年底累计目标')!.values).toEqual({
      '511902': 97,
      '511903': 43.5,
      '511921': 86,
      '511922': 10,
      '511923': 63.4,
    });
  });
});

describe('the tile layer in the content security policy', () => {
  it('allows images from each subdomain of a configured tile source, and from nowhere without one', async () => {
    const { tileImageOrigins } = await import('../../src/features/map/map-data.ts');
    expect(tileImageOrigins(undefined)).toEqual([]);
    const tiles = { url: 'https://t{s}.tiles.example.test/DataServer?x={x}&y={y}&l={z}&tk=T', subdomains: '01', attribution: 'a', approvalNumber: 'GS', maxZoom: 18 };
    expect(tileImageOrigins(tiles)).toEqual(['https://t0.tiles.example.test', 'https://t1.tiles.example.test']);
  });
});

describe('the status of a place with no report of its own', () => {
  // Task 1 was due 2023-12; its measure 1, due 2022-12, holds the plant.
  const plant = place('plant', { name: '工业园区污水处理厂', measure: 1 });
  const tasks = [task({ number: 1, deadline: '2023年12月', measures: [measure({ due: '2022-12' }), measure()] })];
  const statusOf = (updates: Record<string, unknown>[]) => {
    const ledger = ledgerOf({ tasks, places: [plant], updates: updates.map((fields) => update(fields as Parameters<typeof update>[0])) }, '2024-06-30');
    return placeStatus(ledger.places[0]!, ledger);
  };

  it('is late once its deadline passes with nothing done', () => {
    expect(statusOf([]).status).toBe('逾期');
  });

  it('is done when its measure is reported done, and closed out when its task is, never late under them', () => {
    const done = { task: 'demo-plan/01', measure: 1, date: '2022-12-20', status: '已完成' };
    expect(statusOf([done])).toMatchObject({ status: '已完成', derived: true, reason: '第1条措施2022年12月20日报告已完成' });
    const closed = { task: 'demo-plan/01', date: '2024-01-15', status: '已验收销号', reportedBy: OFFICE };
    expect(statusOf([done, closed])).toMatchObject({ status: '已验收销号', derived: true, reason: '整改任务2024年1月15日验收销号' });
  });

  it('keeps its own report when it is newer than its measure’s', () => {
    const done = { task: 'demo-plan/01', measure: 1, date: '2022-06', status: '已完成' };
    const own = { task: 'demo-plan/01', measure: 1, place: 'plant', date: '2022-09', status: '序时推进' };
    expect(statusOf([done, own])).toMatchObject({ status: '逾期', derived: true });
  });
});

describe('what a map legend says of its places', () => {
  it('tells places at approximate coordinates from places it cannot draw', () => {
    const ledger = ledgerOf({
      tasks: [task({ number: 1, deadline: '2023年12月' })],
      places: [
        place('measured', { location: { precision: 'exact', point: [100.2123, 30.2567] } }),
        place('near-town', { location: { precision: 'township', point: [100.22, 30.26] } }),
        place('county-only'),
      ],
    });
    // Without outlines, the county-only place has nowhere to be drawn.
    const counts = legendCounts(buildPlaceViews(ledger, null, []));
    expect({ undrawn: counts.undrawn.map((view) => view.id), sketched: counts.sketched, nearby: counts.nearby }).toEqual({ undrawn: ['county-only'], sketched: 0, nearby: 1 });
  });
});

describe('kinds of place and the maps that show them, as site.yaml declares them', () => {
  const layers = [
    { id: 'water', title: '饮用水水源地', kinds: [{ id: 'water-source', label: '水源地' }] },
    { id: 'waste', title: '固体废物处置设施', kinds: [{ id: 'landfill', label: '垃圾填埋场' }, { id: 'incinerator', label: '焚烧厂' }] },
  ];
  const ledger = ledgerOf({
    tasks: [task({ number: 1, deadline: '2023年12月' })],
    places: [place('burner', { kind: 'incinerator' }), place('tip', { kind: 'landfill' }), place('odd', { kind: 'quarry' })],
  });

  it('labels each place as its kind is declared and puts it on the layer that declares the kind', () => {
    const views = buildPlaceViews(ledger, null, layers);
    expect(views.map((view) => [view.id, view.kindLabel, view.layer])).toEqual([
      ['burner', '焚烧厂', 'waste'],
      ['tip', '垃圾填埋场', 'waste'],
      // A kind no layer declares (the check refuses it) is on no map and shows its id.
      ['odd', 'quarry', null],
    ]);
  });

  it('gives one map to each declared layer with places, in the order site.yaml lists them', () => {
    const views = buildPlaceViews(ledger, null, layers);
    expect(layersWithPlaces(layers, views).map(({ layer, places }) => [layer.id, places.map((view) => view.id)])).toEqual([['waste', ['burner', 'tip']]]);
    const withQuarries = [{ ...layers[0]!, kinds: [{ id: 'quarry', label: '采石场' }] }, layers[1]!];
    const order = (declared: typeof layers) => layersWithPlaces(declared, buildPlaceViews(ledger, null, declared)).map(({ layer }) => layer.id);
    expect(order(withQuarries)).toEqual(['water', 'waste']);
    expect(order([...withQuarries].reverse())).toEqual(['waste', 'water']);
  });
});

describe('what the source states about a place', () => {
  it('is a mining right\'s facts where it has them, and otherwise the passage quoted from the source, never nothing when the source gave words', () => {
    const ledger = ledgerOf({
      tasks: [task({ number: 1, deadline: '2023年12月' })],
      places: [
        place('tip', { kind: 'landfill', source: { document: 'demo-plan-document', quote: '东岸县示例填埋场已封场。' } }),
        place('unquoted', { kind: 'landfill' }),
        place('mine', { kind: 'mining-right', miningRight: { rightKind: '采矿权', mineral: '页岩', cancelled: true }, source: { document: 'demo-plan-document', quote: '原话。' } }),
      ],
    });
    expect(buildPlaceViews(ledger, null, []).map((view) => view.facts)).toEqual([['东岸县示例填埋场已封场。'], [], ['页岩·采矿权', '矿业权已注销']]);
  });
});

describe('where a place\'s point comes from', () => {
  it('is said beside its precision, in the content\'s words, when the content says', () => {
    const ledger = ledgerOf({
      tasks: [task({ number: 1, deadline: '2023年12月' })],
      places: [
        place('sketched', { location: { precision: 'township', point: [100.22, 30.26], note: '坐标为本站按乡镇驻地示意。' } }),
        place('measured', { location: { precision: 'exact', point: [100.2123, 30.2567] } }),
      ],
    });
    expect(buildPlaceViews(ledger, null, []).map((view) => view.positionNote)).toEqual(['位置示意（乡镇级）：坐标为近似位置（坐标为本站按乡镇驻地示意）', '实测位置']);
  });

  it('names the level of the deployment\'s areas for a point known only to its area: 县区 in a prefecture-level city, 乡镇街道 where townships are the areas', () => {
    const raw = { tasks: [task({ number: 1, deadline: '2023年12月' })], places: [place('area-only', { location: { precision: 'county', point: [100.22, 30.26] } })] };
    const note = (ledger: ReturnType<typeof ledgerOf>) => buildPlaceViews(ledger, null, [])[0]?.positionNote;
    expect(note(ledgerOf(raw))).toBe('位置示意（县区级）：坐标为近似位置');
    const townships = areasOf(siteSchema.shape.areas.parse({ label: '乡镇（街道）', kinds: ['township', 'subdistrict'] }));
    expect(note(buildLedger(inputOf(raw), BUILDER_AS_OF, undefined, townships))).toBe('位置示意（乡镇街道级）：坐标为近似位置');
  });
});

describe('a place a finding names before any plan has a task for it', () => {
  const ledger = ledgerOf({
    tasks: [task()],
    findings: [finding(2, { places: ['early/source'] })],
    places: [place('early/source', { task: undefined, kind: 'sewage-plant' }), place('plant/a')],
  });
  const layers = [{ id: 'sewage', title: '污水', kinds: [{ id: 'sewage-plant', label: '污水处理厂' }] }];

  it('is shown with no report yet, linked to its finding, and null for its task in the download', () => {
    const [early, withTask] = buildPlaceViews(ledger, null, layers);
    expect([early!.status.status, early!.status.derived, early!.statusLabel]).toEqual(['未报告', true, '暂无进展报告']);
    expect([early!.taskPath, early!.taskTitle, early!.taskLabel]).toEqual(['/findings/demo-inspection/02/', '反馈问题2（尚无整改任务）', '反馈问题2']);
    expect([withTask!.taskPath, withTask!.taskLabel]).toEqual(['/tasks/demo-plan/01/', '任务一']);
    const geo = layerGeoJson([early!], { asOf: ledger.asOf, siteUrl: 'https://example.org/' });
    expect(geo.features[0]!.properties).toMatchObject({ task: null, url: 'https://example.org/findings/demo-inspection/02/' });
  });
});
