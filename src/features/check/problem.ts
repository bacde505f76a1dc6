/** One content problem, written for the staff member who edits the file. */
export interface Problem {
  /** Path of the file, relative to the project (e.g. `content/tasks/bazhong-cei2/06.yaml`). */
  file: string;
  /** 1-based line of the field, when known. */
  line?: number;
  /** The field, as a path: `measures[6].targets[0].breakdown`. */
  field?: string;
  /** What is wrong and how to fix it, in Chinese. */
  zh: string;
  /** The same in English. */
  en: string;
  /** True for a blank `npm run new` left to fill (src/features/check/blanks.ts). */
  blank?: true;
}

/** Writes a field path the way staff see it in the file: `measures[6].targets`. */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path
    .map((key, index) => (typeof key === 'number' ? `[${key}]` : index === 0 ? String(key) : `.${String(key)}`))
    .join('');
}

/** Splits a message written as `中文\nEnglish` into its two lines. */
export function bilingual(message: string): { zh: string; en: string } {
  const [zh = message, ...rest] = message.split('\n');
  return { zh, en: rest.join(' ') || zh };
}

/**
 * Formats problems for a terminal: file and line, field, the Chinese line and the English one.
 * With `limit`, lists that many and says how many more there are, so one systematic mistake
 * across thousands of files does not bury the build log.
 */
export function formatProblems(problems: readonly Problem[], options: { limit?: number } = {}): string {
  const limit = options.limit ?? problems.length;
  const listed = problems
    .slice(0, limit)
    .map((problem) => {
      const where = `${problem.file}${problem.line ? `:${problem.line}` : ''}${problem.field ? ` · ${problem.field}` : ''}`;
      return `${where}\n  ${problem.zh}\n  (${problem.en})`;
    })
    .join('\n\n');
  const more = problems.length - limit;
  if (more <= 0) return listed;
  return `${listed}\n\n……另有 ${more} 个问题未列出，运行 npm run check 可列出全部。\n(… and ${more} more not listed here: npm run check lists them all.)`;
}

/**
 * Content that cannot be used, thrown by code that needs it (astro.config, the tools): carries
 * the problems so that whoever catches it prints them for staff, never a stack trace.
 */
export class ContentProblems extends Error {
  readonly problems: readonly Problem[];
  constructor(problems: readonly Problem[]) {
    super(formatProblems(problems));
    this.name = 'ContentProblems';
    this.problems = problems;
  }
}
