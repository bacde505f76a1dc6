import { describe, expect, it } from 'vitest';
import { accessDateText, citationText, gbt7714, gbt7714Parts, plainCitation, plainCitationParts } from '../../src/features/publish/citation.ts';
import { todayInChina } from '../../src/core/dates.ts';

const page = {
  title: '整改任务六：污水收集处理能力不足',
  publisher: '巴中市生态环境保护督察整改台账',
  url: 'https://example.org/tasks/bazhong-cei2/06/',
  contentDate: '2022-07-15',
};
const measure = { ...page, title: '整改任务六：污水收集处理能力不足（第3条措施）', url: 'https://example.org/tasks/bazhong-cei2/06/#measure-3' };

describe('citations of a task page and of a measure', () => {
  it('follows GB/T 7714 for an electronic resource, with the access date a blank to fill in when the page cannot know it', () => {
    expect(gbt7714(page)).toBe(
      '巴中市生态环境保护督察整改台账. 整改任务六：污水收集处理能力不足[EB/OL]. (2022-07-15)[请填写引用日期]. https://example.org/tasks/bazhong-cei2/06/.',
    );
  });

  it('gives a plain form with title, publisher, permanent URL, content date and an access-date blank', () => {
    expect(plainCitation(page)).toBe(
      '巴中市生态环境保护督察整改台账：《整改任务六：污水收集处理能力不足》，内容更新于 2022-07-15，https://example.org/tasks/bazhong-cei2/06/（访问日期：请填写）。',
    );
  });

  it('writes the access date as each form writes a date once it is known', () => {
    expect(gbt7714(page, '2026-03-05')).toBe(
      '巴中市生态环境保护督察整改台账. 整改任务六：污水收集处理能力不足[EB/OL]. (2022-07-15)[2026-03-05]. https://example.org/tasks/bazhong-cei2/06/.',
    );
    expect(plainCitation(page, '2026-03-05')).toBe(
      '巴中市生态环境保护督察整改台账：《整改任务六：污水收集处理能力不足》，内容更新于 2022-07-15，https://example.org/tasks/bazhong-cei2/06/（访问日期：2026年3月5日）。',
    );
  });

  it('cites a measure by its own title and the address of its anchor on the task page', () => {
    expect(gbt7714(measure, '2026-03-05')).toBe(
      '巴中市生态环境保护督察整改台账. 整改任务六：污水收集处理能力不足（第3条措施）[EB/OL]. (2022-07-15)[2026-03-05]. https://example.org/tasks/bazhong-cei2/06/#measure-3.',
    );
    expect(plainCitation(measure)).toContain('《整改任务六：污水收集处理能力不足（第3条措施）》');
    expect(plainCitation(measure)).toContain('https://example.org/tasks/bazhong-cei2/06/#measure-3（访问日期：');
  });

  it('cuts a citation around its access date, so a script that fills in the date writes what the functions write', () => {
    for (const [parts, whole, style] of [
      [gbt7714Parts(measure), gbt7714, 'gbt7714'],
      [plainCitationParts(measure), plainCitation, 'plain'],
    ] as const) {
      expect(citationText(parts)).toBe(whole(measure));
      expect(parts.style).toBe(style);
      const filled = { ...parts, accessDate: accessDateText(parts.style, '2026-12-02') };
      expect(citationText(filled)).toBe(whole(measure, '2026-12-02'));
    }
  });

  it('takes the access date as the day in China: late evening in UTC is already the next day', () => {
    const accessed = todayInChina(new Date('2026-03-04T17:30:00Z'));
    expect(accessed).toBe('2026-03-05');
    expect(accessDateText('plain', accessed)).toBe('2026年3月5日');
    expect(accessDateText('gbt7714', accessed)).toBe('2026-03-05');
  });
});
