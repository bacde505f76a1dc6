import { areasOf } from '../../core/areas.ts';
import { join, resolve } from 'node:path';
import type { z } from 'astro/zod';
import { COLLECTION_NAMES, COLLECTIONS, type CollectionName } from '../../schemas/collections.ts';
import { statSync } from 'node:fs';
import { ID_PATTERN } from '../../schemas/shared.ts';
import { declaredPlaceKinds, type SiteConfig } from '../../schemas/site.ts';
import type { Entry, LedgerInput } from '../../core/ledger.ts';
import { missingMapNotice, placeholderAddressNotice, resolveAsOf } from './site-config.ts';
import { displayPath, readCollection, type SourceFile } from './load.ts';
import { readSiteFile } from './site-file.ts';
import { checkBody } from './body.ts';
import { personalDataMessage, personalNumbersIn } from './privacy.ts';
import { checkAddresses } from './permalinks.ts';
import { buildLedger } from '../../core/ledger.ts';
import { buildPlaceViews } from '../map/index.ts';
import { DEFAULT_LIST_LENGTH } from '../../core/lists.ts';
import { fieldPath, type Problem } from './problem.ts';
import { blankProblems } from './blanks.ts';
import { inventoryProblems } from './inventory.ts';
import { checkDisclosure } from './disclosure.ts';
import { checkAttachments, readAttachments } from './attachments.ts';
import type { LedgerDocument } from '../../schemas/document.ts';
import { entriesRestingOnRefused, referenceProblems } from './references.ts';
import { checkItemPlaces, checkMeasureDues, checkPlace, checkPlacesWithoutTask, checkPlanDate, checkTargetSeries, checkUpdate, checkUpdateOrder, type RuleContext } from './rules.ts';
import { problemFromIssue } from './zod-issues.ts';
import { duplicateNameProblems } from './unique-names.ts';
import { hierarchyProblems } from './hierarchy.ts';
import type { Jurisdiction } from '../../schemas/jurisdiction.ts';
import type { Unit } from '../../schemas/unit.ts';
import { readOutlines, unmatchedOutlines } from './outlines.ts';
import { inspectionDateProblems, planDueProblems } from './plan-due.ts';
import { findingProblems } from './findings.ts';
import type { Finding } from '../../schemas/finding.ts';
import type { Task } from '../../schemas/task.ts';
import { workingDayCalendar } from '../../core/working-days.ts';
import type { Inspection } from '../../schemas/inspection.ts';
import type { OutlineFeature } from '../map/index.ts';

export { formatProblems, type Problem } from './problem.ts';

/** A validated entry together with the file it came from, for messages. */
export interface ValidEntry<Data = unknown> extends Entry<Data> {
  source: SourceFile;
}

export interface CheckResult {
  problems: Problem[];
  /** The validated content (entries with problems of their own are left out). */
  input: LedgerInput;
  /** The same entries with the files they came from (and the bodies of Markdown files): what the build publishes. */
  entries: Record<CollectionName, ValidEntry[]>;
  site: SiteConfig | null;
  /** The id of every entry file, valid or not (what a reference may name), by collection. */
  ids: Record<CollectionName, ReadonlySet<string>>;
  /** The files of `content/attachments/` the build publishes under `/documents/`, by their names there. */
  attachments: string[];
  asOf: string;
  /** Number of files read. */
  fileCount: number;
  /** The content folder checked, absolute. */
  contentDir: string;
}

/**
 * What a passing check still tells staff, printed by `npm run check` and the build, which both go
 * on: a placeholder site address, places with no map to draw them on.
 */
export function contentNotices(result: Pick<CheckResult, 'site' | 'input'>): string[] {
  return [placeholderAddressNotice(result.site), missingMapNotice(result.site, result.input.places.length)].filter((notice) => notice !== undefined);
}

/** The longest id (a file's path under its collection folder) and the longest file or folder name in it. */
export const MAX_ID_LENGTH = 120;
export const MAX_ID_SEGMENT_LENGTH = 64;

