import { z } from 'astro/zod';
import { calendarDate, link } from './shared.ts';
import { ref } from './ref.ts';

/** What a news article reports, in the words of plan 五(五). */
export const NEWS_TOPICS = ['整改成效', '经验做法', '长效机制', '工作动态'] as const;

/** A news article on the rectification (整改动态), written in MDX. */
export const newsSchema = z.strictObject({
  title: z.string().min(1),
  date: calendarDate,
  topic: z.enum(NEWS_TOPICS),
  /** Who published it (e.g. `巴中市生态环境局`). */
  publisher: z.string().min(1),
  /** One or two sentences for lists and the feed. */
  summary: z.string().min(1),
  /** Ids of the tasks it reports on; their pages link back. */
  tasks: z.array(ref('tasks')).default([]),
  /** Where it was first published. */
  links: z.array(link).default([]),
});
export type News = z.output<typeof newsSchema>;
