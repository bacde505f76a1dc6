import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import type { z } from 'astro/zod';
import { adminPolicy, contentSubfolders, sveltiaPackageDir, writeAdminFiles } from '../../src/features/cms/admin-files.ts';
import { backendConfig, cmsConfig, collectionFields, schemaFields, type CmsField } from '../../src/features/cms/config.ts';
import { cmsSettings, siteSchema } from '../../src/schemas/site.ts';
import { checkContent } from '../../src/features/check/index.ts';
import { COLLECTIONS, type CollectionName } from '../../src/schemas/collections.ts';
import { listPages, readPageFacts } from '../../src/features/built-site/pages.ts';
import { headersFile } from '../../src/features/site/security-policy.ts';
import { BAZHONG } from '../helpers/fixture-copy.ts';
import { tempDir } from '../helpers/temp-dir.ts';

const NAMES = Object.keys(COLLECTIONS) as CollectionName[];
const CMS = { backend: 'github', repo: 'example/ledger', branch: 'main' } as const;

function allFields(fields: readonly CmsField[], path = ''): [string, CmsField][] {
  return fields.flatMap((field) => {
    const here = `${path}${field.name}`;
    return [[here, field] as [string, CmsField], ...allFields(field.fields ?? [], `${here}.`), ...(field.field?.fields ? allFields(field.field.fields, `${here}.`) : [])];
  });
}

describe('the web editor configuration, generated from the schemas', () => {
  it.each(NAMES)('gives every field of %s a Chinese label', (name) => {
    const unnamed = allFields(collectionFields(name)).filter(([, field]) => field.label === field.name);
    expect(unnamed.map(([path]) => path)).toEqual([]);
  });

  it.each(NAMES)('has exactly the fields of the %s schema, required where the schema requires them', (name) => {
    const shape = (COLLECTIONS[name].schema as unknown as { def: { shape: Record<string, z.ZodType> } }).def.shape;
    const fields = collectionFields(name);
    expect(fields.map((field) => field.name)).toEqual(Object.keys(shape));
    for (const field of fields) {
      // A field the schema accepts leaving out must not be required by the editor, and the other way round.
      const optional = shape[field.name]!.safeParse(undefined).success;
      expect(field.required === false, `${name}.${field.name}`).toBe(optional);
    }
  });

  it('names no deployment in its labels and hints: every city publishes the same editor', () => {
    const text = JSON.stringify([...NAMES.map((name) => collectionFields(name)), schemaFields(siteSchema, 'site')]);
    expect(text).not.toMatch(/bazhong|巴中|四川|sichuan/i);
  });

  it('gives every field of site.yaml a Chinese label, required where the schema requires it', () => {
    const fields = schemaFields(siteSchema, 'site');
    expect(allFields(fields).filter(([, field]) => field.label === field.name).map(([path]) => path)).toEqual([]);
    expect(fields.filter((field) => field.required !== false).map((field) => field.name)).toEqual(['title', 'shortTitle', 'publisher', 'description', 'url', 'dataLicence']);
  });

  it('leaves a record out of the form (site.yaml holidays: notices by year), where no editor widget fits', () => {
    const names = schemaFields(siteSchema, 'site').map((field) => field.name);
    expect(names).not.toContain('holidays');
    expect(names).toContain('bulletinPeriod');
  });

  it('leaves an optional field that staff left empty out of the saved file', () => {
    // Saved as `place: ''` or `evidence: null`, it would fail the check (tests/e2e/editor.test.ts saves one).
    expect(cmsConfig({ cms: CMS, folders: {} }).output).toEqual({ omit_empty_optional_fields: true });
  });

  it('offers the statuses staff may report, and only those', () => {
    const status = collectionFields('updates').find((field) => field.name === 'status')!;
    expect(status).toMatchObject({ widget: 'select', options: ['未启动', '序时推进', '已完成', '已验收销号', '长期坚持', '重新整改'] });
  });

  it('knows every field the Bazhong content files use', () => {
    const { input } = checkContent({ projectRoot: BAZHONG });
    for (const name of NAMES) {
      const known = new Set(allFields(collectionFields(name)).map(([path]) => path));
      for (const entry of input[name] as { id: string; data: Record<string, unknown> }[]) {
        for (const key of Object.keys(entry.data)) expect(known, `${name}/${entry.id}: ${key}`).toContain(key);
      }
    }
  });

  it("offers a place's kind as a choice among the kinds site.yaml declares, labelled in Chinese", () => {
    const config = cmsConfig({ cms: CMS, folders: {}, placeKinds: [{ id: 'landfill', label: '垃圾填埋场' }, { id: 'incinerator', label: '焚烧厂' }] });
    const places = config.collections.find((collection) => collection.name === 'places')!;
    const kind = 'fields' in places ? places.fields.find((field) => field.name === 'kind') : undefined;
    expect(kind).toMatchObject({ widget: 'select', options: [{ label: '垃圾填埋场（landfill）', value: 'landfill' }, { label: '焚烧厂（incinerator）', value: 'incinerator' }] });
  });

  it('makes one editor collection per content folder, so files in sub-folders are found', () => {
    const config = cmsConfig({ cms: CMS, folders: contentSubfolders(join(BAZHONG, 'content')) });
    const folders = config.collections.map((collection) => ('folder' in collection ? collection.folder : undefined));
    expect(folders).toContain('content/updates/bazhong-cei2');
    expect(folders).toContain('content/units/bazhong');
    expect(folders).toContain('content/places/bazhong-cei2/mining-rights');
    expect(folders).toContain('content/jurisdictions');
    const plans = config.collections.find((collection) => 'folder' in collection && collection.folder === 'content/plans')!;
    expect(plans).toMatchObject({ extension: 'md', format: 'frontmatter' });
    expect('fields' in plans && plans.fields.at(-1)).toMatchObject({ name: 'body', widget: 'markdown' });
    const site = config.collections.find((collection) => collection.name === 'site');
    expect(site).toMatchObject({ files: [{ file: 'content/site.yaml' }] });
    expect(config.backend).toEqual({ name: 'github', repo: 'example/ledger', branch: 'main' });
  });
});

