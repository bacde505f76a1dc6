import { describe, expect, it } from 'vitest';
import { FINDING_STATE_ORDER, FINDING_STATES } from '../../src/core/findings.ts';
import { STATUS_ORDER, STATUSES } from '../../src/core/status.ts';
import { paths } from '../../src/core/urls.ts';
import { findingTermId, glossaryPage, TERMS } from '../../src/features/views/index.ts';
import { ledgerOf, OFFICE, unit } from '../helpers/ledger-builder.ts';

const LEDGER = ledgerOf({
  units: [
    unit({ id: OFFICE, name: '示例局', kind: 'office' }),
    unit({ id: 'a', name: '甲县党委和人民政府', kind: 'party-and-government' }),
    unit({ id: 'b', name: '乙县党委和人民政府', kind: 'party-and-government' }),
    unit({ id: 'counties', name: '各县党委和人民政府', kind: 'group', members: ['a', 'b'] }),
    unit({ id: 'relevant', name: '市级有关部门', kind: 'group' }),
  ],
});
const page = glossaryPage(LEDGER);
const terms = page.sections.flatMap((section) => section.terms);
const termById = (id: string) => terms.find((term) => term.id === id);

describe('the glossary (术语说明)', () => {
  it('explains every status at the anchor its badge links to, in the words of the status vocabulary', () => {
    for (const status of STATUS_ORDER) {
      const { slug, label, meaning, tone } = STATUSES[status];
      expect(paths.term(slug)).toBe(`/glossary/#${slug}`);
      expect(termById(slug), status).toEqual({ id: slug, term: label, meaning, tone });
    }
    expect(termById('overdue')!.meaning).toContain('由本站按时限推算');
  });

  it('explains every finding state at its own anchor', () => {
    for (const state of FINDING_STATE_ORDER) expect(termById(findingTermId(state))!.term).toBe(FINDING_STATES[state].label);
  });

  it('explains 推算, 滞后, 销号, 回头看 and the units, and lists the site’s groups with their members', () => {
    for (const id of Object.values(TERMS)) expect(termById(id), id).toBeDefined();
    expect(termById(TERMS.behind)!.meaning).toContain('一律称为“逾期”');
    expect(termById(TERMS.acceptance)!.meaning).toContain('排在第一位的为整改验收单位');
    expect(termById(TERMS.group)!.examples).toEqual(['各县党委和人民政府：包括甲县党委和人民政府、乙县党委和人民政府。', '市级有关部门：方案没有列明包括哪些单位，统计时单列一行。']);
    expect(page.plans).toEqual([{ path: '/plans/demo-plan/', title: '示例整改方案' }]);
  });

  it('has one anchor per term, each a readable ASCII id', () => {
    const ids = terms.map((term) => term.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z][a-z-]*$/);
  });

  it('names no place: every deployment publishes it as it is', () => {
    const text = JSON.stringify(glossaryPage(ledgerOf({})));
    expect(text).not.toMatch(/巴中|巴州|恩阳|通江|南江|平昌/);
  });
});
