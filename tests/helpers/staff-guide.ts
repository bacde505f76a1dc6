import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import type { z } from 'astro/zod';
import { PROJECT_ROOT } from './sites.ts';

export const GUIDE = readFileSync(resolve(PROJECT_ROOT, 'docs/staff-guide.md'), 'utf8');

export interface GuideExample {
  /** The collection folder (`tasks`), or `site.yaml` for the site settings. */
  folder: string;
  /** The file it stands for, under `content/`: `tasks/bazhong-cei2/07.yaml`. */
  path: string;
  /** Its YAML (a Markdown file's frontmatter), as read. */
  data: unknown;
  /** A Markdown file's body. */
  body?: string;
  /** The file as the guide shows it, to write into a content folder. */
  text: string;
  /** Made up (its second line says `# 示例，非真实信息`); otherwise a file of the deployment, quoted. */
  demo: boolean;
}

const DEMO = /^# 示例，非真实信息$/m;

/**
 * The guide's examples that name the content file they stand for: a ```yaml block opening with
 * `# 文件：content/<path>`, or a ```md block whose frontmatter does.
 */
export const GUIDE_EXAMPLES: GuideExample[] = [
  ...[...GUIDE.matchAll(/```yaml\n(# 文件：content\/(\S+)\n([\s\S]*?))```/g)].map(([, text, path, body]) => ({
    folder: path!.includes('/') ? path!.split('/')[0]! : path!,
    path: path!,
    data: parse(body!) as unknown,
    text: text!,
    demo: DEMO.test(body!.split('\n')[0]!),
  })),
  ...[...GUIDE.matchAll(/```md\n(---\n# 文件：content\/(\S+)\n([\s\S]*?)\n---\n([\s\S]*?))```/g)].map(([, text, path, frontmatter, body]) => ({
    folder: path!.split('/')[0]!,
    path: path!,
    data: parse(frontmatter!) as unknown,
    body: body!,
    text: text!,
    demo: DEMO.test(frontmatter!.split('\n')[0]!),
  })),
];

interface Def {
  type: string;
  innerType?: z.ZodType;
  in?: z.ZodType;
  out?: z.ZodType;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  valueType?: z.ZodType;
  options?: z.ZodType[];
}

/**
 * Every field a schema lets staff write, as paths: `measures[].targets[].breakdown[].jurisdiction`
 * (`[]` an item of a list, `*` any key of a map such as the years of `holidays`).
 */
export function schemaFieldPaths(schema: z.ZodType, prefix = ''): string[] {
  const def = (schema as unknown as { def: Def }).def;
  const at = (key: string) => (prefix ? `${prefix}.${key}` : key);
  switch (def.type) {
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
      return schemaFieldPaths(def.innerType!, prefix);
    case 'pipe':
      // A preprocess step reads what staff write into the schema after it; a transform's input is what they write.
      return schemaFieldPaths((def.in as unknown as { def: Def }).def.type === 'transform' ? def.out! : def.in!, prefix);
    case 'object':
      return Object.entries(def.shape!).flatMap(([key, value]) => schemaFieldPaths(value, at(key)));
    case 'array':
      return schemaFieldPaths(def.element!, `${prefix}[]`);
    case 'record':
      return schemaFieldPaths(def.valueType!, at('*'));
    case 'union':
      return [...new Set(def.options!.flatMap((option) => schemaFieldPaths(option, prefix)))];
    default:
      return [prefix];
  }
}

/** Whether `data` holds a value at a field path of `schemaFieldPaths`. */
export function hasField(data: unknown, path: string): boolean {
  const steps = path.replace(/\[\]/g, '.[]').split('.').filter(Boolean);
  const walk = (value: unknown, index: number): boolean => {
    if (index === steps.length) return value !== undefined && value !== null;
    const step = steps[index]!;
    if (step === '[]') return Array.isArray(value) && value.some((item) => walk(item, index + 1));
    if (!value || typeof value !== 'object' || Array.isArray(value)) return false;
    if (step === '*') return Object.values(value).some((item) => walk(item, index + 1));
    return walk((value as Record<string, unknown>)[step], index + 1);
  };
  return walk(data, 0);
}

/** The guide's examples of the whole settings file (`# 文件：content/site.yaml`). */
export const GUIDE_SITE_EXAMPLES = GUIDE_EXAMPLES.filter((example) => example.folder === 'site.yaml').map((example) => example.data);
