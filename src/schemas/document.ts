import { z } from 'astro/zod';
import { link, partialDate } from './shared.ts';

export const DOCUMENT_KINDS = ['plan', 'task-list', 'feedback', 'regulation', 'notice', 'report', 'other'] as const;

/** The folder under `content/` that holds attachment files; the site publishes them under `/documents/`. */
export const ATTACHMENTS_FOLDER = 'attachments';

// One name segment an address can carry as it is: ASCII letters, digits, `-`, `_`, `~`, `.`, not
// starting with a dot (no `.`, `..` or hidden file). Chinese, spaces, `%`, `?` and `#` are
// rewritten by browsers, and a URL that changes cannot be a permalink.
const SEGMENT = '[A-Za-z0-9_~-][A-Za-z0-9._~-]*';
// A folder's name has no dot: `index.html/` (or `all.xml/`) would be a folder where the site writes a file.
const FOLDER = '[A-Za-z0-9_~-]+';
const ATTACHMENT_FILE = new RegExp(`^(?:${FOLDER}/)*${SEGMENT}\\.[A-Za-z0-9]+$`);

/**
 * The kinds of file an attachment may be, by extension: documents (PDF, OFD, Word, WPS, Excel,
 * presentations, text), data (CSV, JSON, GeoJSON), images and archives. A web page, a script, an
 * SVG or XML image runs code when opened, and would run it on the site's own address (where the
 * web editor lives): a hostile or careless upload must not be able to publish one.
 */
export const ATTACHMENT_EXTENSIONS = [
  'pdf', 'ofd', 'doc', 'docx', 'wps', 'rtf', 'odt', 'xls', 'xlsx', 'et', 'ods', 'ppt', 'pptx', 'dps', 'odp',
  'txt', 'md', 'csv', 'json', 'geojson', 'yaml', 'yml', 'jpg', 'jpeg', 'png', 'gif', 'webp', 'zip', '7z', 'rar',
] as const;

/**
 * Why `name` cannot be an attachment file (its path under `content/attachments/`), as a message
 * for staff, or null when it can. One rule for the `file` of a document and for the files found
 * in the folder, since every one of them is published at `/documents/<name>`.
 */
