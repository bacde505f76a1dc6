import { describe, expect, it } from 'vitest';
import { checkContent, formatProblems } from '../../src/features/check/index.ts';
import { chartCsv, indicatorChart, overdueChart, statusChart, targetSeries, targetSeriesChart, type ChartSpec } from '../../src/features/charts/charts.ts';
import { drawnValues } from '../../src/features/charts/drawn-values.ts';
import { indicatorStanding, meetsTarget, targetText } from '../../src/features/charts/indicators.ts';
import { buildLedger } from '../../src/core/ledger.ts';
import { copyFixture, edit, INDICATOR_FIXTURE } from '../helpers/fixture-copy.ts';
import { PROJECT_ROOT } from '../helpers/sites.ts';
import { ledgerOf, measure, PLAN, task, update } from '../helpers/ledger-builder.ts';

const checked = checkContent({ projectRoot: PROJECT_ROOT, contentDir: INDICATOR_FIXTURE });
const ledger = buildLedger(checked.input, checked.asOf);
const indicator = (id: string) => ledger.indicators.find((entry) => entry.id === id)!;

describe('indicators against their targets', () => {
  it('reads each direction the way the plan words it', () => {
    expect(meetsTarget(97, 'atLeast', 97)).toBe(true);
    expect(meetsTarget(96.9, 'atLeast', 97)).toBe(false);
    expect(meetsTarget(10.71, 'atMost', 10.71)).toBe(true);
    expect(meetsTarget(27.4, 'below', 27.4)).toBe(false);
    expect(meetsTarget(27.3, 'below', 27.4)).toBe(true);
    expect(meetsTarget(70, 'above', 70)).toBe(false);
    expect(meetsTarget(70.1, 'above', 70)).toBe(true);
    expect(meetsTarget(12, 'exactly', 12)).toBe(true);
  });

  it('writes the target in Chinese words with its unit and year', () => {
    expect(targetText(indicator('demo/01-air-good-days').data)).toBe('不低于95%（2025年）');
    expect(targetText(indicator('demo/02-pm25').data)).toBe('低于30 微克/立方米（2025年）');
  });

  it('judges an indicator by its latest measured value, and says plainly when none is published', () => {
    expect(indicatorStanding(indicator('demo/01-air-good-days').data)).toMatchObject({ standing: 'met', label: '最新值已达到目标', latest: { date: '2023', value: 96.1 } });
    expect(indicatorStanding(indicator('demo/02-pm25').data)).toMatchObject({ standing: 'not-met', label: '最新值未达到目标' });
    expect(indicatorStanding(indicator('demo/03-black-odorous-water').data)).toEqual({ standing: 'no-value', label: '尚未公布实测值', latest: null });
    expect(indicatorStanding(indicator('demo/04-sewage-collection').data).label).toBe('最新值未达到目标（示例数据）');
  });
});

