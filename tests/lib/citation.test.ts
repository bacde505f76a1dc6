import { describe, expect, it } from 'vitest';
import { gbt7714, plainCitation } from '../../src/features/publish/citation.ts';

const page = {
  title: '整改任务六：污水收集处理能力不足',
  publisher: '巴中市生态环境保护督察整改台账',
  url: 'https://example.org/tasks/bazhong-cei2/06/',
  contentDate: '2022-07-15',
};

describe('citations of a task page', () => {
  it('follows GB/T 7714 for an electronic resource, leaving the access date for the citer', () => {
    expect(gbt7714(page)).toBe(
      '巴中市生态环境保护督察整改台账. 整改任务六：污水收集处理能力不足[EB/OL]. (2022-07-15)[引用日期]. https://example.org/tasks/bazhong-cei2/06/.',
    );
  });

  it('gives a plain form with title, publisher, permanent URL, content date and an access-date blank', () => {
    expect(plainCitation(page)).toBe(
      '巴中市生态环境保护督察整改台账：《整改任务六：污水收集处理能力不足》，内容更新于 2022-07-15，https://example.org/tasks/bazhong-cei2/06/（访问日期：____年__月__日）。',
    );
  });
});