export function attachmentNameProblem(name: string): { zh: string; en: string } | null {
  if (ATTACHMENT_FILE.test(name)) {
    const extension = name.slice(name.lastIndexOf('.') + 1).toLowerCase();
    if ((ATTACHMENT_EXTENSIONS as readonly string[]).includes(extension)) return null;
    return {
      zh: `附件不能是 .${extension} 文件。网页、脚本、SVG 或 XML 打开时会在本站运行代码，不能作为附件发布；请转存为 PDF（或图片、表格）再上传。可以用的类型：${ATTACHMENT_EXTENSIONS.map((each) => `.${each}`).join(' ')}。`,
      en: `an attachment cannot be a .${extension} file: web pages, scripts, SVG and XML run code on the site's own address when opened. Save it as PDF (or an image or a spreadsheet) instead. Allowed: ${ATTACHMENT_EXTENSIONS.map((each) => `.${each}`).join(' ')}.`,
    };
  }
  if (/^[a-z][a-z0-9+.-]*:\/\/|^\/\//i.test(name)) {
    return {
      zh: `“${name}”是别的网站的地址，附件只能是本站 content/${ATTACHMENTS_FOLDER}/ 里的文件。外站的文件请写在 links 里（title 和 url）。`,
      en: `"${name}" is an address on another site; an attachment is a file in content/${ATTACHMENTS_FOLDER}/: put a file elsewhere under links (title and url).`,
    };
  }
  if (name.split(/[\\/]/).some((segment) => segment === '..')) {
    return {
      zh: `“${name}”用 .. 跳出了 content/${ATTACHMENTS_FOLDER}/ 文件夹。附件只能是这个文件夹里的文件：请把文件放进去，写它在文件夹中的名字，如 file: plan.pdf。`,
      en: `"${name}" climbs out of content/${ATTACHMENTS_FOLDER}/ with ..: an attachment is a file inside that folder; put it there and write its name in it, e.g. file: plan.pdf.`,
    };
  }
  if (/^[\\/]|^[A-Za-z]:/.test(name)) {
    const inFolder = name.replace(/^\/documents\//, '').replace(/^[\\/]+/, '');
    const suggested = ATTACHMENT_FILE.test(inFolder) ? inFolder : 'plan.pdf';
    return {
      zh: `“${name}”是绝对路径。附件写它在 content/${ATTACHMENTS_FOLDER}/ 文件夹中的名字，不以 / 或盘符开头：例如 file: ${suggested}（网址是 /documents/${suggested}）。`,
      en: `"${name}" is an absolute path: write the file's name inside content/${ATTACHMENTS_FOLDER}/, with no leading / or drive letter, e.g. file: ${suggested} (published at /documents/${suggested}).`,
    };
  }
  if (name.includes('\\')) {
    return {
      zh: `“${name}”用了反斜杠 \\。文件夹之间用 / 分隔，例如 file: 2022/plan.pdf。`,
      en: `"${name}" uses a backslash: separate folders with /, e.g. file: 2022/plan.pdf.`,
    };
  }
  const dottedFolder = name.split('/').slice(0, -1).find((segment) => segment.includes('.') && !segment.startsWith('.') && segment !== '..');
  if (dottedFolder && !/[^A-Za-z0-9._~/-]/.test(name)) {
    return {
      zh: `文件夹名“${dottedFolder}”带点，像一个文件名（网站会在 /documents/ 下写同名的页面或文件，两者冲突）。请把文件夹改名，不带点，例如 ${dottedFolder.replace(/\./g, '-')}，并改正 file。`,
      en: `the folder name "${dottedFolder}" has a dot, like a file name (the site may write a page or file of that name under /documents/, and the two would clash): rename the folder without dots, e.g. ${dottedFolder.replace(/\./g, '-')}, and correct file.`,
    };
  }
  // What is left: a character an address cannot carry, a hidden name, an empty folder name, or no extension.
  if (/[^A-Za-z0-9._~/-]/.test(name) || name.split('/').some((segment) => segment === '' || segment.startsWith('.')) || /\.[A-Za-z0-9]+$/.test(name)) {
    return {
      zh: `附件文件名“${name}”不能直接用作网址：只能用英文字母、数字、连字符 -、下划线 _ 和点，不能有中文、空格、%、?、#，也不能以点开头。请把文件改名，例如 plan-2022.pdf，并改正 file。`,
      en: `the attachment name "${name}" cannot be used in an address as it is: use ASCII letters, digits, -, _ and dots only (no Chinese, spaces, %, ?, #, no leading dot); rename the file, e.g. plan-2022.pdf, and correct file.`,
    };
  }
  return {
    zh: `“${name}”没有扩展名。附件文件名要带扩展名，如 plan.pdf、plan.txt。`,
    en: `"${name}" has no extension: an attachment's name ends with one, e.g. plan.pdf, plan.txt.`,
  };
}

const attachmentFile = z.string().superRefine((name, ctx) => {
  const problem = attachmentNameProblem(name);
  if (problem) ctx.addIssue({ code: 'custom', message: `${problem.zh}\n${problem.en}`, input: name });
});

/** An attachment as deployments wrote it before attachments moved into `content/`: the fix, with its new name. */
function movedAttachmentMessage(input: unknown): string | undefined {
  const path = input && typeof input === 'object' ? (input as { path?: unknown }).path : undefined;
  if (typeof path !== 'string') return undefined;
  const name = path.replace(/^\/documents\//, '').replace(/^\/+/, '');
  return `附件不再写 path（public/ 下的网址）：文件放在 content/${ATTACHMENTS_FOLDER}/ 里，用 file 写它在该文件夹中的名字。请把 public${path} 移到 content/${ATTACHMENTS_FOLDER}/${name}，并把 path: ${path} 改为 file: ${name}（网址仍是 /documents/${name}）。\nAttachments no longer take path (a site path under public/): the file lives in content/${ATTACHMENTS_FOLDER}/ and file names it there. Move public${path} to content/${ATTACHMENTS_FOLDER}/${name} and write file: ${name} instead of path (it is still published at /documents/${name}).`;
}

/** A file of the document published with the site: `content/attachments/<file>`, at `/documents/<file>`. */
export const attachmentSchema = z.strictObject(
  {
    /** What the file is, as a link text: `方案全文（含附件任务清单），纯文本`. */
    title: z.string().min(1),
    /** Its name in `content/attachments/` (`bazhong-plan.txt`, or `2022/plan.pdf` in a subfolder). */
    file: attachmentFile,
    /** Its format as readers know it: `PDF`, `TXT`. */
    format: z.string().optional(),
  },
  {
    error: (issue) => (issue.code === 'unrecognized_keys' && issue.keys.includes('path') ? movedAttachmentMessage(issue.input) : undefined),
  },
);
export type Attachment = z.output<typeof attachmentSchema>;

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
  /** Files published with the site: each in `content/attachments/`, named by `file`. */
  attachments: z.array(attachmentSchema).default([]),
  note: z.string().optional(),
});
export type LedgerDocument = z.output<typeof documentSchema>;
