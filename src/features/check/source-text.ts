import { lstatSync, readFileSync, realpathSync, statSync, type Stats } from 'node:fs';
import { isAbsolute, relative } from 'node:path';
import { analyse } from 'chardet';
import type { Problem } from './problem.ts';

/**
 * The largest content file read. The largest real one (a plan with its body) is under 20 KB;
 * a file this big is a mistake (a pasted export, a binary), and reading it would stall the check.
 */
export const MAX_CONTENT_BYTES = 5 * 1024 * 1024;

const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true });

/** How to re-save a file as UTF-8 in the editors staff use. */
const RESAVE_ZH =
  '请用 UTF-8 编码重新保存：记事本“文件 → 另存为”，“编码”选 UTF-8；WPS“文件 → 另存为”，编码选 UTF-8；VS Code 点右下角的编码 →“通过编码重新打开”选原编码，再点一次 →“通过编码保存”选 UTF-8。';
const RESAVE_EN =
  're-save it as UTF-8: Notepad "Save as" → Encoding: UTF-8; WPS "Save as" → encoding UTF-8; VS Code: click the encoding in the status bar → "Reopen with Encoding" (the old one), then "Save with Encoding" → UTF-8.';

/** Staff-facing names of the encodings a Chinese office produces. */
const ENCODING_NAMES: Record<string, string> = {
  GB18030: 'GBK（GB18030，简体中文 Windows、Excel、WPS 的默认编码）',
  Big5: 'Big5（繁体中文）',
  'UTF-16LE': 'UTF-16',
  'UTF-16BE': 'UTF-16',
  Shift_JIS: 'Shift_JIS（日文）',
  'EUC-JP': 'EUC-JP（日文）',
  'EUC-KR': 'EUC-KR（韩文）',
};

/** Encodings worth naming, with the decoder that tries them (chardet's names → WHATWG labels). */
const DECODER_LABELS: Record<string, string> = {
  GB18030: 'gb18030',
  Big5: 'big5',
  'UTF-16LE': 'utf-16le',
  'UTF-16BE': 'utf-16be',
  Shift_JIS: 'shift_jis',
  'EUC-JP': 'euc-jp',
  'EUC-KR': 'euc-kr',
};

