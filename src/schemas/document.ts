import { z } from 'astro/zod';
import { link, partialDate } from './shared.ts';

export const DOCUMENT_KINDS = ['plan', 'task-list', 'feedback', 'regulation', 'notice', 'report', 'other'] as const;

/** A source document (文件): the plan, its task list, rules it cites or issued. */
export const documentSchema = z.strictObject({
  /** Title as published, without the book-title marks 《》. */
  title: z.string().min(1),
  kind: z.enum(DOCUMENT_KINDS),
  /** Who issued it, as the document names itself; leave out when the source does not say. */
  issuer: z.string().min(1).optional(),
  /** Date of issue, as precise as known (`2022`, `2022-03`, `2022-03-15`). */
  date: partialDate.optional(),
  /** How the date was established when the document itself does not carry one. */
  dateNote: z.string().optional(),
  /** Document number (文号), e.g. `巴委办〔2022〕1号`. */
  number: z.string().optional(),
  /** Where it is published online. */
  links: z.array(link).default([]),
  /** Files shipped with the site, as paths under `public/` (e.g. `/documents/plan.txt`). */
  attachments: z
    .array(
      z.strictObject({
        title: z.string().min(1),
        path: z.string().regex(/^\/[^\s]+$/, {
          message: '附件路径以 / 开头，指向 public/ 下的文件，例如 /documents/plan.pdf。\nAn attachment path starts with / and names a file under public/.',
        }),
        format: z.string().optional(),
      }),
    )
    .default([]),
  note: z.string().optional(),
});
export type LedgerDocument = z.output<typeof documentSchema>;
