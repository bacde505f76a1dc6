import type { Ledger } from '../../core/ledger.ts';
import { paths } from '../../core/urls.ts';

export interface MenuItem {
  path: string;
  label: string;
}

/**
 * The site's main menu, from what the content holds: the findings when any are published (first,
 * so an inspection whose plan is not out yet leads with them), tasks, areas and units once a plan
 * has tasks, each plan and its bulletins, the maps when there is a place to show, indicators and charts when there
 * is one to draw, and always the home page, the open data and how to report a problem. No entry leads to an empty page.
 */
export function siteMenu(ledger: Pick<Ledger, 'plans' | 'places' | 'tasks' | 'findings' | 'indicators' | 'areas'>): MenuItem[] {
  const hasTasks = ledger.tasks.length > 0;
  // Every plan with a measure has its progress chart, so tasks mean charts.
  const hasCharts = ledger.indicators.length > 0 || hasTasks;
  return [
    { path: paths.home(), label: '首页' },
    ...(ledger.findings.length > 0 ? [{ path: paths.findings(), label: '反馈问题' }] : []),
    ...(hasTasks ? [{ path: paths.tasks(), label: '整改任务' }] : []),
    ...(hasTasks || ledger.findings.length > 0 ? [{ path: paths.counties(), label: ledger.areas.short }] : []),
    ...(hasTasks ? [{ path: paths.units(), label: '单位' }] : []),
    ...ledger.plans.map((plan) => ({ path: paths.plan(plan.id), label: plan.data.shortTitle ?? '整改方案' })),
    ...(hasTasks ? [{ path: paths.bulletins(), label: '通报' }] : []),
    ...(ledger.places.length > 0 ? [{ path: paths.maps(), label: '地图' }] : []),
    ...(hasCharts ? [{ path: paths.indicators(), label: '指标与图表' }] : []),
    { path: paths.data(), label: '开放数据' },
    // How to report a problem (举报渠道), which every deployment publishes.
    { path: paths.report(), label: '如何举报' },
  ];
}
