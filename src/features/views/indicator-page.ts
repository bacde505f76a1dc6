import { COMPARISON_WORDS } from '../../core/quantities.ts';
import type { Entry, Ledger, TaskView } from '../../core/ledger.ts';
import { nameOf } from '../../core/names.ts';
import type { Indicator, MeasuredValue } from '../../schemas/indicator.ts';
import { indicatorChart, indicatorStanding, sortedValues, targetText, type ChartSpec, type IndicatorStanding } from '../charts/index.ts';
import { documentTitle } from './source-line.ts';

export interface IndicatorPage {
  spec: ChartSpec;
  /** The jurisdiction's name. */
  place: string;
  target: string;
  standing: IndicatorStanding;
  description: string;
  /** The direction in words and as a symbol: 不高于（≤）. */
  direction: { words: string; symbol: string };
  task: TaskView | undefined;
  sourceTitle: string;
  /** The measured values, oldest first, with the title of the document each cites. */
  values: { value: MeasuredValue; documentTitle: string | undefined }[];
}

/** What an indicator's page shows: its target, its chart and its measured values with their sources. */
export function indicatorPage(ledger: Ledger, entry: Entry<Indicator>): IndicatorPage {
  const indicator = entry.data;
  const place = nameOf(ledger, 'jurisdictions', indicator.jurisdiction);
  const target = targetText(indicator);
  return {
    spec: indicatorChart(entry, ledger),
    place,
    target,
    standing: indicatorStanding(indicator),
    description: `${place}${indicator.metric}：目标${target}`,
    direction: COMPARISON_WORDS[indicator.direction],
    task: indicator.task ? ledger.taskById.get(indicator.task) : undefined,
    sourceTitle: documentTitle(ledger, indicator.source.document),
    values: sortedValues(indicator).map((value) => ({ value, documentTitle: value.source?.document ? documentTitle(ledger, value.source.document) : undefined })),
  };
}
