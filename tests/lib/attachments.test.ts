import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/features/check/index.ts';
import { attachmentFile } from '../../src/features/check/attachments.ts';
import { writeContentFiles } from '../../src/features/check/content-files.ts';
import { documentSchema } from '../../src/schemas/document.ts';
import { copyFixture } from '../helpers/fixture-copy.ts';

const AS_OF = '2026-01-15';
const withAttachment = (path: string) => `title: 示例市整改方案\nkind: plan\nattachments:\n  - title: 方案全文\n    path: ${JSON.stringify(path)}\n`;

/** A fixture copy whose demo plan document names one attachment, and its public/ folder. */
function project(path: string) {
  const { root, content } = copyFixture();
  writeFileSync(join(content, 'documents/demo-plan.yaml'), withAttachment(path));
  const publicDir = join(root, 'public/documents');
  mkdirSync(publicDir, { recursive: true });
  writeFileSync(join(publicDir, 'plan.pdf'), '%PDF-1.4');
  return { root, content };
}
const attachmentProblems = (root: string) => checkContent({ projectRoot: root, contentDir: 'content', asOf: AS_OF }).problems.filter((found) => found.field?.startsWith('attachments'));

describe('document attachments', () => {
  it('accepts a site path to a file the site ships', () => {
    expect(attachmentProblems(project('/documents/plan.pdf').root)).toEqual([]);
  });

  it('refuses a path to another host, out of the folder, or that a browser would rewrite', () => {
    const refused = ['https://evil.example/plan.pdf', '//evil.example/plan.pdf', 'javascript:alert(1)', '/documents/../../package.json', '/documents/..', '/documents\\plan.pdf', 'documents/plan.pdf', '/documents//plan.pdf', '/documents/plan.pdf?x=1', '/documents/%2e%2e/x', '/documents/plan .pdf', '/documents/'];
    for (const path of refused) {
      const result = documentSchema.safeParse({ title: 't', kind: 'plan', attachments: [{ title: 'a', path }] });
      expect(result.success, path).toBe(false);
      expect(result.error!.issues[0]!.message, path).toContain('附件路径应是本站的文件路径');
    }
    for (const path of ['/documents/plan.pdf', '/文件/巴中方案-2022.pdf', '/documents/v1.2/plan.pdf']) {
      expect(documentSchema.safeParse({ title: 't', kind: 'plan', attachments: [{ title: 'a', path }] }).success, path).toBe(true);
    }
  });

  it('names a missing attachment file with its line, field and where to put it', () => {
    const { root } = project('/documents/missing.pdf');
    expect(attachmentProblems(root)).toEqual([
      expect.objectContaining({ file: 'content/documents/demo-plan.yaml', line: 5, field: 'attachments[0].path', zh: expect.stringContaining('public/documents/missing.pdf 不存在') }),
    ]);
  });

  it('counts a file spelt in another case, or a folder, as missing, since the web server is case-sensitive', () => {
    expect(attachmentProblems(project('/documents/Plan.PDF').root)).toHaveLength(1);
    expect(attachmentProblems(project('/documents/plan.pdf/x').root)).toHaveLength(1);
    const { root } = project('/documents/folder');
    mkdirSync(join(root, 'public/documents/folder'));
    expect(attachmentProblems(root)).toHaveLength(1);
  });

  it('looks for attachments in public/ through one function', () => {
    expect(attachmentFile('/site', '/site/content', '/documents/plan.pdf')).toBe(join('/site', 'public', 'documents', 'plan.pdf'));
  });

  it('lets a tool write new content while attachments stay in public/, and leaves public/ in place', () => {
    const { root, content } = project('/documents/plan.pdf');
    const unit = 'name: 示例市交通运输局\nkind: department\njurisdiction: demo-city\n';
    const result = writeContentFiles({ projectRoot: root, contentDir: content, writes: [{ relative: 'units/transport.yaml', text: unit }], asOf: AS_OF });
    expect(result.problems).toEqual([]);
    expect(existsSync(join(root, 'public/documents/plan.pdf'))).toBe(true);
  });
});