describe('chart data', () => {
  it('draws measured values against a target line across the dates and the target year; its data give the target for that year alone', () => {
    const spec = indicatorChart(indicator('demo/01-air-good-days'), ledger);
    expect(spec.categories).toEqual(['2022年', '2023年', '2025年']);
    expect(spec.series).toEqual([
      { label: '实测值（%）', role: 'measured', values: [93.2, 96.1, null] },
      { label: '2025年目标：≥95（%）', role: 'target', values: [null, null, 95], acrossChart: true },
    ]);
    // The table and the CSV state no target for a year the plan sets none; the drawing spans them all.
    expect(chartCsv(spec).split('\r\n').slice(1, 4)).toEqual(['2022年,93.2,', '2023年,96.1,', '2025年,,95']);
    expect(spec.series.map(drawnValues)).toEqual([
      [93.2, 96.1, null],
      [95, 95, 95],
    ]);
    expect(spec.source).toBe('来源：目标见《示例市整改方案》 三、整改目标；实测值见《示例市2023年生态环境状况公报》；《示例市2023年生态环境状况公报》，示例市生态环境局网站。');
    expect(spec.targetsOnly).toBe(false);
  });

  it('draws only the target line when no value is published, and says so', () => {
    const spec = indicatorChart(indicator('demo/03-black-odorous-water'), ledger);
    expect(spec.series.map((series) => series.role)).toEqual(['target']);
    expect(spec.categories).toEqual(['2021年', '2022年', '2023年', '2024年', '2025年']);
    expect(spec.series[0]!.values).toEqual([null, null, null, null, 0]);
    expect(spec.notes[0]).toBe('尚未公布实测值：图中只画出目标线（不超过0 个（2025年）），没有任何实测数据。');
    expect(spec.targetsOnly).toBe(true);
  });

  it('says beside the chart when a value is illustrative', () => {
    expect(indicatorChart(indicator('demo/04-sewage-collection'), ledger).notes).toContain('注意：图中实测值为示例数据，仅用于演示图表，并非任何机关发布的数值。');
  });

  it('charts measure targets by place and year as the plan states them, a missing place as no bar', () => {
    const [series] = targetSeries(ledger);
    const spec = targetSeriesChart(series!, ledger);
    expect(spec.id).toBe('targets/demo/01/measure-1');
    expect(spec.categories).toEqual(['甲区', '乙县']);
    expect(spec.series).toEqual([
      { label: '2023年12月底前（计划，公里）', role: 'planned', values: [6, 4] },
      { label: '2024年12月底前累计（计划，公里）', role: 'planned', values: [15, 10] },
    ]);
    expect(spec.notes).toContain('尚无公布的实际完成数据：图中是整改方案写明的计划数量，不是完成情况。');
  });

  it('counts tasks and measures by status, and overdue ones by responsible unit', () => {
    const status = statusChart(ledger, '《示例市整改方案》');
    expect(status.categories).toEqual(['逾期', '暂无进展报告']);
    expect(status.series.map((series) => series.values)).toEqual([[1, 0], [1, 1]]);
    const overdue = overdueChart(ledger, '《示例市整改方案》');
    expect(overdue.categories).toEqual(['甲区党委和人民政府']);
    // The task is late (逾期) because its measure is: one late task and one late measure of the unit.
    expect(overdue.series.map((series) => series.values)).toEqual([[1], [1]]);
    expect(overdue.stacked).toBe(true);
  });

  it('writes CSV with a byte-order mark, exactly the values drawn, empty where nothing is drawn', () => {
    const spec: ChartSpec = {
      ...indicatorChart(indicator('demo/01-air-good-days'), ledger),
      categories: ['2022年', 'a,"b"'],
      series: [{ label: '实测值（%）', role: 'measured', values: [93.2, null] }],
    };
    expect(chartCsv(spec)).toBe('\uFEFF时间（空气质量优良天数率）,实测值（%）\r\n2022年,93.2\r\n"a,""b""",\r\n');
  });

  it('says in the CSV, not only below the chart, how the site read a target the source gives in words', () => {
    const read = { ...indicator('demo/01-air-good-days'), data: { ...indicator('demo/01-air-good-days').data, note: '原文为“基本消除”；本站把目标画作 0 个。' } };
    const spec = indicatorChart(read, ledger);
    expect(spec.notes).toContain('原文为“基本消除”；本站把目标画作 0 个。');
    const header = chartCsv(spec).replace(/^\uFEFF/, '').split('\r\n')[0];
    expect(header).toMatch(/目标：≥95（%）（原文为“基本消除”；本站把目标画作 0 个）$/);
  });
});