/** The result for a content folder that is not there, or is a file: one problem, saying which folder was meant. */
function noContentFolder(contentDir: string, found: 'file' | 'missing', asOf: string | undefined): CheckResult {
  const named = process.env.LEDGER_CONTENT_DIR ? `（环境变量 LEDGER_CONTENT_DIR 指定）` : '';
  const namedEn = process.env.LEDGER_CONTENT_DIR ? ' (set by LEDGER_CONTENT_DIR)' : '';
  const problem: Problem =
    found === 'file'
      ? { file: contentDir, zh: `内容文件夹${named} ${contentDir} 是一个文件，不是文件夹。请指向放内容的文件夹（里面有 site.yaml）。`, en: `the content folder${namedEn} ${contentDir} is a file, not a folder: point to the folder that holds site.yaml.` }
      : { file: contentDir, zh: `找不到内容文件夹${named} ${contentDir}。请在项目文件夹里运行命令，或改正 LEDGER_CONTENT_DIR。`, en: `the content folder${namedEn} ${contentDir} does not exist: run the command in the project folder, or correct LEDGER_CONTENT_DIR.` };
  const empty = Object.fromEntries(COLLECTION_NAMES.map((name) => [name, []])) as unknown as LedgerInput;
  return {
    problems: [problem],
    input: empty,
    entries: empty as unknown as CheckResult['entries'],
    site: null,
    ids: Object.fromEntries(COLLECTION_NAMES.map((name) => [name, new Set<string>()])) as unknown as CheckResult['ids'],
    attachments: [],
    asOf: asOf ?? resolveAsOf({}, {}),
    fileCount: 0,
    contentDir,
  };
}

/**
 * Checks all content without building the site: schemas, ids, references between entries,
 * per-jurisdiction sums and the rules of status updates. Returns every problem found, each
 * naming file, line, field and fix, and the valid content for the ledger.
 */
