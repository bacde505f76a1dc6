import type { Entry, Ledger } from '../../core/ledger.ts';
import { derivedOnce, itemsWith } from '../../core/lookup.ts';
import { paths } from '../../core/urls.ts';
import type { Jurisdiction } from '../../schemas/jurisdiction.ts';
import type { Place } from '../../schemas/place.ts';
import type { Unit } from '../../schemas/unit.ts';
import { applyFilters, areaTargets, type FilterResult } from './filters.ts';
import { progressChartLink } from './chart-list.ts';
import { findingRow, findingsOfJurisdiction, type FindingRow } from './finding-page.ts';
import { countyAnswer } from './answer.ts';

export interface CountyPage {
  area: Entry<Jurisdiction>;
  name: string;
  /** Its name, short name and aliases: what its measures may call it. */
  names: string[];
  /** The share and search description. */
  description: string;
  /** The sentence the page opens with: late items, next deadline, who is responsible. */
  answer: string;
  /** Its tasks and measures (a group unit's tasks count under each member county). */
  result: FilterResult;
  targets: ReturnType<typeof areaTargets>;
  /** The findings (反馈问题) that name it, with their states. */
  findings: FindingRow[];
  /** The places in it, in content order. */
  places: readonly Entry<Place>[];
  /** The units seated in it. */
  units: readonly Entry<Unit>[];
  feed: { path: string; title: string };
  /** The county's complete filtered list, where a long table's "more" link goes. */
  fullList: { path: string; label: string };
  /** Its progress chart (plan against record by month), when a measure concerns it. */
  progressChart: { path: string; label: string } | undefined;
}

/** What a county (or zone) page shows; its places and units are looked up in groups built once per ledger. */
export function countyPage(ledger: Ledger, area: Entry<Jurisdiction>): CountyPage {
  const name = area.data.name;
  const result = applyFilters(ledger, { county: area.id });
  const targets = areaTargets(ledger, area.id);
  const findings = findingsOfJurisdiction(ledger, area.id).map(findingRow);
  const findingText = findings.length > 0 ? `督察反馈问题${findings.length}个、` : '';
  const units = itemsWith(derivedOnce(ledger.units, 'list', () => [...ledger.units.values()]), 'jurisdiction', (unit) => unit.data.jurisdiction, area.id);
  return {
    area,
    name,
    names: [name, ...(area.data.shortName ? [area.data.shortName] : []), ...area.data.aliases],
    description: `${name}涉及的${findingText}整改任务${result.tasks.length}项、整改措施${result.measures.length}条、分解到${name}的量化目标${targets.length}项。`,
    answer: countyAnswer(ledger, area, result, units),
    findings,
    result,
    targets,
    places: itemsWith(ledger.places, 'jurisdiction', (place) => place.data.jurisdiction, area.id),
    units,
    feed: { path: paths.countyFeed(area.id), title: `${name}的整改进展` },
    fullList: { path: paths.filter('county', area.id), label: `查看涉及${name}的全部任务和措施` },
    progressChart: progressChartLink(ledger, 'counties', area.id),
  };
}
