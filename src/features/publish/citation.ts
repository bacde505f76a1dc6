import { formatChineseDate } from '../../core/dates.ts';

/**
 * "Cite this page" (引用本页): a task page, or one of its measures, as a reference, in the Chinese
 * national standard for bibliographic references (GB/T 7714-2015, electronic resource [EB/OL])
 * and in a plain form. The access date (引用日期) is the citer's: the page is built once, so it
 * carries a marked blank, and the copy script fills in the reader's today in China
 * (src/browser/copy-text.ts) with the same `accessDateText`.
 */
export interface CitationInput {
  /** 题名: the page's title, or the measure's (`整改任务六：…（第3条措施）`). */
  title: string;
  /** 主要责任者 / 出版者: who publishes the site. */
  publisher: string;
  /** The permanent URL (a measure's ends in its anchor, `#measure-3`). */
  url: string;
  /** 更新或修改日期: when the page's content last changed (YYYY-MM-DD). */
  contentDate: string;
}

/** The two forms a page offers. */
export type CitationStyle = 'gbt7714' | 'plain';

/** A citation cut around its access date, so a page can mark the blank and a script can fill it. */
export interface CitationParts {
  style: CitationStyle;
  before: string;
  /** The access date as the style writes it, or the blank to fill in when none is given. */
  accessDate: string;
  after: string;
}

/** What a citation shows where the access date goes when the page cannot know it (no script ran). */
export const ACCESS_DATE_BLANKS: Readonly<Record<CitationStyle, string>> = {
  gbt7714: '请填写引用日期',
  plain: '请填写',
};

/** The access date (YYYY-MM-DD) as each style writes it (`2026-12-02`, `2026年12月2日`), or its blank. */
export function accessDateText(style: CitationStyle, accessed?: string): string {
  if (!accessed) return ACCESS_DATE_BLANKS[style];
  return style === 'gbt7714' ? accessed : formatChineseDate(accessed);
}

/** `出版者. 题名[EB/OL]. (修改日期)[引用日期]. 网址.` — GB/T 7714-2015 §8.8 / 10.1.2, in parts. */
export function gbt7714Parts(input: CitationInput, accessed?: string): CitationParts {
  return {
    style: 'gbt7714',
    before: `${input.publisher}. ${input.title}[EB/OL]. (${input.contentDate})[`,
    accessDate: accessDateText('gbt7714', accessed),
    after: `]. ${input.url}.`,
  };
}

/** A plain citation for readers who do not follow a standard, in parts. */
export function plainCitationParts(input: CitationInput, accessed?: string): CitationParts {
  return {
    style: 'plain',
    before: `${input.publisher}：《${input.title}》，内容更新于 ${input.contentDate}，${input.url}（访问日期：`,
    accessDate: accessDateText('plain', accessed),
    after: '）。',
  };
}

/** A citation's parts as one text. */
export function citationText(parts: CitationParts): string {
  return `${parts.before}${parts.accessDate}${parts.after}`;
}

/** The GB/T 7714 citation, accessed on `accessed` (YYYY-MM-DD) or with the access date left blank. */
export function gbt7714(input: CitationInput, accessed?: string): string {
  return citationText(gbt7714Parts(input, accessed));
}

/** The plain citation, accessed on `accessed` (YYYY-MM-DD) or with the access date left blank. */
export function plainCitation(input: CitationInput, accessed?: string): string {
  return citationText(plainCitationParts(input, accessed));
}