export function checkContent(options: { projectRoot?: string; contentDir?: string; asOf?: string } = {}): CheckResult {
  const projectRoot = resolve(options.projectRoot ?? '.');
  const contentDir = resolve(projectRoot, options.contentDir ?? process.env.LEDGER_CONTENT_DIR ?? 'content');
  const folder = statSync(contentDir, { throwIfNoEntry: false });
  if (!folder?.isDirectory()) return noContentFolder(contentDir, folder ? 'file' : 'missing', options.asOf);
  const problems: Problem[] = [];
  const { site, problems: siteProblems } = readSiteFile(projectRoot, contentDir);
  problems.push(...siteProblems);
  let asOf: string;
  try {
    asOf = options.asOf ?? resolveAsOf(site ?? {});
  } catch (error) {
    const [zh = '', en = ''] = String((error as Error).message).split('\n');
    problems.push({ file: 'LEDGER_AS_OF', zh, en });
    asOf = resolveAsOf(site ?? {}, {});
  }

  const valid = {} as Record<CollectionName, ValidEntry[]>;
  // Ids of every file, valid or not: one broken file must not make every reference to it fail too.
  const allIds = {} as Record<CollectionName, Set<string>>;
  let fileCount = 0;
  // Names of the units and jurisdictions read so far, for staff who write a name where an id goes.
  const knownNames = new Map<string, { id: string; kind: string }>();
  for (const [name, spec] of Object.entries(COLLECTIONS) as [CollectionName, (typeof COLLECTIONS)[CollectionName]][]) {
    const folder = join(contentDir, spec.folder);
    const { files, problems: readProblems, unread } = readCollection(projectRoot, folder, spec.pattern.includes('md') ? 'markdown' : 'yaml', contentDir);
    problems.push(...readProblems);
    // A file that cannot be read may hold several faults: it is still one file, counted once.
    fileCount += new Set([...files, ...readProblems].map((each) => each.file)).size;
    const byId = new Map<string, SourceFile>();
    valid[name] = [];
    allIds[name] = new Set([...files.map((source) => source.id), ...unread]);
    for (const source of files) {
      if (!ID_PATTERN.test(source.id)) {
        problems.push({
          file: source.file,
          zh: `文件名“${source.id}”不能作编号：只能用小写英文字母、数字和连字符（例如 06.yaml、county-a.yaml）。请重命名文件。`,
          en: `the file name "${source.id}" cannot be an id: use lower-case letters, digits and hyphens only (e.g. 06.yaml): rename the file.`,
        });
        continue;
      }
      // The id is an address, a file name of the built site and part of a QR code: kept short.
      const longSegment = source.id.split('/').find((segment) => segment.length > MAX_ID_SEGMENT_LENGTH);
      if (source.id.length > MAX_ID_LENGTH || longSegment) {
        problems.push({
          file: source.file,
          zh: `编号“${source.id.length > 60 ? `${source.id.slice(0, 60)}…` : source.id}”太长：编号出现在网址和生成的文件名里，最多 ${MAX_ID_LENGTH} 个字符，每个文件（夹）名最多 ${MAX_ID_SEGMENT_LENGTH} 个字符。请把文件或文件夹改短。`,
          en: `the id "${source.id.length > 60 ? `${source.id.slice(0, 60)}…` : source.id}" is too long: ids are addresses and file names of the built site, at most ${MAX_ID_LENGTH} characters and ${MAX_ID_SEGMENT_LENGTH} per file or folder name. Shorten the file or folder name.`,
        });
        continue;
      }
      // The id is published in addresses, the sitemap and the downloads.
      for (const found of personalNumbersIn(source.id)) {
        const { zh, en } = personalDataMessage(found);
        problems.push({ file: source.file, zh: `文件名中：${zh}`, en: `in the file name: ${en}` });
      }
      const first = byId.get(source.id);
      if (first) {
        problems.push({
          file: source.file,
          zh: `编号“${source.id}”已被 ${first.file} 使用。两个文件不能用同一个编号：请删除或重命名其中一个。`,
          en: `the id "${source.id}" is already used by ${first.file}: two files cannot claim one id; delete or rename one.`,
        });
        continue;
      }
      byId.set(source.id, source);
      // An entry with a blank still to fill (npm run new) is named blank by blank and not published.
      const blanks = blankProblems(source);
      problems.push(...blanks.problems);
      if (source.body !== undefined) {
        const body = checkBody(source, site ? new URL(site.url).pathname : '/');
        problems.push(...body.problems);
        if (body.refused) continue;
      }
      const result = (spec.schema as z.ZodType).safeParse(source.data);
      if (result.success) {
        if (blanks.problems.length > 0) continue;
        valid[name].push({ id: source.id, data: result.data, source });
        if (name === 'units' || name === 'jurisdictions') rememberNames(knownNames, source.id, COLLECTIONS[name].label, result.data as NamedEntry);
      } else {
        const issues = result.error.issues.filter((issue) => !blanks.fields.has(fieldPath(issue.path as PropertyKey[])));
        problems.push(...issues.map((issue) => nameInsteadOfId(problemFromIssue(issue, source, spec.schema as z.ZodType), issue, source, knownNames)));
      }
    }
  }

  problems.push(...duplicateNameProblems(valid));
  // Every reference declared in the schemas (`ref`, src/schemas/ref.ts), checked by one walker.
  const referenceFaults = referenceProblems(valid, allIds);
  // Entries naming a refused entry, directly or through others: rules that read other entries
  // skip them (they would blame them for the refused file's fault) until it is fixed; the
  // hierarchy and findings rules judge the others only, the rules of checkRelations say which part.
  const resting = entriesRestingOnRefused(valid, allIds);
  /** Whether some file of a collection was refused (what it holds cannot be known). */
  const refusedIn = (name: CollectionName) => allIds[name].size > valid[name].length;
  const judged = resting.size === 0 ? valid : (Object.fromEntries(Object.entries(valid).map(([name, entries]) => [name, entries.filter((entry) => !resting.has(`${name}/${entry.id}`))])) as Valid);
  problems.push(...hierarchyProblems(judged.jurisdictions as ValidEntry<Jurisdiction>[], judged.units as ValidEntry<Unit>[]));
  const { outlines, problems: outlineProblems } = readOutlines(contentDir, site);
  problems.push(...outlineProblems.map((problem) => ({ ...problem, file: displayPath(projectRoot, join(contentDir, problem.file)) })));
  problems.push(...inventoryProblems(projectRoot, contentDir, site));
  const outlineByCode = new Map((outlines?.features ?? []).map((feature) => [feature.properties.code, feature]));
  // Waits while a jurisdiction file is refused: its code may be the one an outline names.
  if (outlines && !refusedIn('jurisdictions')) {
    const codes = new Set((valid.jurisdictions as ValidEntry<Jurisdiction>[]).flatMap((entry) => (entry.data.code ? [entry.data.code] : [])));
    const file = displayPath(projectRoot, join(contentDir, site!.map!.outlines.file));
    problems.push(...unmatchedOutlines(outlines, codes).map((problem) => ({ file, ...problem })));
  }
  problems.push(...referenceFaults, ...checkRelations(valid, asOf, outlineByCode, site, { resting, updatesRefused: refusedIn('updates'), findingsRefused: refusedIn('findings') }));
  problems.push(...findingProblems(judged.findings as ValidEntry<Finding>[], judged.tasks as ValidEntry<Task>[]));
  problems.push(...inspectionDateProblems(valid.inspections as ValidEntry<Inspection>[], asOf));
  problems.push(...planDueProblems(valid.inspections as ValidEntry<Inspection>[], workingDayCalendar(site?.holidays)));
  const attachments = readAttachments(projectRoot, contentDir);
  problems.push(...attachments.problems, ...checkAttachments(valid.documents as ValidEntry<LedgerDocument>[], attachments.files, projectRoot, contentDir));
  const input = Object.fromEntries(
    Object.entries(valid).map(([name, entries]) => [name, entries.map(({ id, data }) => ({ id, data }))]),
  ) as unknown as LedgerInput;
  // The addresses the build will write, from the same functions its pages use.
  const ledger = buildLedger(input, asOf, workingDayCalendar(site?.holidays), areasOf(site?.areas));
  problems.push(
    ...checkAddresses({
      projectRoot,
      contentDir,
      ledger,
      places: buildPlaceViews(ledger, outlines, site?.placeLayers ?? []),
      placeLayers: site?.placeLayers ?? [],
      attachments: attachments.files,
      listLength: site?.listLength ?? DEFAULT_LIST_LENGTH,
      bulletinPeriod: site?.bulletinPeriod ?? 'bimonth',
      fileOf: (collection, id) => valid[collection].find((entry) => entry.id === id)?.source.file,
      bodies: Object.values(valid).flatMap((entries) =>
        entries.flatMap(({ source }) => (source.body !== undefined && source.rendered ? [{ file: source.file, line: source.bodyLine ?? 1, body: source.body, html: source.rendered.html }] : [])),
      ),
      base: site ? new URL(site.url).pathname : '/',
      // site.yaml too: without it, no map layer, list length or bulletin period is known.
      complete: site !== null && !COLLECTION_NAMES.some(refusedIn),
    }),
  );
  return { problems, input, entries: valid, ids: allIds, site, attachments: attachments.files, asOf, fileCount, contentDir };
}

