import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { stringify } from 'yaml';
import { COLLECTIONS, type CollectionName } from '../../schemas/collections.ts';
import type { CmsSettings } from '../../schemas/site.ts';
import { cmsConfig } from './config.ts';

/**
 * The files of the web editor written into a built site's `admin/` folder: the page, the
 * configuration generated from the schemas, and Sveltia CMS's script copied from its npm
 * package (never loaded from a CDN). The script asks a CDN for three web fonts, for its
 * interface in any language but English and for its latest version number; those URLs are
 * pointed at copies from the package, so the editor requests nothing but the site and the git
 * host's API.
 */

const require = createRequire(import.meta.url);

/** The Sveltia CMS package folder (its exports name only the module entry, `npm/index.js`). */
export function sveltiaPackageDir(): string {
  return dirname(dirname(require.resolve('@sveltia/cms')));
}

/** CDN font files the bundle names → the same font shipped in the package's `npm/assets/`. */
const FONTS: { cdn: RegExp; asset: RegExp; file: string }[] = [
  { cdn: /https:\/\/cdn\.jsdelivr\.net\/fontsource\/fonts\/material-symbols-outlined[^)"'`\s]*\.woff2/g, asset: /^material-symbols-outlined-latin-wght-normal-.*\.woff2$/, file: 'material-symbols-outlined.woff2' },
  { cdn: /https:\/\/cdn\.jsdelivr\.net\/fontsource\/fonts\/noto-mono[^)"'`\s]*\.woff2/g, asset: /^noto-mono-latin-400-normal-.*\.woff2$/, file: 'noto-mono.woff2' },
  { cdn: /https:\/\/cdn\.jsdelivr\.net\/fontsource\/fonts\/source-sans-3[^)"'`\s]*\.woff2/g, asset: /^source-sans-3-latin-wght-normal-.*\.woff2$/, file: 'source-sans-3.woff2' },
];

/**
 * The CDN folder of the package, from which the script fetches the strings of its interface in
 * every language but English (`<cdn>@<version>/locales/zh-CN.json`) and, every hour, the latest
 * version (`<cdn>/package.json`). Blocked by the editor's policy, a Chinese browser retried the
 * strings without end and never showed the editor.
 */
const PACKAGE_CDN = 'https://unpkg.com/@sveltia/cms';
/** The same folder on the site, beside the script (a path relative to `/admin/`). */
const PACKAGE_COPY = 'sveltia-cms';
/**
 * Where Sveltia fetches its other helpers when a field first needs one (image encoders, EXIF,
 * rich-text paste, map drawing: `https://unpkg.com/<package>@<version>/…`). The site ships none of
 * them, so they point at a folder of the site that does not exist: the editor asks no other host
 * for anything, and fails as it did when the policy blocked the CDN.
 */
const HELPERS_CDN = 'https://unpkg.com/';
const HELPERS_NOT_SHIPPED = `${PACKAGE_COPY}/not-shipped/`;

/** The sub-folders of each collection that hold content files (`updates` → [`bazhong-cei2`]). */
export function contentSubfolders(contentDir: string): Partial<Record<CollectionName, string[]>> {
  const folders: Partial<Record<CollectionName, string[]>> = {};
  for (const [name, spec] of Object.entries(COLLECTIONS) as [CollectionName, (typeof COLLECTIONS)[CollectionName]][]) {
    const root = join(contentDir, spec.folder);
    if (!existsSync(root)) continue;
    const found = new Set<string>();
    const walk = (dir: string, rel: string) => {
      for (const entry of readdirSync(dir).sort()) {
        const path = join(dir, entry);
        if (statSync(path).isDirectory()) walk(path, rel ? `${rel}/${entry}` : entry);
        else found.add(rel);
      }
    };
    walk(root, '');
    folders[name] = [...found];
  }
  return folders;
}

/**
 * Each hosted forge: its API and sign-in, where it serves avatars and images, and the status
 * page the editor asks every few minutes to tell staff when the forge is down.
 */
const HOSTED_FORGE: Record<CmsSettings['backend'], { hosts: string[]; images?: string; status?: string }> = {
  github: { hosts: ['https://api.github.com', 'https://github.com'], images: 'https://*.githubusercontent.com', status: 'https://www.githubstatus.com' },
  gitlab: { hosts: ['https://gitlab.com'], status: 'https://status-api.hostedstatus.com' },
  gitea: { hosts: ['https://gitea.com'] },
};

/**
 * The hosts the editor talks to (`hosts`), loads images from (`images`) and asks for the
 * forge's status (`status`): the hosted forge, or the self-hosted GitLab or Gitea at `baseUrl`,
 * which serves everything itself. For GitHub, `baseUrl` is the sign-in service.
 */
function forgeHosts(cms: CmsSettings): { hosts: string[]; images: string[]; status: string[] } {
  const own = cms.baseUrl ? [new URL(cms.baseUrl).origin] : [];
  if (cms.backend !== 'github' && own.length) return { hosts: own, images: [], status: [] };
  const { hosts, images, status } = HOSTED_FORGE[cms.backend];
  return { hosts: [...hosts, ...own], images: images ? [images] : [], status: status ? [status] : [] };
}

/** The editor page's own policy: the site's rules, plus what the editor needs of the git host, and nothing else. */
export function adminPolicy(cms: CmsSettings): string {
  const { hosts, images, status } = forgeHosts(cms);
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "font-src 'self'",
    ["img-src 'self' data: blob:", ...hosts, ...images].join(' '),
    "media-src 'self' blob:",
    "frame-src 'self' blob:",
    ["connect-src 'self' blob: data:", ...hosts, ...status].join(' '),
    "object-src 'none'",
    "base-uri 'self'",
  ].join('; ');
}

function adminPage(title: string, cms: CmsSettings): string {
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<meta http-equiv="Content-Security-Policy" content="${adminPolicy(cms)}">
<title>内容管理 · ${title.replace(/[<&"]/g, '')}</title>
<link rel="icon" href="../favicon.svg" type="image/svg+xml">
<link href="config.yml" type="application/yaml" rel="cms-config-url">
</head>
<body>
<noscript>内容管理后台需要启用 JavaScript。也可以直接编辑 content/ 下的文件（见工作人员指南）。</noscript>
<script src="sveltia-cms.js"></script>
</body>
</html>
`;
}

export interface AdminFiles {
  /** Bytes of the editor's script as served. */
  scriptBytes: number;
  /** CDN URLs of fonts, of the package and of its helpers still in the script (a new Sveltia version may rename them). */
  unresolvedCdnUrls: string[];
}

/** Writes `admin/index.html`, `admin/config.yml`, the script and its fonts into `distDir`. */
export function writeAdminFiles(options: { distDir: string; contentDir: string; title: string; cms: CmsSettings; placeKinds?: readonly { id: string; label: string }[] }): AdminFiles {
  const admin = join(options.distDir, 'admin');
  mkdirSync(join(admin, 'fonts'), { recursive: true });
  const pkg = sveltiaPackageDir();
  let script = readFileSync(join(pkg, 'dist/sveltia-cms.js'), 'utf8');
  const assets = readdirSync(join(pkg, 'npm/assets'));
  for (const font of FONTS) {
    const asset = assets.find((name) => font.asset.test(name));
    if (!asset) continue;
    writeFileSync(join(admin, 'fonts', font.file), readFileSync(join(pkg, 'npm/assets', asset)));
    script = script.replace(font.cdn, `fonts/${font.file}`);
  }
  // The interface strings of every language, and as the latest version the one the site ships:
  // the editor is updated with the site's dependencies, never from the CDN.
  const { version } = JSON.parse(readFileSync(join(pkg, 'package.json'), 'utf8')) as { version: string };
  cpSync(join(pkg, 'locales'), join(admin, `${PACKAGE_COPY}@${version}`, 'locales'), { recursive: true });
  mkdirSync(join(admin, PACKAGE_COPY), { recursive: true });
  writeFileSync(join(admin, PACKAGE_COPY, 'package.json'), `${JSON.stringify({ name: '@sveltia/cms', version })}\n`);
  script = script.replaceAll(PACKAGE_CDN, PACKAGE_COPY).replaceAll(HELPERS_CDN, HELPERS_NOT_SHIPPED);
  writeFileSync(join(admin, 'sveltia-cms.js'), script);
  const config = cmsConfig({ cms: options.cms, folders: contentSubfolders(options.contentDir), placeKinds: options.placeKinds });
  writeFileSync(join(admin, 'config.yml'), `# Generated from src/schemas/ at build time (src/features/cms/config.ts): do not edit.\n${stringify(config, { lineWidth: 0 })}`);
  writeFileSync(join(admin, 'index.html'), adminPage(options.title, options.cms));
  const unresolved = /https:\/\/cdn\.jsdelivr\.net\/[^)"'`\s]*\.woff2|https:\/\/unpkg\.com[^)"'`\s]*/g;
  return { scriptBytes: Buffer.byteLength(script), unresolvedCdnUrls: [...script.matchAll(unresolved)].map((m) => m[0]) };
}