describe('the /admin/ files', () => {
  it('serve Sveltia CMS from the site itself, its fonts included, with a policy that names only the git host', () => {
    const dist = tempDir('admin');
    const result = writeAdminFiles({ distDir: dist, contentDir: join(BAZHONG, 'content'), title: '示例台账', cms: CMS });
    expect(result.unresolvedCdnUrls).toEqual([]);
    const html = readFileSync(join(dist, 'admin/index.html'), 'utf8');
    expect(html).toContain('<script src="sveltia-cms.js"></script>');
    expect(html).not.toMatch(/<script[^>]+src="https?:/);
    expect(html).toContain(adminPolicy(CMS));
    // The site's own icon: without one, the browser asks the host for /favicon.ico, which a site under a base path does not serve.
    expect(html).toContain('<link rel="icon" href="../favicon.svg" type="image/svg+xml">');
    const script = readFileSync(join(dist, 'admin/sveltia-cms.js'), 'utf8');
    expect(script).not.toContain('cdn.jsdelivr.net/fontsource');
    // Its interface in Chinese and its version come from the site, not from unpkg.com, and no helper is fetched from there either.
    expect(script).not.toContain('unpkg.com');
    const { version } = JSON.parse(readFileSync(join(sveltiaPackageDir(), 'package.json'), 'utf8'));
    expect(JSON.parse(readFileSync(join(dist, `admin/sveltia-cms@${version}/locales/zh-CN.json`), 'utf8'))).toMatchObject({ work_with_local_repo: '使用本地仓库' });
    expect(JSON.parse(readFileSync(join(dist, 'admin/sveltia-cms/package.json'), 'utf8'))).toMatchObject({ version });
    expect(statSync(join(dist, 'admin/fonts/material-symbols-outlined.woff2')).size).toBeGreaterThan(10_000);
    // The editor is large; its size is reported by the build and noted in docs/cms.md.
    expect(result.scriptBytes).toBeLessThan(3_000_000);
    const config = parse(readFileSync(join(dist, 'admin/config.yml'), 'utf8'));
    expect(config.collections.length).toBeGreaterThanOrEqual(9);
    expect(adminPolicy(CMS)).toContain("connect-src 'self' blob: data: https://api.github.com https://github.com https://www.githubstatus.com;");
  });

  it('let the editor reach a self-hosted forge, and nothing else', () => {
    const forgejo = { backend: 'gitea', repo: 'eco/ledger', branch: 'main', baseUrl: 'https://git.example.gov.cn/' } as const;
    expect(adminPolicy(forgejo)).toContain("connect-src 'self' blob: data: https://git.example.gov.cn;");
    expect(adminPolicy(forgejo)).toContain("img-src 'self' data: blob: https://git.example.gov.cn;");
    // Without api_root the editor would call gitea.com's API whatever base_url says.
    expect(backendConfig(forgejo)).toEqual({ name: 'gitea', repo: 'eco/ledger', branch: 'main', base_url: 'https://git.example.gov.cn/', api_root: 'https://git.example.gov.cn/api/v1' });
    // Staff sign in with their forge account through its OAuth application, when site.yaml names one.
    expect(backendConfig({ ...forgejo, appId: 'abc-123' })).toMatchObject({ app_id: 'abc-123' });
    expect(backendConfig({ ...forgejo, backend: 'gitlab', appId: 'abc-123' })).toMatchObject({ api_root: 'https://git.example.gov.cn/api/v4', app_id: 'abc-123', auth_type: 'pkce' });
    expect(cmsSettings.safeParse({ ...CMS, appId: 'abc-123' }).error?.issues[0]).toMatchObject({ path: ['appId'] });
    // On GitHub, baseUrl is the sign-in service; the API stays api.github.com.
    const github = { ...CMS, baseUrl: 'https://auth.example.gov.cn' };
    expect(backendConfig(github)).toEqual({ name: 'github', repo: 'example/ledger', branch: 'main', base_url: 'https://auth.example.gov.cn' });
    expect(adminPolicy(github)).toContain('https://api.github.com https://github.com https://auth.example.gov.cn https://www.githubstatus.com;');
  });

  it('send the editor its own policy in _headers, the public pages keeping theirs', () => {
    const dist = tempDir('admin');
    writeFileSync(join(dist, 'index.html'), `<!doctype html><html><head><meta http-equiv="Content-Security-Policy" content="default-src 'self'"></head></html>`);
    writeAdminFiles({ distDir: dist, contentDir: join(BAZHONG, 'content'), title: '示例台账', cms: CMS });
    const pages = listPages(dist).map((page) => ({ path: page.path, policy: readPageFacts(readFileSync(page.file, 'utf8')).policy ?? '' }));
    const headers = headersFile(pages);
    expect(headers).toContain(`/admin/\n  Content-Security-Policy: ${adminPolicy(CMS)}`);
    expect(headers).toContain(`/\n  Content-Security-Policy: default-src 'self'`);
  });
});