type Valid = Record<CollectionName, ValidEntry[]>;

interface NamedEntry {
  name: string;
  shortName?: string;
  fullName?: string;
  aliases?: string[];
}

/** Every name a unit or jurisdiction is known by: its name, full and short names, and the other spellings staff use. */
export function namesOfEntry(entry: Partial<NamedEntry>): string[] {
  return [entry.name, entry.fullName, entry.shortName, ...(entry.aliases ?? [])].filter((name): name is string => typeof name === 'string' && name !== '');
}

function rememberNames(names: Map<string, { id: string; kind: string }>, id: string, kind: string, entry: NamedEntry): void {
  for (const name of namesOfEntry(entry)) if (!names.has(name)) names.set(name, { id, kind });
}

/** When an id field holds the name of a unit or jurisdiction (`市生态环境局`), say which id to write. */
function nameInsteadOfId(problem: Problem, issue: z.core.$ZodIssue, source: SourceFile, names: Map<string, { id: string; kind: string }>): Problem {
  if (issue.code !== 'invalid_format') return problem;
  let value: unknown = source.data;
  for (const key of issue.path) value = value && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined;
  const known = typeof value === 'string' ? names.get(value.trim()) : undefined;
  if (!known) return problem;
  return {
    ...problem,
    zh: `这里要写编号，不写名称：${known.kind}“${String(value).trim()}”的编号是 ${known.id}。请改为 ${known.id}。`,
    en: `write the id here, not the name: the id of "${String(value).trim()}" is ${known.id}.`,
  };
}