describe('content check of indicators', () => {
  const problemsAfter = (file: string, from: string | RegExp, to: string) => {
    const { root, content } = copyFixture(INDICATOR_FIXTURE);
    edit(content, file, from, to);
    return checkContent({ projectRoot: root, contentDir: 'content' }).problems;
  };

  it('passes the fixture as it is', () => {
    expect(formatProblems(checked.problems)).toBe('');
    expect(ledger.indicators).toHaveLength(4);
  });

  it('refuses a measured value without a source, naming file, field and fix', () => {
    const problems = problemsAfter('indicators/demo/02-pm25.yaml', ', source: { document: demo-bulletin-2023 }', '');
    expect(formatProblems(problems)).toMatchInlineSnapshot(`
      "content/indicators/demo/02-pm25.yaml:13 · values[0].source
        第1个实测值（2023-06）没有来源。请在 source 下写发布它的文件编号（document）或公开链接（link: { title, url }）。
        (measured value 1 (2023-06) has no source: give the document id (source.document) or public link (source.link) that publishes it.)"
    `);
  });

  it('refuses a value in another unit than its indicator', () => {
    const problems = problemsAfter('indicators/demo/01-air-good-days.yaml', '    unit: "%"', '    unit: 天');
    expect(problems).toMatchObject([{ file: 'content/indicators/demo/01-air-good-days.yaml', field: 'values[1].unit', line: 16 }]);
    expect(problems[0]!.zh).toBe('第2个实测值的单位是“天”，而指标的单位是“%”。请换算成“%”，或删去 unit 一行。');
  });

  it('refuses a value dated outside the indicator span', () => {
    const problems = problemsAfter('indicators/demo/02-pm25.yaml', 'date: "2023-06"', 'date: "2019-06"');
    expect(problems).toMatchObject([{ field: 'values[0].date', line: 13 }]);
    expect(problems[0]!.zh).toContain('不在指标的时段（2021年至2025年）内');
    expect(problems[0]!.en).toContain('outside the indicator');
  });

  it('refuses a target direction the schema does not know, suggesting the nearest', () => {
    const problems = problemsAfter('indicators/demo/02-pm25.yaml', 'direction: below', 'direction: bellow');
    expect(problems).toMatchObject([{ field: 'direction', line: 5 }]);
    expect(problems[0]!.zh).toContain('只能是以下之一：exactly、atLeast、atMost、below、above');
    expect(problems[0]!.zh).toContain('是否想写“below”');
  });

  it('refuses a value whose source document does not exist', () => {
    const problems = problemsAfter('indicators/demo/02-pm25.yaml', 'source: { document: demo-bulletin-2023 }', 'source: { document: demo-bulletin-2032 }');
    expect(problems).toMatchObject([{ field: 'values[0].source.document' }]);
  });
});

describe('who a target chart says reported a measure done', () => {
  // Two measures with a target each, due in different years: one series over time.
  const targets = (due: string, value: number) => ({ targets: [{ metric: '新改建排水管网', unit: '公里', value, due }] });
  const chartWith = (evidence: Record<string, unknown> | undefined) => {
    const ledger = ledgerOf({
      tasks: [task({ measures: [measure(targets('2024-12', 10)), measure(targets('2025-12', 20))] })],
      updates: [update({ task: `${PLAN}/01`, measure: 1, date: '2024-12', status: '已完成', ...(evidence ? { evidence } : {}) })],
    });
    return targetSeriesChart(targetSeries(ledger)[0]!, ledger);
  };

  it('names the unit and the comparison the plan states with the figures, and the chart in its CSV', () => {
    const ledger = ledgerOf({ tasks: [task({ measures: [measure({ targets: [{ metric: '公交车新能源占比', unit: '%', value: 95, comparison: 'atLeast', due: '2023-09' }] })] })] });
    const spec = targetSeriesChart(targetSeries(ledger)[0]!, ledger);
    expect(spec.series.map((series) => series.label)).toEqual(['2023年9月底前（计划，不低于%）']);
    expect(chartCsv(spec).replace(/^\uFEFF/, '').split('\r\n')[0]).toBe(`地区（${spec.title}）,2023年9月底前（计划，不低于%）`);
    expect(spec.title).toContain('公交车新能源占比');
  });

  it('credits the plan only when the report rests on the plan itself', () => {
    const spec = chartWith({ documents: [{ document: 'demo-plan-text', locator: '附件 一' }] });
    expect(spec.series.map((series) => series.label)).toEqual(['2024年12月（方案称已完成，公里）', '2025年12月底前（计划，公里）']);
    expect(spec.notes).toContain('标“方案称已完成”的是整改方案自己报告已完成的数量；其余是计划数量。此外尚无公布的实际完成数据。');
  });

  it('says a unit reported it done, and that the bar is the planned figure, when the report is a unit’s own', () => {
    for (const evidence of [undefined, { text: '住建局报告：新改建10.3公里。' }]) {
      const spec = chartWith(evidence);
      expect(spec.series.map((series) => series.label)).toEqual(['2024年12月（已报告完成，公里）', '2025年12月底前（计划，公里）']);
      expect(spec.series[0]!.role).toBe('measured');
      expect(spec.notes.join('')).not.toContain('方案称已完成');
      expect(spec.notes).toContain('标“已报告完成”的措施已有单位报告完成，图中是整改方案写明的数量，不是报告的实际完成数量（见任务页的整改进展）；其余是计划数量。');
    }
  });
});
