import type { z } from 'astro/zod';
import { COLLECTIONS, type CollectionName } from '../../schemas/collections.ts';
import { siteSchema, type CmsSettings } from '../../schemas/site.ts';
import { ATTACHMENTS_FOLDER } from '../../schemas/document.ts';
import { FIELD_LABELS, LONG_TEXT_FIELDS } from './labels.ts';

/**
 * The configuration of the web editor (Sveltia CMS, at `/admin/`), generated from the content
 * schemas at build time so the two cannot drift apart: every collection, every field with its
 * type, whether it is required, its choices and its default come from `src/schemas/`. Only
 * the Chinese labels are kept beside it (`labels.ts`), and a test fails when a schema field
 * has none.
 */

/** A field of the editor's configuration (Decap/Sveltia widget syntax). */
export interface CmsField {
  name: string;
  label: string;
  widget: 'string' | 'text' | 'number' | 'boolean' | 'select' | 'list' | 'object' | 'markdown';
  required?: boolean;
  hint?: string;
  default?: unknown;
  options?: (string | { label: string; value: string })[];
  value_type?: 'int' | 'float';
  min?: number;
  max?: number;
  fields?: CmsField[];
  field?: CmsField;
}

export interface CmsCollection {
  name: string;
  label: string;
  folder: string;
  extension: 'yaml' | 'md';
  format: 'yaml' | 'frontmatter';
  create: boolean;
  slug: string;
  identifier_field: string;
  summary?: string;
  fields: CmsField[];
}

/** A collection of single files (the site settings). */
export interface CmsFileCollection {
  name: string;
  label: string;
  files: { name: string; label: string; file: string; fields: CmsField[] }[];
}

export interface CmsConfig {
  backend: Record<string, unknown>;
  output: { omit_empty_optional_fields: boolean };
  media_folder: string;
  public_folder: string;
  collections: (CmsCollection | CmsFileCollection)[];
}

interface ZodDef {
  type: string;
  innerType?: ZodLike;
  defaultValue?: unknown;
  in?: ZodLike;
  out?: ZodLike;
  shape?: Record<string, ZodLike>;
  element?: ZodLike;
  entries?: Record<string, string>;
  items?: ZodLike[];
}
interface ZodLike {
  def: ZodDef;
  format?: string;
  minValue?: number | null;
  maxValue?: number | null;
}

/** The schema under optional/default/nullable/preprocess wrappers, with what the wrappers said. */
function unwrap(schema: ZodLike): { schema: ZodLike; optional: boolean; defaultValue?: unknown } {
  let current = schema;
  let optional = false;
  let defaultValue: unknown;
  for (let guard = 0; guard < 10; guard++) {
    const def = current.def;
    if (def.type === 'optional' || def.type === 'nullable') {
      optional = true;
      current = def.innerType!;
    } else if (def.type === 'default') {
      optional = true;
      defaultValue = typeof def.defaultValue === 'function' ? (def.defaultValue as () => unknown)() : def.defaultValue;
      current = def.innerType!;
    } else if (def.type === 'pipe') {
      // A preprocess or transform: what staff write is its input (or, after a preprocess step, its output).
      current = def.in!.def.type === 'transform' ? def.out! : def.in!;
    } else break;
  }
  return { schema: current, optional, defaultValue };
}

function labelOf(path: string, name: string): { label: string; hint?: string } {
  const found = FIELD_LABELS[path] ?? FIELD_LABELS[name];
  return found ? { label: found[0], hint: found[1] } : { label: name };
}

/** One schema field as an editor field; `path` is the dotted schema path used to find its label. */
export function fieldFromSchema(name: string, schema: ZodLike, path = name): CmsField {
  const { schema: inner, optional, defaultValue } = unwrap(schema);
  const { label, hint } = labelOf(path, name);
  const base: CmsField = { name, label, widget: 'string' };
  if (hint) base.hint = hint;
  if (optional) base.required = false;
  const def = inner.def;
  switch (def.type) {
    case 'string':
      base.widget = LONG_TEXT_FIELDS.has(name) ? 'text' : 'string';
      break;
    case 'number':
      base.widget = 'number';
      base.value_type = inner.format === 'safeint' || inner.format === 'int32' ? 'int' : 'float';
      if (typeof inner.minValue === 'number' && Number.isFinite(inner.minValue)) base.min = inner.minValue;
      if (typeof inner.maxValue === 'number' && Number.isFinite(inner.maxValue)) base.max = inner.maxValue;
      break;
    case 'boolean':
      base.widget = 'boolean';
      break;
    case 'enum':
      base.widget = 'select';
      base.options = Object.values(def.entries!);
      break;
    case 'object':
      base.widget = 'object';
      base.fields = shapeFields(def.shape!, path);
      break;
    case 'array': {
      base.widget = 'list';
      const element = fieldFromSchema(name, def.element!, `${path}[]`);
      if (element.widget === 'object') base.fields = element.fields;
      else base.field = { ...element, name: 'item', required: true };
      break;
    }
    case 'tuple':
      base.widget = 'list';
      base.field = { ...fieldFromSchema('item', def.items![0]!, `${path}[]`), required: true };
      base.min = def.items!.length;
      base.max = def.items!.length;
      break;
    default:
      base.widget = 'string';
  }
  if (defaultValue !== undefined && !(Array.isArray(defaultValue) && defaultValue.length === 0)) base.default = defaultValue;
  return base;
}

