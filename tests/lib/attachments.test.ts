import { existsSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent, formatProblems } from '../../src/features/check/index.ts';
import { attachmentFile } from '../../src/features/check/attachments.ts';
import { writeContentFiles } from '../../src/features/check/content-files.ts';
import { documentSchema } from '../../src/schemas/document.ts';
import { copyFixture } from '../helpers/fixture-copy.ts';
import { tempDir } from '../helpers/temp-dir.ts';

const AS_OF = '2026-01-15';
const withAttachment = (file: string) => `title: 示例市整改方案\nkind: plan\nattachments:\n  - title: 方案全文\n    file: ${JSON.stringify(file)}\n`;

/** A fixture copy whose demo plan document names one attachment, with plan.pdf in content/attachments/. */
function project(file: string) {
  const { root, content } = copyFixture();
  writeFileSync(join(content, 'documents/demo-plan.yaml'), withAttachment(file));
  mkdirSync(join(content, 'attachments'), { recursive: true });
  writeFileSync(join(content, 'attachments/plan.pdf'), '%PDF-1.4');
  return { root, content };
}
const check = (root: string) => checkContent({ projectRoot: root, contentDir: 'content', asOf: AS_OF });
const attachmentProblems = (root: string) => check(root).problems.filter((found) => found.field?.startsWith('attachments'));
const schemaMessage = (file: string) => {
  const result = documentSchema.safeParse({ title: 't', kind: 'plan', attachments: [{ title: 'a', file }] });
  return result.success ? null : result.error.issues[0]!.message;
};

