import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkContent, formatProblems } from '../../src/features/check/index.ts';
import { buildLedger } from '../../src/core/ledger.ts';
import { PROJECT_ROOT, TEST_AS_OF } from '../helpers/sites.ts';
import { normalise, SHARED_SOURCE, SOURCE_TEXT } from '../helpers/source-text.ts';

// The Bazhong content must say what the source says: every quoted text is found in it. The
// site ships the source text as the plan's attachment; it must be the shared source, unchanged.
const SOURCE = SOURCE_TEXT;
const SHARED = SHARED_SOURCE;
const source = normalise(SOURCE);

const result = checkContent({ projectRoot: PROJECT_ROOT, asOf: TEST_AS_OF });
const ledger = buildLedger(result.input, TEST_AS_OF);

describe('the Bazhong content', () => {
  it.runIf(existsSync(SHARED))('ships the source text unchanged as the plan attachment', () => {
    expect(SOURCE).toBe(readFileSync(SHARED, 'utf8'));
  });

  it('passes the content check', () => {
    expect(formatProblems(result.problems)).toBe('');
  });

  it('holds all 10 tasks of the 附件 and all 46 measures', () => {
    expect(ledger.tasks.map((view) => view.task.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(ledger.tasks.map((view) => view.measures.length)).toEqual([5, 4, 4, 2, 3, 10, 2, 4, 5, 7]);
  });

  it('quotes every finding, goal, measure and item verbatim from the source', () => {
    const missing: string[] = [];
    for (const { id, task } of ledger.tasks) {
      const texts = [
        ['finding', task.finding],
        ['goal', task.goal],
        ...task.measures.flatMap((measure) => [
          [`measure ${measure.number}`, measure.text],
          ...measure.items.map((item) => [`measure ${measure.number} item ${item.label}`, item.text]),
        ]),
      ];
      for (const [what, text] of texts) if (!source.includes(normalise(text!))) missing.push(`${id} ${what}: ${text}`);
    }
    expect(missing).toEqual([]);
  });

  it('maps each task to the province task number the source gives', () => {
    const numerals = ['一', '十', '十二', '三十七', '四十八', '四十九', '五十三', '六十一', '六十七', '六十九'];
    ledger.tasks.forEach((view, index) => {
      expect(source).toContain(normalise(`省整改任务第${numerals[index]}项`));
      expect(view.task.provincialTaskNumber).toBe([1, 10, 12, 37, 48, 49, 53, 61, 67, 69][index]);
    });
  });

  it('keeps the deadlines of the task list', () => {
    expect(ledger.tasks.map((view) => view.task.deadline.text)).toEqual([
      '立行立改，长期坚持', '2022年12月', '2023年12月', '2021年12月', '2023年12月',
      '2025年12月', '2021年12月', '2023年12月', '2023年6月', '2023年12月',
    ]);
  });

  it('lists the 12 mining rights of task 五 one by one', () => {
    const rights = ledger.places.filter((place) => place.data.kind === 'mining-right');
    expect(rights).toHaveLength(12);
    for (const right of rights) expect(source).toContain(normalise(right.data.name));
    expect(rights.filter((place) => place.data.jurisdiction === 'nanjiang')).toHaveLength(9);
    expect(rights.filter((place) => place.data.miningRight?.cancelled === true).map((place) => place.data.name).sort()).toEqual(
      ['平昌县坦溪镇俱兴砖厂页岩矿', '通江县锅洞河煤矿'].sort(),
    );
    expect(rights.filter((place) => place.data.miningRight?.rightKind === '探矿权')).toHaveLength(9);
    // No coordinates are invented: the source gives none.
    expect(rights.filter((place) => place.data.location.point)).toEqual([]);
  });

  it('records progress only where the plan itself reports it, with the plan as evidence', () => {
    for (const update of ledger.updates) {
      const quote = update.data.evidence?.documents[0]?.quote;
      expect(update.data.evidence?.documents[0]?.document, update.id).toBe('bazhong-cei2-plan');
      expect(quote, update.id).toBeTruthy();
      expect(source, update.id).toContain(normalise(quote!));
    }
  });
});
