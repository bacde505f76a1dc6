/**
 * "Cite this page" (引用本页): a task page as a reference, in the Chinese national standard
 * for bibliographic references (GB/T 7714-2015, electronic resource [EB/OL]) and in a plain form.
 * The access date is a placeholder the citer fills in: the site cannot know when they read it.
 */
export interface CitationInput {
  /** 题名: the page's title. */
  title: string;
  /** 主要责任者 / 出版者: who publishes the site. */
  publisher: string;
  /** The permanent URL. */
  url: string;
  /** 更新或修改日期: when the page's content last changed (YYYY-MM-DD). */
  contentDate: string;
}

export const ACCESS_DATE_PLACEHOLDER = '引用日期';

/** `出版者. 题名[EB/OL]. (修改日期)[引用日期]. 网址.` — GB/T 7714-2015 §8.8 / 10.1.2. */
export function gbt7714(input: CitationInput): string {
  return `${input.publisher}. ${input.title}[EB/OL]. (${input.contentDate})[${ACCESS_DATE_PLACEHOLDER}]. ${input.url}.`;
}

/** A plain citation for readers who do not follow a standard. */
export function plainCitation(input: CitationInput): string {
  return `${input.publisher}：《${input.title}》，内容更新于 ${input.contentDate}，${input.url}（访问日期：____年__月__日）。`;
}
