import { lstatSync, type Stats } from 'node:fs';
import { join, relative } from 'node:path';
import { ATTACHMENTS_FOLDER, attachmentNameProblem, type LedgerDocument } from '../../schemas/document.ts';
import type { ValidEntry } from './index.ts';
import { displayPath, walk } from './load.ts';
import { personalDataMessage, personalDataProblems, personalNumbersIn } from './privacy.ts';
import { readContentText } from './source-text.ts';
import type { Problem } from './problem.ts';
import { closest } from './zod-issues.ts';

/**
 * Document attachments (附件) are files of the deployment like any other content: they live in
 * `content/attachments/`, a document names one by its path there (`file: plan.pdf`), and the
 * build copies every accepted file to `/documents/<file>` (src/integrations/attachments.ts).
 */

/** The file on disk behind an attachment name: `content/attachments/<file>`. */
export function attachmentFile(contentDir: string, file: string): string {
  return join(contentDir, ATTACHMENTS_FOLDER, ...file.split('/'));
}

// Attachments published as text, searched for personal numbers like every content file (a PDF
// or an image cannot be read here: staff must redact those before they upload them).
const TEXT_ATTACHMENT = /\.(txt|csv|md|json|geojson|ya?ml)$/i;

/**
 * The files of `content/attachments/` the site may publish, by their names there (`plan.pdf`,
 * `2022/plan.pdf`), and the problems of the folder: a link (never followed, wherever it points),
 * a special file, a name that cannot be an address, a personal number in a name or in a text file.
 */
export function readAttachments(projectRoot: string, contentDir: string): { files: string[]; problems: Problem[] } {
  const folder = join(contentDir, ATTACHMENTS_FOLDER);
  const walked = walk(projectRoot, contentDir, folder);
  const problems = [...walked.problems];
  const files: string[] = [];
  for (const { path, stats } of walked.paths) {
    const name = relative(folder, path).split(/[\\/]/).join('/');
    const shown = displayPath(projectRoot, path);
    const badName = attachmentNameProblem(name);
    if (badName) {
      problems.push({
        file: shown,
        zh: `这个文件会发布在 /documents/${name}，但${badName.zh}`,
        en: `this file would be published at /documents/${name}, but ${badName.en}`,
      });
      continue;
    }
    // The name is published in the address.
    const inName = personalNumbersIn(name).map((found) => personalDataMessage(found));
    if (inName.length > 0) {
      problems.push(...inName.map(({ zh, en }) => ({ file: shown, zh: `文件名中：${zh}`, en: `in the file name: ${en}` })));
      continue;
    }
    // A text attachment is published as it is: it may carry no personal number either.
    if (TEXT_ATTACHMENT.test(name)) {
      const read = readContentText(projectRoot, shown, path, contentDir, stats);
      const found = 'problem' in read ? [read.problem] : personalDataProblems(shown, read.text);
      if (found.length > 0) {
        problems.push(...found);
        continue;
      }
    }
    files.push(name);
  }
  return { files, problems };
}

/**
 * Every attachment of every document must be a file of `content/attachments/` that the site
 * publishes, spelt exactly (the web server is case-sensitive even where the staff member's disk
 * is not): names each one that is not, with where to put it.
 */
export function checkAttachments(documents: readonly ValidEntry<LedgerDocument>[], published: readonly string[], projectRoot: string, contentDir: string): Problem[] {
  const files = new Set(published);
  const problems: Problem[] = [];
  for (const entry of documents) {
    entry.data.attachments.forEach((attachment, index) => {
      if (files.has(attachment.file)) return;
      const at = { file: entry.source.file, line: entry.source.lineOf(['attachments', index, 'file']), field: `attachments[${index}].file` };
      const shown = displayPath(projectRoot, attachmentFile(contentDir, attachment.file));
      const link = linkOnTheWay(contentDir, attachment.file);
      if (link) {
        problems.push({
          ...at,
          zh: `附件“${attachment.title}”的文件 ${shown} 经过链接（快捷方式）${link}，内容文件夹不读链接，它不会发布。请把文件本身放到 ${shown}。`,
          en: `the file of attachment "${attachment.title}", ${shown}, lies behind a link (${link}); the content folder follows no links, so it is not published: put the file itself at ${shown}.`,
        });
        return;
      }
      // A file that is there but refused by readAttachments, which says why (its name, a personal number in it).
      if (isPlainFile(attachmentFile(contentDir, attachment.file))) return;
      const near = closest(attachment.file, published);
      const hint = near ? { zh: `是否想写 file: ${near}？`, en: ` Did you mean file: ${near}?` } : { zh: '', en: '' };
      problems.push({
        ...at,
        zh: `附件“${attachment.title}”的文件 ${shown} 不存在（文件名区分大小写）。${hint.zh}请把文件放进 content/${ATTACHMENTS_FOLDER}/，或改正 file，或删去这条附件。`,
        en: `the file of attachment "${attachment.title}", ${shown}, does not exist (names are case-sensitive).${hint.en} Put the file in content/${ATTACHMENTS_FOLDER}/, correct file, or remove the attachment.`,
      });
    });
  }
  return problems;
}

/** lstat, or undefined when there is nothing at the path (or a file stands where a folder should). */
function lstatOrNothing(path: string): Stats | undefined {
  try {
    return lstatSync(path, { throwIfNoEntry: false });
  } catch {
    return undefined;
  }
}

function isPlainFile(path: string): boolean {
  return lstatOrNothing(path)?.isFile() ?? false;
}

/** The first symbolic link on the way from the content folder to an attachment, as a content path, if any. */
function linkOnTheWay(contentDir: string, file: string): string | undefined {
  let path = join(contentDir, ATTACHMENTS_FOLDER);
  for (const name of ['', ...file.split('/')]) {
    if (name) path = join(path, name);
    const stats = lstatOrNothing(path);
    if (!stats) return undefined;
    if (stats.isSymbolicLink()) return `content/${relative(contentDir, path).split(/[\\/]/).join('/')}`;
  }
  return undefined;
}