/**
 * The editor fields of an object's properties, in schema order. A record (`holidays`: notices by
 * year) has no editor widget: it is left out of the form, and the editor keeps what the file
 * holds when it saves the rest.
 */
function shapeFields(shape: Record<string, ZodLike>, prefix: string): CmsField[] {
  return Object.entries(shape)
    .filter(([, value]) => unwrap(value).schema.def.type !== 'record')
    .map(([key, value]) => fieldFromSchema(key, value, `${prefix}.${key}`));
}

/** The fields of an object schema, in schema order; `prefix` scopes their labels. */
export function schemaFields(schema: z.ZodType, prefix: string): CmsField[] {
  const { schema: object } = unwrap(schema as unknown as ZodLike);
  return shapeFields(object.def.shape!, prefix);
}

/** The fields of a collection's schema, in schema order. */
export function collectionFields(name: CollectionName): CmsField[] {
  return schemaFields(COLLECTIONS[name].schema, name);
}

/** File names of new entries: readable where the content gives a natural key, unique otherwise. */
const SLUGS: Partial<Record<CollectionName, string>> = {
  tasks: '{{fields.number}}',
  updates: '{{year}}-{{month}}-{{day}}-{{uuid_short}}',
};

/** The REST API of a self-hosted GitLab or Gitea/Forgejo, under its address. */
const SELF_HOSTED_API: Partial<Record<CmsSettings['backend'], string>> = { gitlab: '/api/v4', gitea: '/api/v1' };

/**
 * The editor's `backend`. For GitLab and Gitea/Forgejo, `baseUrl` is a self-hosted forge: staff
 * sign in there (`base_url`) and the editor calls its API (`api_root`; without it Sveltia CMS
 * would call gitlab.com or gitea.com), through the OAuth application `appId` when there is one.
 * For GitHub, `baseUrl` is the sign-in service (Sveltia CMS Authenticator), the API staying
 * api.github.com.
 */
export function backendConfig(cms: CmsSettings): Record<string, string> {
  const { backend, repo, branch, baseUrl, appId } = cms;
  const config: Record<string, string> = { name: backend, repo, branch };
  if (baseUrl) {
    config.base_url = baseUrl;
    const api = SELF_HOSTED_API[backend];
    if (api) config.api_root = `${baseUrl.replace(/\/+$/, '')}${api}`;
  }
  if (appId) {
    config.app_id = appId;
    // GitLab signs in through an OAuth application with PKCE only when asked; Gitea always does.
    if (backend === 'gitlab') config.auth_type = 'pkce';
  }
  return config;
}

/**
 * The editor's configuration. `folders` lists, per collection, the sub-folders that hold its
 * files (`updates` → [`bazhong-cei2`]): each becomes its own editor collection, since the
 * editor reads one folder level.
 */
export function cmsConfig(options: {
  cms: CmsSettings;
  contentFolder?: string;
  folders: Partial<Record<CollectionName, string[]>>;
  /** The kinds of place site.yaml declares: a place's `kind` is chosen among them. */
  placeKinds?: readonly { id: string; label: string }[];
}): CmsConfig {
  const contentFolder = options.contentFolder ?? 'content';
  const collections: (CmsCollection | CmsFileCollection)[] = [];
  for (const [name, spec] of Object.entries(COLLECTIONS) as [CollectionName, (typeof COLLECTIONS)[CollectionName]][]) {
    const markdown = spec.pattern.includes('md');
    const fields = collectionFields(name);
    // A place's kind is one the deployment declares (site.yaml's placeLayers), not free text.
    const kinds = options.placeKinds ?? [];
    if (name === 'places' && kinds.length > 0) {
      const at = fields.findIndex((field) => field.name === 'kind');
      if (at >= 0) fields[at] = { ...fields[at]!, widget: 'select', options: kinds.map((kind) => ({ label: `${kind.label}（${kind.id}）`, value: kind.id })) };
    }
    if (markdown) fields.push({ name: 'body', label: '正文', widget: 'markdown' });
    const subfolders = options.folders[name]?.length ? options.folders[name]! : [''];
    for (const sub of subfolders) {
      collections.push({
        name: sub ? `${name}--${sub.replace(/\//g, '--')}` : name,
        label: sub ? `${spec.label} · ${sub}` : spec.label,
        folder: [contentFolder, spec.folder, sub].filter(Boolean).join('/'),
        extension: markdown ? 'md' : 'yaml',
        format: markdown ? 'frontmatter' : 'yaml',
        create: true,
        slug: SLUGS[name] ?? '{{uuid_short}}',
        identifier_field: spec.titleField,
        fields,
      });
    }
  }
  collections.push({
    name: 'site',
    label: '站点设置',
    files: [{ name: 'site', label: '站点设置（site.yaml）', file: `${contentFolder}/site.yaml`, fields: schemaFields(siteSchema, 'site') }],
  });
  // No `locale`: Sveltia CMS speaks the browser's language (Chinese to a Chinese browser) and warns about the option.
  return {
    backend: backendConfig(options.cms),
    // An optional field left empty is left out of the file: an empty `place: ''` or `evidence: null` would fail the check.
    output: { omit_empty_optional_fields: true },
    // Files uploaded in the editor are attachments: in content/attachments/, published at /documents/.
    media_folder: `${contentFolder}/${ATTACHMENTS_FOLDER}`,
    public_folder: '/documents',
    collections,
  };
}
