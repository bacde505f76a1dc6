import { describe, expect, it } from 'vitest';
import { targetSeries, targetSeriesChart } from '../../src/features/charts/charts.ts';
import { checkContent } from '../../src/features/check/index.ts';
import { buildLedger } from '../../src/core/ledger.ts';
import { PROJECT_ROOT, TEST_AS_OF } from '../helpers/sites.ts';
import { normalise, SOURCE_TEXT } from '../helpers/source-text.ts';

// The Bazhong indicators and the pipeline chart say what the plan says, figure for figure.
const source = normalise(SOURCE_TEXT);
const result = checkContent({ projectRoot: PROJECT_ROOT, asOf: TEST_AS_OF });
const ledger = buildLedger(result.input, TEST_AS_OF);

describe('the Bazhong indicators', () => {
  it('quote the plan verbatim, and state the target value or say how the words are drawn', () => {
    const problems: string[] = [];
    for (const { id, data } of ledger.indicators) {
      if (!source.includes(normalise(data.source.quote))) problems.push(`${id}: quote not in the source: ${data.source.quote}`);
      // A target the plan words rather than figures (基本消除, 稳定保持在III类及以上) needs a note saying how it is drawn.
      const figured = normalise(data.source.quote).includes(String(data.target.value));
      if (!figured && !data.note) problems.push(`${id}: quote lacks ${data.target.value} and no note says how it is read`);
      if (!source.includes(normalise(`到${data.target.year}年`))) problems.push(`${id}: target year ${data.target.year} not in the source`);
    }
    expect(problems).toEqual([]);
  });

  it('hold every target of 三(三) and 四 the plan sets, with its direction and value', () => {
    const targets = ledger.indicators.map(({ data }) => `${data.title} ${data.direction} ${data.target.value}${data.unit} ${data.target.year}`);
    expect(targets).toEqual([
      '空气质量优良天数率 atLeast 97% 2025',
      '细颗粒物（PM2.5）浓度 below 27.4微克/立方米 2025',
      '重污染天数 atMost 0天 2025',
      '国、省考核断面水质优良率 atLeast 100% 2025',
      '劣V类水质断面数 atMost 0个 2025',
      'II类及以上水质断面占比 atLeast 100% 2025',
      '饮用水水源地水质达到III类及以上的比例 atLeast 100% 2025',
      '国家地下水考核点位达标比例 atLeast 100% 2025',
      '城市、农村黑臭水体数 atMost 0个 2025',
      '生活污水得到有效治理的行政村比例 atLeast 75% 2025',
      '主城区城市生活污水集中收集率 above 70% 2025',
      '城市公交新增和更新新能源车比重 atLeast 95% 2025',
      '农村化肥施用量 atMost 10.71万吨 2025',
      '农药使用量 atMost 0.18万吨 2025',
      '化肥利用率 atLeast 40% 2025',
      '农药包装废弃物回收率 atLeast 80% 2025',
    ]);
  });

  it('ship no measured value: the plan gives targets only', () => {
    expect(ledger.indicators.flatMap(({ data }) => data.values)).toEqual([]);
  });
});

describe('the pipeline charts of task 六', () => {
  // Each sentence `2022年12月底前，全市完成新改建排水管网145公里（含…），其中：市本级8.6公里，…。`
  const SENTENCE = /(\d{4})年12月(?:底前)?，全市(?:已)?完成(新改建排水管网|排水管网系统化排查检测)[\d.]+公里(?:（[^）]*）)?，其中：([^。]*)。/g;
  const stated = new Map<string, Map<string, number>>();
  for (const [, year, metric, parts] of source.matchAll(SENTENCE)) {
    const rows = new Map(parts!.split('，').map((part) => {
      const [, place, km] = /^(.+?)([\d.]+)公里$/.exec(part)!;
      return [place!, Number(km)] as const;
    }));
    stated.set(`${metric}|${year}`, rows);
  }
  const nameOf = (name: string) =>
    [...ledger.jurisdictions.values()].find(({ data }) => data.name === name || data.shortName === name || data.aliases.includes(name))!.data.name;

  it('finds the ten yearly sentences in the source', () => {
    expect(stated.size).toBe(10);
  });

  it('show each county’s planned kilometres per year exactly as the plan states them', () => {
    const charts = targetSeries(ledger)
      .filter((series) => series.task.id === 'bazhong-cei2/06')
      .map((series) => targetSeriesChart(series, ledger));
    expect(charts.map((spec) => spec.id)).toEqual(['targets/bazhong-cei2/06/measure-1', 'targets/bazhong-cei2/06/measure-2']);
    for (const spec of charts) {
      const metric = spec.title.split('：')[0]!;
      expect(spec.series).toHaveLength(5);
      spec.series.forEach((series, index) => {
        const year = 2021 + index;
        expect(series.label).toContain(`${year}年12月`);
        const drawn = Object.fromEntries(spec.categories.flatMap((place, row) => (series.values[row] === null ? [] : [[place, series.values[row]]])));
        const plan = Object.fromEntries([...stated.get(`${metric}|${year}`)!].map(([place, km]) => [nameOf(place), km]));
        expect(drawn, `${metric} ${year}`).toEqual(plan);
      });
    }
  });
});
