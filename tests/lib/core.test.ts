import { describe, expect, it } from 'vitest';
import { deadlineState, measureDue } from '../../src/core/deadlines.ts';
import { derivedOnce } from '../../src/core/lookup.ts';
import { citedTitle, documentTitle, nameOf, namesOf } from '../../src/core/names.ts';
import { isDone, isLate, RETIRED_STATUS_SLUGS, STATUS_LABELS, STATUS_ORDER, STATUS_SLUGS, STATUSES, statusFromSlug, statusTone, TONES } from '../../src/core/status.ts';
import { anchors, listPagePath, paths } from '../../src/core/urls.ts';

describe('the status vocabulary', () => {
  it('counts as late exactly one derived state, 逾期, for tasks and measures alike, and as done exactly the two reported completions', () => {
    expect(STATUS_ORDER.filter(isLate)).toEqual(['逾期']);
    expect(STATUS_ORDER.filter(isDone)).toEqual(['已完成', '已验收销号']);
  });

  it('gives every late status the late tone and every done status the done tone, and no status both', () => {
    for (const status of STATUS_ORDER) {
      expect(isLate(status) && isDone(status), status).toBe(false);
      if (isLate(status)) expect(statusTone(status), status).toBe('late');
      if (isDone(status)) expect(statusTone(status), status).toBe('done');
    }
  });

  it('has one ASCII slug per status that reads back to it, and a label for each', () => {
    const slugs = Object.values(STATUS_SLUGS);
    expect(new Set(slugs).size).toBe(STATUS_ORDER.length);
    for (const status of STATUS_ORDER) {
      expect(STATUS_SLUGS[status]).toMatch(/^[a-z-]+$/);
      expect(statusFromSlug(STATUS_SLUGS[status])).toBe(status);
      expect(STATUS_LABELS[status]).toBe(STATUSES[status].label);
    }
    expect(statusFromSlug('late')).toBeUndefined();
    expect(STATUS_LABELS.逾期).toBe('逾期');
    // 滞后's old slug reads back to nothing: its published list is sent on to 逾期's (productRedirects).
    expect(statusFromSlug('behind')).toBeUndefined();
    expect(RETIRED_STATUS_SLUGS).toEqual({ behind: STATUS_SLUGS.逾期 });
  });

  it('has a legend entry for every tone a status uses, and none for a tone no status has', () => {
    const used = new Set(STATUS_ORDER.map(statusTone));
    expect(new Set(TONES.map((tone) => tone.tone))).toEqual(used);
  });
});

describe('names', () => {
  const entry = <Data>(id: string, data: Data) => ({ id, data });
  const ledger = {
    units: new Map([['city-eeb', entry('city-eeb', { name: '市生态环境局' })]]),
    jurisdictions: new Map([['nanjiang', entry('nanjiang', { name: '南江县' })]]),
    places: [entry('mines/a', { name: '甲煤矿' }), entry('mines/b', { name: '乙煤矿' })],
  } as unknown as Parameters<typeof nameOf>[0];

  it('names units, jurisdictions and places by id as content writes them', () => {
    expect(nameOf(ledger, 'units', 'city-eeb')).toBe('市生态环境局');
    expect(nameOf(ledger, 'jurisdictions', 'nanjiang')).toBe('南江县');
    expect(nameOf(ledger, 'places', 'mines/b')).toBe('乙煤矿');
    expect(namesOf(ledger, 'places', ['mines/b', 'mines/a'])).toEqual(['乙煤矿', '甲煤矿']);
  });

  it('shows the id itself when no entry has it, never an empty name', () => {
    expect(nameOf(ledger, 'units', 'nanjiang')).toBe('nanjiang');
    expect(nameOf(ledger, 'places', 'mines/c')).toBe('mines/c');
  });
});

describe('addresses and anchors', () => {
  it('points at a measure and an update on their task page with the anchors the page writes', () => {
    expect(paths.measure('bazhong-cei2/06', 3)).toBe(`/tasks/bazhong-cei2/06/#${anchors.measure(3)}`);
    expect(anchors.measure(3)).toBe('measure-3');
    expect(paths.update('demo/01', 'demo/01/2025-03-01')).toBe('/tasks/demo/01/#update-demo-01-2025-03-01');
    expect(anchors.plan('bazhong/plan')).toBe('plan-bazhong-plan');
  });

  it('numbers list pages from the second', () => {
    expect(listPagePath('/filter/county/nanjiang/', 1)).toBe('/filter/county/nanjiang/');
    expect(listPagePath('/filter/county/nanjiang/', 2)).toBe('/filter/county/nanjiang/page-2/');
  });
});

describe('deadlines', () => {
  const month = (text: string, value: string) => ({ text, month: value, ongoing: false });

  it('counts days to the end of the deadline month, says when it is today and when it has passed', () => {
    expect(deadlineState(month('2025年12月', '2025-12'), '2025-12-01')).toMatchObject({ ongoing: false, days: 30, note: '距时限（2025-12-31）还有 30 天' });
    expect(deadlineState(month('2025年12月', '2025-12'), '2025-12-31')).toMatchObject({ days: 0, note: '今天到期' });
    expect(deadlineState(month('2025年12月', '2025-12'), '2026-01-02')).toMatchObject({ days: -2, note: '已过时限 2 天' });
  });

  it('says nothing about days for an open-ended task', () => {
    expect(deadlineState({ text: '立行立改，长期坚持', month: null, ongoing: true }, '2026-01-02')).toEqual({ ongoing: true, text: '立行立改，长期坚持' });
  });

  it("takes a measure's own due date before its task's deadline", () => {
    const task = { deadline: { text: '2025年12月', month: '2025-12', ongoing: false } } as Parameters<typeof measureDue>[0];
    expect(measureDue(task, { due: '2024-06' } as Parameters<typeof measureDue>[1])).toBe('2024-06');
    expect(measureDue(task, {} as Parameters<typeof measureDue>[1])).toBe('2025-12');
  });
});

describe('document titles', () => {
  const ledger = { documents: new Map([['plan', { id: 'plan', data: { title: '示例整改方案' } }]]) } as unknown as Parameters<typeof documentTitle>[0];

  it('shows a document by its title, and prose cites it in book-title marks; an unknown id shows as itself', () => {
    expect(documentTitle(ledger, 'plan')).toBe('示例整改方案');
    expect(citedTitle(ledger, 'plan')).toBe('《示例整改方案》');
    expect(documentTitle(ledger, 'gone')).toBe('gone');
    expect(citedTitle(ledger, 'gone')).toBe('gone');
  });
});

describe('derivations shared per ledger', () => {
  it('works a derivation out once per owner and name, and again for another owner or name', () => {
    let runs = 0;
    const owner = {};
    const compute = () => ++runs;
    expect([derivedOnce(owner, 'a', compute), derivedOnce(owner, 'a', compute)]).toEqual([1, 1]);
    expect(derivedOnce(owner, 'b', compute)).toBe(2);
    expect(derivedOnce({}, 'a', compute)).toBe(3);
  });
});
