import { z } from 'astro/zod';
import { link, partialDate } from './shared.ts';

export const DOCUMENT_KINDS = ['plan', 'task-list', 'feedback', 'regulation', 'notice', 'report', 'other'] as const;

/**
 * Where an attachment is: a file of this site, named by its site path (`/documents/plan.pdf`).
 * Never another host (`https:`, `//host`), never a way out of the folder (`..`, `\`), nor
 * characters a browser rewrites (`%`, `?`, `#`, spaces). A file elsewhere is a `links` entry.
 */
export const ATTACHMENT_PATH = /^(?:\/(?!\.\.?(?:\/|$))[^/\\\s?#%:\u0000-\u001f]+)+$/;

const attachmentPath = z.string().regex(ATTACHMENT_PATH, {
  message:
    '附件路径应是本站的文件路径：以一个 / 开头，不含网址、//、..、反斜杠、空格、?、#、%，例如 /documents/plan.pdf。外站的文件请写在 links 里。\nAn attachment path is a file of this site: one leading /, no scheme or //host, no .., backslash, spaces, ?, # or %, e.g. /documents/plan.pdf; a file on another site goes under links.',
});

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
        path: attachmentPath,
        format: z.string().optional(),
      }),
    )
    .default([]),
  note: z.string().optional(),
});
export type LedgerDocument = z.output<typeof documentSchema>;