describe('document attachments', () => {
  it('accepts a file of content/attachments/ and publishes it, and only what the check accepted', () => {
    const { root } = project('plan.pdf');
    const result = check(root);
    expect(formatProblems(result.problems)).toBe('');
    expect(result.attachments).toEqual(['muni-feedback.txt', 'plan.pdf']);
  });

  it('refuses a name that leaves the folder, is absolute, is on another host or cannot be an address, saying what to write', () => {
    const cases: [string, string][] = [
      ['../tasks/demo/01.yaml', '用 .. 跳出了 content/attachments/ 文件夹'],
      ['docs/../../package.json', '用 .. 跳出了'],
      ['/etc/passwd', '是绝对路径'],
      ['/documents/plan.pdf', '例如 file: plan.pdf（网址是 /documents/plan.pdf）'],
      ['C:/plans/plan.pdf', '是绝对路径'],
      ['https://evil.example/plan.pdf', '是别的网站的地址'],
      ['//evil.example/plan.pdf', '是别的网站的地址'],
      ['docs\\plan.pdf', '用了反斜杠'],
      ['plan', '没有扩展名'],
      ['方案.pdf', '不能有中文、空格、%、?、#'],
      ['plan .pdf', '不能有中文、空格'],
      ['plan.pdf?x=1', '不能有中文、空格'],
      ['.hidden.pdf', '也不能以点开头'],
    ];
    for (const [file, says] of cases) {
      const message = schemaMessage(file);
      expect(message, file).toContain(says);
      expect(message!.split('\n')[1]!.length, file).toBeGreaterThan(20);
    }
    for (const file of ['plan.pdf', '2022/bazhong-plan_v1.2.pdf', 'a~b.TXT']) expect(schemaMessage(file), file).toBeNull();
  });

  it('names a missing attachment file with its line, field and the file nearest in spelling', () => {
    expect(attachmentProblems(project('missing.pdf').root)).toEqual([
      expect.objectContaining({ file: 'content/documents/demo-plan.yaml', line: 5, field: 'attachments[0].file', zh: expect.stringContaining('content/attachments/missing.pdf 不存在') }),
    ]);
    const [spelt] = attachmentProblems(project('Plan.PDF').root);
    expect(spelt!.zh).toContain('是否想写 file: plan.pdf？');
  });

  it('counts a folder, or a path through a file, as missing', () => {
    expect(attachmentProblems(project('plan.pdf/x.pdf').root)).toHaveLength(1);
    const { root, content } = project('folder.pdf');
    mkdirSync(join(content, 'attachments/folder.pdf'));
    expect(attachmentProblems(root)).toEqual([expect.objectContaining({ zh: expect.stringContaining('content/attachments/folder.pdf 不存在') })]);
  });

  it('never follows a link out of the content folder: the link is named, and the document is told why its file is not published', () => {
    const outside = tempDir('outside');
    writeFileSync(join(outside, 'secret.txt'), 'not content');
    mkdirSync(join(outside, 'folder'));
    writeFileSync(join(outside, 'folder/plan.pdf'), '%PDF-1.4');
    const { root, content } = project('secret.txt');
    symlinkSync(join(outside, 'secret.txt'), join(content, 'attachments/secret.txt'));
    const result = check(root);
    expect(result.attachments).toEqual(['muni-feedback.txt', 'plan.pdf']);
    expect(result.problems).toContainEqual(expect.objectContaining({ file: 'content/attachments/secret.txt', zh: expect.stringContaining('它指向内容文件夹之外') }));
    expect(result.problems).toContainEqual(expect.objectContaining({ field: 'attachments[0].file', zh: expect.stringContaining('经过链接（快捷方式）content/attachments/secret.txt') }));

    const linked = project('folder/plan.pdf');
    symlinkSync(join(outside, 'folder'), join(linked.content, 'attachments/folder'));
    const through = check(linked.root);
    expect(through.attachments).toEqual(['muni-feedback.txt', 'plan.pdf']);
    expect(through.problems).toContainEqual(expect.objectContaining({ field: 'attachments[0].file', zh: expect.stringContaining('经过链接（快捷方式）content/attachments/folder') }));

    // The attachments folder itself may not be a link either.
    const { root: linkedRoot, content: linkedContent } = copyFixture();
    rmSync(join(linkedContent, 'attachments'), { recursive: true });
    symlinkSync(outside, join(linkedContent, 'attachments'));
    const folderLink = check(linkedRoot);
    expect(folderLink.attachments).toEqual([]);
    expect(folderLink.problems).toContainEqual(expect.objectContaining({ file: 'content/attachments/', zh: expect.stringContaining('符号链接') }));
  });

  it('refuses a file in the folder whose name cannot be an address, or that carries a personal number, though no document names it', () => {
    const { root, content } = project('plan.pdf');
    writeFileSync(join(content, 'attachments/巴中方案.pdf'), '%PDF-1.4');
    writeFileSync(join(content, 'attachments/notes.txt'), '联系人手机 13812345678');
    const result = check(root);
    expect(result.attachments).toEqual(['muni-feedback.txt', 'plan.pdf']);
    expect(result.problems).toContainEqual(expect.objectContaining({ file: 'content/attachments/巴中方案.pdf', zh: expect.stringContaining('这个文件会发布在 /documents/巴中方案.pdf，但') }));
    expect(result.problems).toContainEqual(expect.objectContaining({ file: 'content/attachments/notes.txt', zh: expect.stringContaining('手机号码') }));
  });

  it('refuses a web page, a script, an SVG or XML file, which would run code on the site (and could replace a page of it)', () => {
    const { root, content } = project('plan.pdf');
    mkdirSync(join(content, 'attachments/demo-plan'));
    writeFileSync(join(content, 'attachments/demo-plan/index.html'), '<p>x</p>');
    for (const name of ['evil.html', 'evil.HTM', 'evil.js', 'evil.mjs', 'chart.svg', 'data.xml', 'page.xhtml']) writeFileSync(join(content, 'attachments', name), 'x');
    writeFileSync(join(content, 'attachments/photo.JPG'), 'x');
    const result = check(root);
    expect(result.attachments).toEqual(['muni-feedback.txt', 'photo.JPG', 'plan.pdf']);
    for (const [name, extension] of [['demo-plan/index.html', 'html'], ['evil.html', 'html'], ['evil.HTM', 'htm'], ['evil.js', 'js'], ['evil.mjs', 'mjs'], ['chart.svg', 'svg'], ['data.xml', 'xml'], ['page.xhtml', 'xhtml']]) {
      expect(result.problems).toContainEqual(
        expect.objectContaining({ file: `content/attachments/${name}`, zh: expect.stringContaining(`附件不能是 .${extension} 文件。网页、脚本、SVG 或 XML 打开时会在本站运行代码`), en: expect.stringContaining(`cannot be a .${extension} file`) }),
      );
    }
  });

  it('finds attachments in content/attachments through one function', () => {
    expect(attachmentFile('/site/content', '2022/plan.pdf')).toBe(join('/site/content', 'attachments', '2022', 'plan.pdf'));
  });

  it('lets a tool write new content beside the attachments, which stay where they are', () => {
    const { root, content } = project('plan.pdf');
    const unit = 'name: 示例市交通运输局\nkind: department\njurisdiction: demo-city\n';
    const result = writeContentFiles({ projectRoot: root, contentDir: content, writes: [{ relative: 'units/transport.yaml', text: unit }], asOf: AS_OF });
    expect(result.problems).toEqual([]);
    expect(existsSync(join(content, 'attachments/plan.pdf'))).toBe(true);
  });
});
