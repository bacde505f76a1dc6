import type { Ledger } from '../../core/ledger.ts';
import { paths } from '../../core/urls.ts';

export interface MenuItem {
  path: string;
  label: string;
}

/** The site's main menu: the fixed sections, each plan, and the maps when there is a place to show. */
export function siteMenu(ledger: Pick<Ledger, 'plans' | 'places'>): MenuItem[] {
  return [
    { path: paths.home(), label: '首页' },
    { path: paths.tasks(), label: '整改任务' },
    { path: paths.counties(), label: '县区' },
    { path: paths.units(), label: '单位' },
    ...ledger.plans.map((plan) => ({ path: paths.plan(plan.id), label: plan.data.shortTitle ?? '整改方案' })),
    ...(ledger.places.length > 0 ? [{ path: paths.maps(), label: '地图' }] : []),
    { path: paths.indicators(), label: '指标与图表' },
    { path: paths.data(), label: '开放数据' },
  ];
}