function decodesCleanly(bytes: Uint8Array, label: string): boolean {
  try {
    new TextDecoder(label, { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/**
 * The likeliest encoding of bytes that are not UTF-8, or null when they look like no text at all.
 * chardet ranks candidates; only those that decode the bytes without error count, and GB18030
 * wins a near tie, since a mainland office saves in GBK far more often than in Big5 or a
 * Japanese or Korean encoding.
 */
export function detectEncoding(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'UTF-16LE';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'UTF-16BE';
  // Without a mark, UTF-16 shows as zero bytes on one side of each pair (ASCII letters, digits, colons).
  const zeros = [0, 0];
  const sample = Math.min(bytes.length, 4096);
  for (let i = 0; i < sample; i++) if (bytes[i] === 0) zeros[i % 2]!++;
  if (zeros[1]! > sample / 8 && zeros[0]! < zeros[1]! / 8) return 'UTF-16LE';
  if (zeros[0]! > sample / 8 && zeros[1]! < zeros[0]! / 8) return 'UTF-16BE';
  const candidates = analyse(bytes).filter((match) => DECODER_LABELS[match.name] && decodesCleanly(bytes, DECODER_LABELS[match.name]!));
  if (candidates.length === 0) return null;
  const gb = candidates.find((match) => match.name === 'GB18030');
  if (gb && gb.confidence >= candidates[0]!.confidence - 20) return 'GB18030';
  return candidates[0]!.name;
}

/** 1-based line of the first byte that is not UTF-8 (or NUL). */
function lineOfFirstBadByte(bytes: Buffer): number {
  const text = bytes.toString('utf8');
  const bad = text.search(/[\uFFFD\0]/);
  let line = 1;
  for (let i = 0; i < (bad < 0 ? 0 : bad); i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

function encodingProblem(file: string, bytes: Buffer): Problem {
  const encoding = detectEncoding(bytes);
  if (!encoding) {
    return {
      file,
      zh: '这不是文本文件（像是 Word、Excel、图片或压缩包等二进制文件）。内容文件夹只放 UTF-8 编码的 .yaml 或 .md 文本文件：请移走此文件，或另存为文本。',
      en: 'this is not a text file (it looks like a Word or Excel file, an image or an archive): the content folder holds UTF-8 .yaml or .md text only; move it away or save it as text.',
    };
  }
  const name = ENCODING_NAMES[encoding] ?? encoding;
  return {
    file,
    line: encoding.startsWith('UTF-16') ? undefined : lineOfFirstBadByte(bytes),
    zh: `文件不是 UTF-8 编码，看起来是 ${name}，网站会显示成乱码。${RESAVE_ZH}`,
    en: `the file is not UTF-8: it looks like ${encoding}, and would be published as garbled text. ${RESAVE_EN}`,
  };
}

/** Why a path that is not a plain file cannot be read as content, or null for a plain file. */
export function notAPlainFile(projectRoot: string, file: string, path: string, stats: Pick<Stats, 'isSymbolicLink' | 'isDirectory' | 'isFile'>, contentDir?: string): Problem | null {
  if (stats.isSymbolicLink()) return symlinkProblem(projectRoot, file, path, contentDir);
  if (stats.isDirectory()) {
    return {
      file,
      zh: '这是一个文件夹，名字却像文件（以 .yaml、.md 等结尾）。请把文件夹改名，或换成同名的文件。',
      en: 'this is a folder named like a file (ending in .yaml, .md …): rename the folder, or put a file of that name here instead.',
    };
  }
  if (!stats.isFile()) {
    return {
      file,
      zh: '这不是普通文件（是管道、设备或套接字等特殊文件），无法作为内容读取。请删除它。',
      en: 'this is not a regular file (a pipe, device or socket): it cannot be read as content; delete it.',
    };
  }
  return null;
}

/**
 * A symbolic link is never followed: what it points to is not part of the content folder that
 * staff edit and review (it may be missing, loop, or lie anywhere on the machine).
 */
function symlinkProblem(projectRoot: string, file: string, path: string, contentDir?: string): Problem {
  let target: string | undefined;
  let reason: { zh: string; en: string };
  try {
    statSync(path);
    target = realpathSync(path);
    const inside = contentDir ? relative(contentDir, target) : '';
    const outside = contentDir !== undefined && (inside.startsWith('..') || isAbsolute(inside));
    reason = outside
      ? { zh: `它指向内容文件夹之外（${target}）`, en: `it points outside the content folder (${target})` }
      : { zh: `它指向 ${relative(projectRoot, target) || target}`, en: `it points to ${relative(projectRoot, target) || target}` };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    reason =
      code === 'ELOOP'
        ? { zh: '它循环指向自己', en: 'it points to itself in a loop' }
        : { zh: '它指向的文件不存在（断开的链接）', en: 'what it points to does not exist (a dangling link)' };
  }
  return {
    file,
    zh: `这是一个符号链接（快捷方式），${reason.zh}。内容文件夹不读链接：请把文件本身放在这里，或删除链接。`,
    en: `this is a symbolic link: ${reason.en}. The content folder does not follow links: put the file itself here, or delete the link.`,
  };
}

/** What to say when the operating system refuses to read a path. */
export function unreadable(file: string, error: unknown): Problem {
  const code = (error as NodeJS.ErrnoException).code ?? 'ERROR';
  const denied = code === 'EACCES' || code === 'EPERM';
  return {
    file,
    zh: denied
      ? '没有读取此文件（文件夹）的权限。请检查文件权限（例如 chmod a+r），或联系管理服务器的同事。'
      : `无法读取此文件（${code}）。请检查它是否完整、可以打开。`,
    en: denied ? 'no permission to read this file or folder: check its permissions (e.g. chmod a+r).' : `this file cannot be read (${code}): check that it is complete and opens.`,
  };
}

/**
 * Reads one content file as text: a plain file, not too big, in UTF-8 (a UTF-8 byte-order mark
 * is dropped). Anything else is a Problem that names what the file is and how to fix it.
 */
export function readContentText(projectRoot: string, file: string, path: string, contentDir?: string, known?: Stats): { text: string } | { problem: Problem } {
  let stats: Stats;
  try {
    stats = known ?? lstatSync(path);
  } catch (error) {
    return { problem: unreadable(file, error) };
  }
  const odd = notAPlainFile(projectRoot, file, path, stats, contentDir);
  if (odd) return { problem: odd };
  if (stats.size > MAX_CONTENT_BYTES) {
    const mb = (stats.size / 1024 / 1024).toFixed(1);
    return {
      problem: {
        file,
        zh: `文件太大（${mb} MB，内容文件最多 ${MAX_CONTENT_BYTES / 1024 / 1024} MB）。它很可能不是要发布的内容：请移走它，或把内容拆成多个文件。`,
        en: `the file is too big (${mb} MB; a content file is at most ${MAX_CONTENT_BYTES / 1024 / 1024} MB): it is probably not content to publish; move it away or split it.`,
      },
    };
  }
  // Node reads and decodes UTF-8 in one step, fastest for the usual file; only text that shows a
  // replacement character or a NUL is read again as bytes to tell what it is.
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    return { problem: unreadable(file, error) };
  }
  if (text.includes('\uFFFD') || text.includes('\0')) {
    let bytes: Buffer;
    try {
      bytes = readFileSync(path);
    } catch (error) {
      return { problem: unreadable(file, error) };
    }
    if (bytes.indexOf(0) >= 0) return { problem: encodingProblem(file, bytes) };
    try {
      // A replacement character written on purpose is UTF-8 all the same.
      STRICT_UTF8.decode(bytes);
    } catch {
      return { problem: encodingProblem(file, bytes) };
    }
  }
  // A UTF-8 byte-order mark (what Notepad writes) is dropped.
  return { text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text };
}
