import { FINDING_STATE_ORDER, FINDING_STATES, type FindingState } from '../../core/findings.ts';
import type { Ledger } from '../../core/ledger.ts';
import { joinNames, namesOf } from '../../core/names.ts';
import { STATUS_ORDER, STATUSES, type Tone } from '../../core/status.ts';
import { paths } from '../../core/urls.ts';

/**
 * The glossary (术语说明): the site's words in plain language, each at an anchor of its own that
 * status badges and the pages' notes link to. A status's meaning is in the status vocabulary
 * (src/core/status.ts), a finding state's in src/core/findings.ts; the other terms are here. The
 * wording follows the rectification plans (分工、验收销号、回头看) and says what the site itself
 * derives (推算); it names no city, so that every deployment can publish it as it is.
 */

export interface GlossaryTerm {
  /** Its anchor on the glossary page (a status's slug, `finding-` and a finding state's slug, or a term's id). */
  id: string;
  term: string;
  meaning: string;
  /** Drawn as a status badge is, for a status or a finding state. */
  tone?: Tone;
  /** Lines drawn from the content (the site's own group units). */
  examples?: string[];
}

export interface GlossaryPage {
  sections: { heading: string; terms: GlossaryTerm[] }[];
  /** The plans whose text the division of work, acceptance and close-out rules come from. */
  plans: { path: string; title: string }[];
}

const LATE = STATUSES.逾期.label;

/** Anchors of the terms other pages link to: `paths.term(TERMS.inferred)`. */
export const TERMS = {
  inferred: 'inferred',
  behind: 'behind',
  closeOut: 'close-out',
  lookBack: 'look-back',
  deadline: 'deadline',
  responsible: 'responsible-unit',
  supervising: 'supervising-unit',
  acceptance: 'acceptance-unit',
  group: 'group-unit',
} as const;

/** The glossary anchor of a finding state (反馈问题的整改情况). */
export function findingTermId(state: FindingState): string {
  return `finding-${FINDING_STATES[state].slug}`;
}

const HOW_STATUSES_ARE_DERIVED: GlossaryTerm[] = [
  {
    id: TERMS.inferred,
    term: '推算',
    meaning: `标有“推算”的，不是哪个单位报告的，而是本站根据整改时限和已经发布的进展，在“状态截至”的那一天自动得出的。例如：时限已过而未见完成报告的，显示“${LATE}”；整改时限为“立行立改，长期坚持”而没有进展报告的，显示“长期坚持”；各项措施都已报告完成的任务，显示“已完成”，等待验收销号。整改方案的报送期限写成“若干个工作日内”的，本站也按国务院办公厅公布的节假日安排推算出具体日期。`,
  },
  {
    id: TERMS.behind,
    term: '滞后',
    meaning: `一些通报把进度落后于计划称为“滞后”。本站不评判进度快慢，只看时限：时限已过、未见完成报告或验收销号的，一律称为“${LATE}”；时限未到的，不算${LATE}。`,
  },
  {
    id: TERMS.closeOut,
    term: '销号（验收销号）',
    meaning: `整改的最后一步：整改完成后，由验收单位验收，确认整改到位，对照整改台账把这一项销去，称为“验收销号”。整改任务在验收销号之前，即使各项措施都已报告完成，过了整改时限仍算${LATE}。`,
  },
  {
    id: TERMS.lookBack,
    term: '回头看',
    meaning: '整改完成或销号以后，再回过头去检查问题是否真正解决、有没有反弹（“死灰复燃”），查处虚假整改、敷衍整改等行为。发现没有整改到位的，问题重新整改。',
  },
  {
    id: TERMS.deadline,
    term: '整改时限',
    meaning: `整改方案给每项整改任务规定的完成期限。多数写到月，例如“2023年12月”，指到这个月的最后一天为止；有的措施另有自己的时限，例如“2022年6月底前”；“立行立改，长期坚持”表示立即整改并长期坚持，没有截止日期。过了时限仍未见完成报告或验收销号的，就是“${LATE}”。`,
  },
];

const UNITS: GlossaryTerm[] = [
  {
    id: TERMS.responsible,
    term: '责任单位',
    meaning: '负责落实整改的单位。整改任务和其中每条措施都写明了责任单位，一项可以有几个责任单位；统计时，几个单位共同负责的，每个单位各计一次。',
  },
  {
    id: TERMS.supervising,
    term: '督导单位',
    meaning: '对整改任务进行督促检查和服务指导、负责整改验收、牵头实施整改销号的单位。',
  },
  {
    id: TERMS.acceptance,
    term: '验收单位',
    meaning: '督导单位为两个及以上的，排在第一位的为整改验收单位；督导单位为议事协调机构的，由议事协调机构所在的部门作为整改验收单位。只有验收单位可以报告“已验收销号”。',
  },
  {
    id: TERMS.group,
    term: '合称',
    meaning: `整改方案有时用一个合称指几个单位。本站把写给合称的任务和措施计入每个成员单位：成员单位的页面、所在地区的页面、按单位统计的${LATE}图表和通报都这样计算，合称本身不作为一个单位排名。`,
  },
];

/** What the glossary page shows: the statuses, how they are derived, the units, the findings' states, and the plans they come from. */
export function glossaryPage(ledger: Ledger): GlossaryPage {
  const groups = [...ledger.units.values()].filter((unit) => unit.data.kind === 'group' || unit.data.members.length > 0);
  const groupLines = groups.map((unit) =>
    unit.data.members.length > 0
      ? `${unit.data.name}：包括${joinNames(namesOf(ledger, 'units', unit.data.members))}。`
      : `${unit.data.name}：方案没有列明包括哪些单位，统计时单列一行。`,
  );
  return {
    sections: [
      {
        heading: '任务和措施的状态',
        terms: STATUS_ORDER.map((status) => ({ id: STATUSES[status].slug, term: STATUSES[status].label, meaning: STATUSES[status].meaning, tone: STATUSES[status].tone })),
      },
      { heading: '状态是怎样判断的', terms: HOW_STATUSES_ARE_DERIVED },
      { heading: '单位', terms: UNITS.map((term) => (term.id === TERMS.group && groupLines.length > 0 ? { ...term, examples: groupLines } : term)) },
      {
        heading: '反馈问题的整改情况',
        terms: FINDING_STATE_ORDER.map((state) => ({ id: findingTermId(state), term: FINDING_STATES[state].label, meaning: FINDING_STATES[state].meaning, tone: FINDING_STATES[state].tone })),
      },
    ],
    plans: ledger.plans.map((plan) => ({ path: paths.plan(plan.id), title: plan.data.title })),
  };
}