/**
 * The rules across entries. `resting` (entries naming a refused one, directly or through others)
 * and `updatesRefused` (some update file refused, whose task cannot be known) keep rules from
 * judging what a refused file leaves out; rules that read one file alone judge every entry.
 */
function checkRelations(
  valid: Valid,
  asOf: string,
  outlineByCode: Map<string, OutlineFeature>,
  site: SiteConfig | null,
  refused: { resting: ReadonlySet<string>; updatesRefused: boolean; findingsRefused: boolean },
): Problem[] {
  const typed = <Data>(name: CollectionName) => valid[name] as ValidEntry<Data>[];
  const problems: Problem[] = [];

  const tasks = typed<import('../../schemas/task.ts').Task>('tasks');
  const taskNumbers = new Map<string, ValidEntry>();
  for (const entry of tasks) {
    const task = entry.data;
    const numberKey = `${task.plan}#${task.number}`;
    const other = taskNumbers.get(numberKey);
    if (other) {
      problems.push({
        file: entry.source.file,
        line: entry.source.lineOf(['number']),
        field: 'number',
        zh: `方案 ${task.plan} 中已有第${task.number}项任务（${other.source.file}）。请改用未占用的编号。`,
        en: `plan ${task.plan} already has a task number ${task.number} (${other.source.file}): use a free number.`,
      });
    } else taskNumbers.set(numberKey, entry);
    problems.push(...checkMeasureDues(entry), ...checkTargetSeries(entry));
  }

  const context: RuleContext = {
    asOf,
    units: new Map(typed<import('../../schemas/unit.ts').Unit>('units').map((entry) => [entry.id, entry])),
    tasks: new Map(tasks.map((entry) => [entry.id, entry])),
    places: new Map(typed<import('../../schemas/place.ts').Place>('places').map((entry) => [entry.id, entry])),
    outlines: new Map(
      typed<import('../../schemas/jurisdiction.ts').Jurisdiction>('jurisdictions').flatMap((entry) => {
        const feature = entry.data.code ? outlineByCode.get(entry.data.code) : undefined;
        return feature ? [[entry.id, feature] as const] : [];
      }),
    ),
    jurisdictions: new Map(typed<import('../../schemas/jurisdiction.ts').Jurisdiction>('jurisdictions').map((entry) => [entry.id, entry])),
    inspections: new Map(typed<Inspection>('inspections').map((entry) => [entry.id, entry])),
    documents: new Map(typed<LedgerDocument>('documents').map((entry) => [entry.id, entry])),
    placeKinds: site ? new Map(declaredPlaceKinds(site.placeLayers).map((kind) => [kind.id, kind.label])) : undefined,
    resting: refused.resting,
  };
  for (const entry of typed<import('../../schemas/plan.ts').Plan>('plans')) problems.push(...checkPlanDate(entry, asOf));
  for (const entry of typed<import('../../schemas/place.ts').Place>('places')) problems.push(...checkPlace(entry, context));
  // Not while a finding file is refused: it may be the one that names the place.
  if (!refused.findingsRefused) problems.push(...checkPlacesWithoutTask(typed<import('../../schemas/place.ts').Place>('places'), typed<Finding>('findings')));
  for (const entry of tasks) problems.push(...checkItemPlaces(entry, context));
  for (const entry of typed<import('../../schemas/update.ts').Update>('updates')) problems.push(...checkUpdate(entry, context));
  problems.push(...checkDisclosure(valid, asOf));
  // The order of a task's updates is judged with all of them: not while an update file is refused.
  if (!refused.updatesRefused) problems.push(...checkUpdateOrder(typed<import('../../schemas/update.ts').Update>('updates').filter((entry) => !refused.resting.has(`updates/${entry.id}`))));
  return problems;
}
export * from './content-files.ts';
export * from './outlines.ts';
export * from './permalinks.ts';
export * from './privacy.ts';
export * from './problem.ts';
export * from './shared-result.ts';
export * from './site-config.ts';
export * from './zod-issues.ts';
export * from './content-path.ts';
export { blank, BLANK_MARK, isBlankProblem } from './blanks.ts';
export { attachmentFile, readAttachments } from './attachments.ts';
