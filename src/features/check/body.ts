import { bodyBlocks, bodyDepth, bodyFindings, bodyTables, MAX_BODY_DEPTH, MAX_TABLE_CELLS, MAX_TABLE_COLUMNS, renderBody } from '../body/index.ts';
import type { SourceFile } from './load.ts';
import type { Problem } from './problem.ts';
import { personalDataMessage, personalNumbersIn } from './privacy.ts';
import { bodyCharacterProblems } from './characters.ts';

/**
 * The body of a plan, typical case or news file (the text after its frontmatter). It is
 * Markdown, rendered as data (src/features/body/markdown.ts): an `.mdx` file is refused whole,
 * because MDX is a program that runs at build time; anything the page would not publish as
 * written (script, style, unsafe links, foreign images, MDX statements) is named with its line.
 */
export function checkBody(source: SourceFile, base = '/'): { problems: Problem[]; refused: boolean } {
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
  const body = source.body ?? '';
  // A table too large to render is refused before anything parses it (its cells would exhaust memory).
  const large = bodyTables(body).find((table) => table.columns > MAX_TABLE_COLUMNS || table.columns * table.rows > MAX_TABLE_CELLS);
  if (large) {
    return {
      refused: true,
      problems: [
        {
          file: source.file,
          line: firstLine + large.line - 1,
          field: '正文 (body)',
          zh: `正文里的表格太大（${large.columns} 列、${large.rows} 行；最多 ${MAX_TABLE_COLUMNS} 列、${MAX_TABLE_CELLS} 格），网站无法生成这一页。请拆成几张表，或把数据作为附件（CSV、XLSX）发布。`,
          en: `a table in the body is too large (${large.columns} columns, ${large.rows} rows; at most ${MAX_TABLE_COLUMNS} columns and ${MAX_TABLE_CELLS} cells): the page cannot be made; split it, or publish the data as an attachment (CSV, XLSX).`,
        },
      ],
    };
  }
  // Rendered here, once, exactly as the page will show it (the build takes this HTML), so a body
  // the renderer cannot handle is a problem of the check, never a failed build.
  let depth: number;
  try {
    depth = bodyDepth(body);
  } catch {
    depth = Number.POSITIVE_INFINITY;
  }
  if (depth > MAX_BODY_DEPTH) {
    return {
      refused: true,
      problems: [
        {
          file: source.file,
          line: firstLine,
          field: '正文 (body)',
          zh: `正文的结构嵌套太深（超过 ${MAX_BODY_DEPTH} 层，例如一层套一层的 > 引用或列表），网站无法生成这一页。请减少嵌套层数。`,
          en: `the body nests too deeply (more than ${MAX_BODY_DEPTH} levels of quotes or lists in one another): the page cannot be made; flatten it.`,
        },
      ],
    };
  }
  source.rendered = renderBody(body, { base });
  // The text as a reader sees it, where a link or emphasis can no longer split a number
  // (`[138](/x)0013 8000`); the file's own text was searched as written by the reader.
  const shown = source.rendered.html.replace(/<[^>]*>/g, '');
  const written = new Set(personalNumbersIn(body).map((found) => found.digits));
  const hiddenNumbers = personalNumbersIn(shown).filter((found) => !written.has(found.digits));
  // Each at the line of the block that shows it (rendered once more, block by block, only then).
  const blocks = hiddenNumbers.length > 0 ? bodyBlocks(body).map((block) => ({ line: block.line, digits: new Set(personalNumbersIn(block.text).map((number) => number.digits)) })) : [];
  const hidden = hiddenNumbers.map((found): Problem => {
    const block = blocks.find((candidate) => candidate.digits.has(found.digits));
    return { file: source.file, line: firstLine + (block ? block.line - 1 : 0), field: '正文 (body)', ...personalDataMessage(found) };
  });
  const problems = bodyFindings(body).map(
    (finding): Problem => ({
      file: source.file,
      line: finding.line === undefined ? firstLine : firstLine + finding.line - 1,
      field: '正文 (body)',
      zh: finding.zh,
      en: finding.en,
    }),
  );
  return { problems: [...bodyCharacterProblems(source.file, body, firstLine), ...hidden, ...problems], refused: false };
}
