import { readdirSync, type Dirent } from 'node:fs';
import { join } from 'node:path';
import { COLLECTIONS } from '../../schemas/collections.ts';
import { ATTACHMENTS_FOLDER } from '../../schemas/document.ts';
import type { SiteConfig } from '../../schemas/site.ts';
import { PUBLISHED_URLS_FILE, REDIRECTS_FILE } from '../site/index.ts';
import { displayPath } from './load.ts';
import type { Problem } from './problem.ts';
import { notAPlainFile, unreadable } from './source-text.ts';
import { closest } from './zod-issues.ts';

/** Files directly under `content/` that the site reads besides the collections. */
const ROOT_FILES = ['site.yaml', REDIRECTS_FILE, PUBLISHED_URLS_FILE];
/** Notes for whoever maintains the content; read by people, not by the site. */
const NOTES = 'README.md';
/** The folder of the map outlines that site.yaml names (`map.outlines.file`). */
const GEO_FOLDER = 'geo';

const COLLECTION_FOLDERS: readonly string[] = Object.values(COLLECTIONS).map((spec) => spec.folder);

function list(folder: string): Dirent[] {
  return readdirSync(folder, { withFileTypes: true })
    .filter((entry) => !entry.name.startsWith('.'))
    .sort((a, b) => a.name.localeCompare(b.name));
}

function suggestion(name: string, candidates: readonly string[]): { zh: string; en: string } {
  const near = closest(name, candidates);
  return near ? { zh: `是否想写“${near}”？`, en: ` Did you mean "${near}"?` } : { zh: '', en: '' };
}

/**
 * Accounts for every file under the content folder that no collection reads: an unknown folder
 * (a misspelt `taskss/`), a file directly under `content/` other than the site's own, a file in
 * `geo/` that site.yaml does not name, a link. Each would otherwise be left out of the site
 * without a word. Files inside the collection folders are accounted for by their reader
 * (readCollection); site.yaml by the check of the site settings.
 */
export function inventoryProblems(projectRoot: string, contentDir: string, site: Pick<SiteConfig, 'map'> | null): Problem[] {
  const problems: Problem[] = [];
  const at = (...parts: string[]) => displayPath(projectRoot, join(contentDir, ...parts));
  let entries: Dirent[];
  try {
    entries = list(contentDir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') return [unreadable(`${at()}/`, error)];
    return [
      {
        file: `${at()}/`,
        zh: '找不到内容文件夹。请在项目根目录下放 content/ 文件夹，或用环境变量 LEDGER_CONTENT_DIR 指明它的位置。',
        en: 'the content folder does not exist: put content/ in the project folder, or name its place in LEDGER_CONTENT_DIR.',
      },
    ];
  }
  const outlines = site?.map?.outlines.file;
  for (const entry of entries) {
    const name = entry.name;
    const path = join(contentDir, name);
    // The attachments folder is accounted for by its own reader (readAttachments).
    if (COLLECTION_FOLDERS.includes(name) || name === ATTACHMENTS_FOLDER || name === 'site.yaml') continue;
    if (entry.isSymbolicLink() || (!entry.isFile() && !entry.isDirectory())) {
      const odd = notAPlainFile(projectRoot, at(name), path, entry, contentDir);
      if (odd) problems.push(odd);
      continue;
    }
    if (entry.isDirectory() && name === GEO_FOLDER) {
      // Without valid site settings the outline file is not known: say nothing rather than guess.
      if (site) problems.push(...geoProblems(projectRoot, contentDir, outlines));
      continue;
    }
    if (entry.isDirectory()) {
      const folders = [...COLLECTION_FOLDERS, ATTACHMENTS_FOLDER, GEO_FOLDER];
      const near = suggestion(name, folders);
      problems.push({
        file: `${at(name)}/`,
        zh: `不认识的文件夹 ${name}/：网站不读取其中的文件，它们不会发布。${near.zh}内容文件夹有：${folders.join('、')}。请把文件移到正确的文件夹。`,
        en: `unknown folder ${name}/: the site reads none of its files, so they are not published.${near.en} The content folders are: ${folders.join(', ')}. Move the files to the right one.`,
      });
      continue;
    }
    if (ROOT_FILES.includes(name) || name === NOTES) continue;
    // Suggest by the name without its extension: `site.yml` → site.yaml, `redirect.yaml` → redirects.yaml.
    const stem = (file: string) => file.replace(/\.[^.]*$/, '');
    const nearStem = closest(stem(name), ROOT_FILES.map(stem));
    const near = suggestion(ROOT_FILES.find((file) => stem(file) === nearStem) ?? '', ROOT_FILES);
    const entryLike = /\.(?:ya?ml|mdx?)$/i.test(name);
    problems.push({
      file: at(name),
      zh: `网站不读取这个文件，它不会发布。content/ 下只直接放 ${ROOT_FILES.join('、')}。${near.zh ? `${near.zh}请改名。` : entryLike ? '条目文件要放进所属的文件夹（例如 tasks/、updates/、units/）。' : '请移走此文件。'}`,
      en: `the site reads no such file, so it is not published: directly under content/ go only ${ROOT_FILES.join(', ')}.${near.en ? `${near.en} Rename it.` : entryLike ? ' An entry goes into the folder of its kind (tasks/, updates/, units/ …).' : ' Move the file away.'}`,
    });
  }
  return problems;
}

/** Files in `geo/` other than the outline file site.yaml names (and notes). */
function geoProblems(projectRoot: string, contentDir: string, outlines: string | undefined): Problem[] {
  const folder = join(contentDir, GEO_FOLDER);
  let entries: Dirent[];
  try {
    entries = list(folder);
  } catch (error) {
    return [unreadable(`${displayPath(projectRoot, folder)}/`, error)];
  }
  // A named outline file that is missing is reported by its reader (readOutlines), which names the path.
  if (outlines?.startsWith(`${GEO_FOLDER}/`) && !entries.some((entry) => `${GEO_FOLDER}/${entry.name}` === outlines)) return [];
  const problems: Problem[] = [];
  for (const entry of entries) {
    const relativePath = `${GEO_FOLDER}/${entry.name}`;
    const file = displayPath(projectRoot, join(folder, entry.name));
    if (entry.isSymbolicLink()) {
      problems.push(notAPlainFile(projectRoot, file, join(folder, entry.name), entry, contentDir)!);
      continue;
    }
    if (relativePath === outlines || entry.name === NOTES) continue;
    problems.push({
      file: entry.isDirectory() ? `${file}/` : file,
      zh: outlines
        ? `site.yaml 的 map.outlines.file 写的是 ${outlines}，网站不读取这个文件。要用它作界线，请把 map.outlines.file 改为 ${relativePath}；否则请移走它。`
        : `site.yaml 没有设置 map.outlines.file，网站不读取这个文件。要用它作县区界线，请在 site.yaml 的 map.outlines.file 写上 ${relativePath}；否则请移走它。`,
      en: outlines
        ? `site.yaml names ${outlines} in map.outlines.file, so the site does not read this file: to use it, set map.outlines.file to ${relativePath}; otherwise move it away.`
        : `site.yaml sets no map.outlines.file, so the site does not read this file: to use it as the outlines, set map.outlines.file: ${relativePath}; otherwise move it away.`,
    });
  }
  return problems;
}
