import { bodyFindings } from '../body/markdown.ts';
import type { SourceFile } from './load.ts';
import type { Problem } from './problem.ts';

/**
 * The body of a plan, typical case or news file (the text after its frontmatter). It is
 * Markdown, rendered as data (src/lib/body/markdown.ts): an `.mdx` file is refused whole,
 * because MDX is a program that runs at build time; anything the page would not publish as
 * written (script, style, unsafe links, foreign images, MDX statements) is named with its line.
 */
export function checkBody(source: SourceFile): { problems: Problem[]; refused: boolean } {
  if (/\.mdx$/i.test(source.file)) {
    return {
      refused: true,
      problems: [
        {
          file: source.file,
          zh: '内容文件不接受 .mdx（MDX 能在生成网站时执行代码）。请把扩展名改为 .md，正文按 Markdown 书写；网址不变。',
          en: 'content files cannot be .mdx (MDX runs code while the site builds): rename the file to .md and write its body as Markdown; its URL stays the same.',
        },
      ],
    };
  }
  const firstLine = source.bodyLine ?? 1;
  const problems = bodyFindings(source.body ?? '').map(
    (finding): Problem => ({
      file: source.file,
      line: finding.line === undefined ? firstLine : firstLine + finding.line - 1,
      field: '正文 (body)',
      zh: finding.zh,
      en: finding.en,
    }),
  );
  return { problems, refused: false };
}
