import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';

/**
 * A repository folder for the web editor's "使用本地仓库" (Sveltia CMS: Work with Local
 * Repository), which asks Chrome for a folder with `showDirectoryPicker()`: a dialog a headless
 * browser cannot show. The folder is handed over from the page's Origin Private File System
 * instead, a real FileSystemDirectoryHandle, so the editor reads and writes it through the same
 * File System Access API as a folder on a staff member's disk.
 */

/** Files by path from the repository root (`content/site.yaml`), their bytes in base64 (attachments are binary). */
export type RepositoryFiles = Record<string, string>;

/** Every file under `root/folder`. */
export function repositoryFiles(root: string, folder = 'content'): RepositoryFiles {
  const files: RepositoryFiles = {};
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else files[relative(root, path)] = readFileSync(path).toString('base64');
    }
  };
  walk(join(root, folder));
  return files;
}

/**
 * Makes the folder picker of every page in `context` answer with a repository holding `files`
 * (and the `.git` folder the editor looks for to accept a folder as a repository root).
 */
export async function offerLocalRepository(context: BrowserContext, files: RepositoryFiles): Promise<void> {
  await context.addInitScript((repository: RepositoryFiles) => {
    Object.defineProperty(window, 'showDirectoryPicker', {
      configurable: true,
      value: async () => {
        const root = await navigator.storage.getDirectory();
        for (const [path, base64] of Object.entries(repository)) {
          const parts = path.split('/');
          let dir = root;
          for (const part of parts.slice(0, -1)) dir = await dir.getDirectoryHandle(part, { create: true });
          const writable = await (await dir.getFileHandle(parts.at(-1)!, { create: true })).createWritable();
          await writable.write(Uint8Array.from(atob(base64), (char) => char.charCodeAt(0)));
          await writable.close();
        }
        return root;
      },
    });
  }, { ...files, '.git/HEAD': Buffer.from('ref: refs/heads/main\n').toString('base64') });
}

/** The repository as the editor left it, without `.git`. */
export async function readLocalRepository(page: Page): Promise<RepositoryFiles> {
  return page.evaluate(async () => {
    const files: Record<string, string> = {};
    const walk = async (dir: FileSystemDirectoryHandle, prefix: string) => {
      for await (const [name, handle] of dir as unknown as AsyncIterable<[string, FileSystemHandle]>) {
        const path = `${prefix}${name}`;
        if (handle.kind === 'directory') {
          if (path !== '.git') await walk(handle as FileSystemDirectoryHandle, `${path}/`);
          continue;
        }
        const bytes = new Uint8Array(await (await (handle as FileSystemFileHandle).getFile()).arrayBuffer());
        let binary = '';
        for (const byte of bytes) binary += String.fromCharCode(byte);
        files[path] = btoa(binary);
      }
    };
    await walk(await navigator.storage.getDirectory(), '');
    return files;
  });
}
