import type { Entry, Ledger, TaskView } from '../../core/ledger.ts';
import type { News } from '../../schemas/news.ts';

export interface ArticlePage {
  /** The tasks the article names that the ledger has, in the order it names them. */
  tasks: TaskView[];
}

/** What a news article's page shows besides its text. */
export function articlePage(ledger: Ledger, entry: Entry<News>): ArticlePage {
  return { tasks: entry.data.tasks.map((id) => ledger.taskById.get(id)).filter((view) => view !== undefined) };
}
