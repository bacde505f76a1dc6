import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { LedgerDocument } from '../../schemas/document.ts';
import type { ValidEntry } from './index.ts';
import { personalDataProblems } from './privacy.ts';
import { readContentText } from './source-text.ts';
import type { Problem } from './problem.ts';

/**
 * The file on disk behind a document attachment's site path (`/documents/plan.txt`). Today
 * attachments are shipped from `public/`; this is the one place that says so, so moving them
 * (into `content/`, say) changes only this function. The path has already passed the schema's
 * ATTACHMENT_PATH, so it cannot leave the folder.
 */
export function attachmentFile(projectRoot: string, _contentDir: string, sitePath: string): string {
  return join(projectRoot, 'public', ...sitePath.split('/').filter(Boolean));
}

/**
 * True when the file exists with exactly this spelling: the web server is case-sensitive even
 * where the staff member's disk (Windows, macOS) is not, so `Plan.PDF` for `plan.pdf` is missing.
 */
function fileExistsExactly(root: string, file: string): boolean {
  let folder = root;
  for (const name of relative(root, file).split(/[\\/]/)) {
    let names: string[];
    try {
      names = readdirSync(folder);
    } catch {
      return false;
    }
    if (!names.includes(name)) return false;
    folder = join(folder, name);
  }
  try {
    return statSync(folder).isFile();
  } catch {
    return false;
  }
}

/** Every attachment of every document must be a file the site publishes: names each one that is not. */
// Attachments published as text, searched for personal numbers like every content file (a PDF
// or an image cannot be read here: staff must redact those before they upload them).
const TEXT_ATTACHMENT = /\.(txt|csv|md|html?|json|xml|geojson|ya?ml)$/i;

export function checkAttachments(documents: readonly ValidEntry<LedgerDocument>[], projectRoot: string, contentDir: string): Problem[] {
  const problems: Problem[] = [];
  for (const entry of documents) {
    entry.data.attachments.forEach((attachment, index) => {
      const file = attachmentFile(projectRoot, contentDir, attachment.path);
      if (fileExistsExactly(projectRoot, file)) {
        // A text attachment is published as it is: it may carry no personal number either.
        if (TEXT_ATTACHMENT.test(file)) {
          const read = readContentText(projectRoot, relative(projectRoot, file), file);
          if ('problem' in read) problems.push({ ...read.problem, file: relative(projectRoot, file) });
          else problems.push(...personalDataProblems(relative(projectRoot, file).split(/[\\/]/).join('/'), read.text));
        }
        return;
      }
      const shown = relative(projectRoot, file).split(/[\\/]/).join('/');
      problems.push({
        file: entry.source.file,
        line: entry.source.lineOf(['attachments', index, 'path']),
        field: `attachments[${index}].path`,
        zh: `附件“${attachment.title}”的文件 ${shown} 不存在（文件名区分大小写）。请把文件放到该位置，或改正路径，或删去这条附件。`,
        en: `the file of attachment "${attachment.title}", ${shown}, does not exist (names are case-sensitive): put the file there, correct the path, or remove the attachment.`,
      });
    });
  }
  return problems;
}
