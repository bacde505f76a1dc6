import { z } from 'astro/zod';

// Letters, digits and - . _ ~ between slashes: no spaces, query, anchor, or the [param] and
// * of route patterns (a redirect names one address, never a pattern).
const SEGMENT = '[A-Za-z0-9._~-]*[A-Za-z0-9_~-]';
const sitePath = z.string().regex(new RegExp(`^/(?:${SEGMENT}/)*$|^/(?:${SEGMENT}/)*${SEGMENT}\\.[a-z0-9]+$`), {
  message:
    '网址路径以 / 开头、以 / 结尾（文件如 /data/tasks.json 除外），只用字母、数字和 - . _ ~，例如 /tasks/cei2/06/。\nA site path starts and ends with / (files such as /data/tasks.json excepted) and uses letters, digits and - . _ ~ only, e.g. /tasks/cei2/06/.',
});

/**
 * `content/redirects.yaml`: where a published page went when its id was renamed or it was
 * merged (重定向). Every URL ever published must still answer: with the page, or with a redirect.
 */
export const redirectsSchema = z.array(
  z.strictObject({
    /** The old path, as published: `/tasks/bazhong-cei2/6/`. */
    from: sitePath,
    /** Where it is now: `/tasks/bazhong-cei2/06/`. */
    to: sitePath,
    /** Why it moved, for the record. */
    note: z.string().optional(),
  }),
);
export type Redirect = z.output<typeof redirectsSchema>[number];
