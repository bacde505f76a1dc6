import { parse } from 'yaml';
import { COLLECTIONS, type CollectionName } from '../../schemas/collections.ts';
import { COMPLAINT_KINDS, COMPLAINT_OUTCOMES } from '../../schemas/complaint.ts';
import { DOCUMENT_KINDS } from '../../schemas/document.ts';
import { DIRECTIONS } from '../../schemas/indicator.ts';
import { INSPECTION_LEVELS } from '../../schemas/inspection.ts';
import { JURISDICTION_KINDS } from '../../schemas/jurisdiction.ts';
import { NEWS_TOPICS } from '../../schemas/news.ts';
import { PLACE_PRECISIONS } from '../../schemas/place.ts';
import { ID_PATTERN, isValidPartialDate } from '../../schemas/shared.ts';
import { UNIT_KINDS } from '../../schemas/unit.ts';
import { REPORTED_STATUSES } from '../../schemas/update.ts';
import type { Problem } from '../check/index.ts';
import { blank, BLANK_MARK, closest, namesOfEntry, personalDataMessage, personalNumbersIn } from '../check/index.ts';
import { todayInChina } from '../../core/dates.ts';
import type { LedgerInput } from '../../core/ledger.ts';
import { rowsToTasks } from './ledger-sheet.ts';
import { normaliseCellText, parseTaskNumber } from './text.ts';
import { splitUnitNames, unitResolver } from './units.ts';
import { editedYamlText, newYamlText } from './yaml-file.ts';

/**
 * `npm run new`: a content file of any kind from a few answers, so staff never start from a blank
 * file. Each kind lists its questions (asked at a terminal, or given as flags); `scaffold` turns
 * the answers into a file under `content/`, naming every answer it cannot use. What the answers
 * cannot give (a passage to quote, a body to write) is left as a marked blank (`【待填写】…`),
 * which the content check names with its line until it is filled.
 */

const ID_HINT = '小写英文字母、数字和连字符，文件夹之间用 /';

export interface Question {
  /** The flag that answers it: `--task`. */
  flag: string;
  /** The question in Chinese, with an example. */
  zh: string;
  en: string;
  required: boolean;
  /**
   * The answer is an id: of the new entry (`'new'`, its file path), or of an existing entry of a
   * collection, looked up before anything is written; `list` takes several, separated by 、.
   */
  id?: 'new' | CollectionName;
  list?: boolean;
  /** Written as a blank for staff to fill when not answered: what to write there. */
  blank?: string;
  /** The answers allowed (each of them, for a list). */
  choices?: readonly string[];
  /** How the answer reads: a date as precise as known, a calendar day, a whole number, a number. */
  format?: 'partial-date' | 'calendar-date' | 'integer' | 'number';
}

export type Answers = Record<string, string | undefined>;

/** A file `npm run new` writes under `content/`; `edits` when it adds to an existing file rather than making one. */
export interface ScaffoldFile {
  relative: string;
  text: string;
  edits?: true;
}

export interface Scaffolded {
  problems: Problem[];
  /** The file to write, under `content/`. */
  file?: ScaffoldFile;
}

/** What a scaffold may look at besides the answers: the checked content, every entry id, and an entry's file. */
export interface ScaffoldContext {
  input: LedgerInput;
  /** Ids of every entry file, valid or not (one with blanks still to fill is not valid, and may be named all the same). */
  ids?: Record<CollectionName, ReadonlySet<string>>;
  /** The file of an entry (its path under `content/` and text), for a kind that adds to one. */
  fileOf?: (collection: CollectionName, id: string) => { relative: string; text: string } | undefined;
  /** The kinds of place site.yaml declares (`placeLayers`), when it was read. */
  placeKinds?: readonly string[];
}

interface KindSpec {
  /** The collection it writes to (complaint totals and a reopening belong to inspections and updates). */
  collection: CollectionName;
  questions: Question[];
  make: (answers: Answers, context: ScaffoldContext) => Scaffolded;
}

const COMMENT = '由 npm run new 生成；改完运行 npm run check 检查。';
const COMMENT_WITH_BLANKS = '由 npm run new 生成。请填好下面标着“待填写”的地方，再运行 npm run check 检查。';

function problem(flag: string, zh: string, en: string): Problem {
  return { file: `--${flag}`, zh, en };
}

/** A file's data without the fields left unanswered (undefined, or an empty list). */
function compact(data: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(data).filter(([, value]) => value !== undefined && !(Array.isArray(value) && value.length === 0)));
}

function hasBlank(value: unknown): boolean {
  return JSON.stringify(value).includes(BLANK_MARK);
}

function yamlFile(relative: string, data: Record<string, unknown>): Scaffolded {
  const compacted = compact(data);
  return { problems: [], file: { relative, text: newYamlText(compacted, hasBlank(compacted) ? COMMENT_WITH_BLANKS : COMMENT) } };
}

/** A Markdown entry: its facts as frontmatter, then a body that is a blank saying what to write. */
function markdownFile(relative: string, data: Record<string, unknown>, body: string): Scaffolded {
  const frontmatter = newYamlText(compact(data), COMMENT_WITH_BLANKS);
  return { problems: [], file: { relative, text: `---\n${frontmatter}---\n\n${blank(body)}\n` } };
}

const list = (value: string | undefined) => (value === undefined ? [] : splitUnitNames(value));
const numberOf = (value: string | undefined) => (value === undefined || value.includes(BLANK_MARK) ? value : Number(value));
const source = (answers: Answers, extra: Record<string, unknown> = {}) => compact({ document: answers.document, locator: answers.locator, ...extra });
const links = (answers: Answers) => (answers.url ? [{ title: answers['url-title'], url: answers.url }] : []);
const linkQuestions: Question[] = [
  { flag: 'url', zh: '公开发布的网址 https://…（没有则留空）', en: 'public URL (optional)', required: false },
  { flag: 'url-title', zh: '该网址页面的标题（有网址时必填）', en: 'title of that page (with --url)', required: false },
];
const sourceQuestions = (required: boolean): Question[] => [
  { flag: 'document', zh: `来源文件编号（content/documents/ 下）${required ? '' : '（可留空）'}`, en: 'source document id', required, id: 'documents' },
  { flag: 'locator', zh: '在来源中的位置，如 三、群众信访举报办理情况（可留空）', en: 'where in the source (optional)', required: false },
];

// ——— progress updates and reopenings ———

const updateQuestions = (reopening: boolean): Question[] => [
  { flag: 'task', zh: '哪项任务？写任务编号，如 city-cei2/06，只有一个方案时也可只写序号 6', en: 'which task: its id (city-cei2/06), or its number when there is one plan', required: true },
  { flag: 'measure', zh: reopening ? '第几条措施？（重新整改整项任务则留空）' : '第几条措施？（针对整项任务则留空）', en: 'which measure number (empty for the whole task)', required: false },
  ...(reopening ? [] : [{ flag: 'place', zh: '哪个点位？写点位编号（没有则留空）', en: 'which place id (optional)', required: false, id: 'places' as const }]),
  { flag: 'date', zh: reopening ? '发现问题、决定重新整改的日期，如 2026-05-20（留空为今天）' : '进展日期，如 2026-05-20 或 2026-05（留空为今天）', en: 'date of the update, YYYY-MM-DD or YYYY-MM (empty: today)', required: false },
  ...(reopening ? [] : [{ flag: 'status', zh: `状态：${REPORTED_STATUSES.join('、')}`, en: `status: ${REPORTED_STATUSES.join(', ')}`, required: true }]),
  {
    flag: 'by',
    zh: reopening ? '报告单位：发现问题的整改验收单位或督导单位，或发布督察发现的单位（名称或编号）' : '报告单位：单位名称（如 市住房城乡建设局）或单位编号',
    en: reopening ? 'reporting unit: the acceptance or a supervising unit that found it, or the unit publishing what an inspection found' : 'reporting unit: its name or id',
    required: true,
  },
  ...(reopening
    ? [{ flag: 'inspection', zh: '发现问题的督察编号（回头看、中央督察等，content/inspections/ 下；督导单位自己发现的留空）', en: 'id of the inspection that found it (a look-back review…); empty when a supervising unit found it', required: false, id: 'inspections' as const }]
    : []),
  { flag: 'summary', zh: reopening ? '发现了什么没有整改到位（虚假整改、敷衍整改、死灰复燃…）' : '做了什么（一两句话）', en: reopening ? 'what was found not rectified' : 'what was done, in a sentence or two', required: true },
  { flag: 'evidence-title', zh: '依据链接的标题（没有则留空）', en: 'title of a public link as evidence (optional)', required: false },
  { flag: 'evidence-url', zh: '依据链接网址 https://…（没有则留空）', en: 'URL of that link (optional)', required: false },
  { flag: 'evidence-document', zh: '依据文件编号（content/documents/ 下，没有则留空）', en: 'id of a document in content/documents/ (optional)', required: false, id: 'documents' },
  {
    flag: 'evidence-text',
    zh: '依据说明，如“验收意见”（没有则留空）；验收销号、重新整改还须用 --evidence-document 或 --evidence-url 附上文件或链接',
    en: 'evidence in words (optional); a close-out or a reopening also needs --evidence-document or --evidence-url',
    required: false,
  },
];

function findTask(reference: string, content: LedgerInput) {
  const byId = content.tasks.find((task) => task.id === reference);
  if (byId) return byId;
  const number = parseTaskNumber(reference);
  if (number !== null && content.plans.length === 1) return content.tasks.find((task) => task.data.number === number);
  return undefined;
}

function scaffoldUpdate(answers: Answers, content: LedgerInput, reopening: boolean): Scaffolded {
  const problems: Problem[] = [];
  const task = findTask(answers.task!, content);
  if (!task) {
    problems.push(problem('task', `找不到任务“${answers.task}”。现有任务：${content.tasks.map((t) => t.id).join('、')}。`, `no task "${answers.task}"; tasks: ${content.tasks.map((t) => t.id).join(', ')}.`));
  }
  const status = reopening ? '重新整改' : answers.status!;
  if (!(REPORTED_STATUSES as readonly string[]).includes(status)) {
    problems.push(problem('status', `状态“${status}”不可用，只能是：${REPORTED_STATUSES.join('、')}。“逾期”（滞后）由系统按时限推算，不要手写。`, `status must be one of ${REPORTED_STATUSES.join(', ')}; lateness (逾期, 滞后) is derived, never written.`));
  }
  const found = unitResolver(content.units)(answers.by!);
  const byId = content.units.some((unit) => unit.id === answers.by) ? answers.by! : found.ok ? found.id : undefined;
  if (!byId && !found.ok) problems.push(problem('by', found.zh, found.en));
  const measure = answers.measure ? Number(answers.measure) : undefined;
  if (answers.measure && !(Number.isInteger(measure) && measure! > 0)) problems.push(problem('measure', `措施序号应为正整数，这里是“${answers.measure}”。`, `the measure is a whole number, not "${answers.measure}".`));
  const date = answers.date ?? todayInChina();
  if (!/^\d{4}(-\d{2}){0,2}$/.test(date)) problems.push(problem('date', `日期写成 2026-05-20 或 2026-05，这里是“${date}”。`, `write the date as YYYY-MM-DD or YYYY-MM, not "${date}".`));
  if (answers['evidence-url'] && !answers['evidence-title']) problems.push(problem('evidence-title', '有依据链接时，请用 --evidence-title 写明链接标题。', 'a link needs a title: add --evidence-title.'));
  // The check asks the same of a reopening (hasEvidence); asked here, it names the flags to give.
  if (reopening && !answers['evidence-url'] && !answers['evidence-document']) {
    problems.push(problem('evidence-url', '重新整改必须附证据：用 --evidence-document 写回头看或督察的文件编号，或用 --evidence-url 和 --evidence-title 写公开链接（如媒体的报道）。', 'a reopening needs evidence: give --evidence-document (the look-back or inspection document), or --evidence-url and --evidence-title (a public link such as a media report).'));
  }
  if (problems.length > 0) return { problems };

  const evidence: Record<string, unknown> = {};
  if (answers['evidence-document']) evidence.documents = [{ document: answers['evidence-document'] }];
  if (answers['evidence-url']) evidence.links = [{ title: answers['evidence-title'], url: answers['evidence-url'] }];
  if (answers['evidence-text']) evidence.text = answers['evidence-text'];
  const data: Record<string, unknown> = { task: task!.id };
  if (measure !== undefined) data.measure = measure;
  if (answers.place) data.place = answers.place;
  Object.assign(data, { date, status, reportedBy: byId });
  if (answers.inspection) data.inspection = answers.inspection;
  data.summary = answers.summary;
  if (Object.keys(evidence).length > 0) data.evidence = evidence;
  // content/updates/<plan>/<task number>[-<measure>]-<date>[-reopen].yaml, as the existing updates are named.
  const [planFolder] = task!.id.split('/');
  const name = [String(task!.data.number).padStart(2, '0'), measure, date, reopening ? 'reopen' : undefined].filter((part) => part !== undefined).join('-');
  return { problems: [], file: { relative: `updates/${planFolder}/${name}.yaml`, text: newYamlText(data, COMMENT) } };
}

// ——— tasks ———

function scaffoldTask(answers: Answers, content: LedgerInput): Scaffolded {
  const plan = answers.plan ? content.plans.find((candidate) => candidate.id === answers.plan) : content.plans.length === 1 ? content.plans[0] : undefined;
  if (!plan) {
    return { problems: [problem('plan', `请用 --plan 指明整改方案，现有：${content.plans.map((p) => p.id).join('、') || '无（先建立方案）'}。`, `name the plan with --plan (${content.plans.map((p) => p.id).join(', ') || 'none yet'}).`)] };
  }
  const taken = content.tasks.filter((task) => task.data.plan === plan.id).map((task) => task.data.number);
  const number = answers.number ? parseTaskNumber(answers.number) : Math.max(0, ...taken) + 1;
  if (number === null) return { problems: [problem('number', `任务序号应为正整数，这里是“${answers.number}”。`, `the task number is a whole number, not "${answers.number}".`)] };
  if (taken.includes(number)) {
    return { problems: [problem('number', `方案 ${plan.id} 已有第${number}项任务。请换一个序号，或直接编辑现有任务文件。`, `plan ${plan.id} already has task ${number}: choose another number or edit the existing file.`)] };
  }
  // The same mapping as a spreadsheet row, so a task from flags and one from a sheet agree.
  const measures = answers.measures!.split(/\\n|\n/).map((line, index) => (/^\s*\d+\s*[.．、]/.test(line) ? line : `${index + 1}.${line}`)).join('\n');
  const cell = (value: string | undefined) => (value ? { text: value, address: '' } : undefined);
  const mapped = rowsToTasks(
    [
      {
        row: 1,
        cells: {
          number: cell(String(number)),
          title: cell(answers.title),
          finding: cell(answers.finding),
          responsibleUnits: cell(answers.responsible),
          supervisingUnits: cell(answers.supervising),
          deadline: cell(answers.deadline),
          goal: cell(answers.goal),
          measures: cell(measures),
        },
      },
    ],
    { file: '--', plan: { id: plan.id, document: plan.data.document }, units: content.units, existing: new Map() },
  );
  const flagOf: Record<string, string> = { 反馈问题: 'finding', 责任单位: 'responsible', 督导单位: 'supervising', 整改时限: 'deadline', 整改目标: 'goal', 整改措施: 'measures', 任务简称: 'title' };
  const problems = mapped.problems.map((found) => ({ ...found, file: `--${flagOf[found.field?.trim() ?? ''] ?? 'measures'}`, line: undefined, field: undefined }));
  if (problems.length > 0) return { problems };
  const task = mapped.tasks[0]!;
  const findings = list(answers.findings);
  return { problems: [], file: { relative: `tasks/${task.id}.yaml`, text: newYamlText(findings.length > 0 ? { ...task.data, findings } : task.data, COMMENT) } };
}

// ——— complaint totals: added to the inspection that reports them ———

/** `受理群众信访举报42件、责令整改15家、罚款12.5万元` → the figures, each in the source's own words and unit. */
export function parseFigures(text: string): { figures: { term: string; value: number; unit: string }[] } | { zh: string; en: string } {
  const figures = [];
  for (const item of text.split(/[、，,；;\n]+/).map((part) => part.trim()).filter(Boolean)) {
    const match = /^(.+?)\s*(\d+(?:\.\d+)?)\s*([^\d\s.]+)$/.exec(item);
    if (!match) {
      return {
        zh: `“${item}”读不出数字：每项写成原文用语、数字、单位，如 受理群众信访举报42件、责令整改15家，用顿号分隔。`,
        en: `"${item}" gives no figure: write each as the source's term, number and unit, e.g. 受理群众信访举报42件, separated by 、.`,
      };
    }
    figures.push({ term: match[1]!, value: Number(match[2]), unit: match[3]! });
  }
  return { figures };
}

function scaffoldComplaintTotals(answers: Answers, context: ScaffoldContext): Scaffolded {
  const parsed = parseFigures(answers.figures!);
  if (!('figures' in parsed)) return { problems: [problem('figures', parsed.zh, parsed.en)] };
  const existing = context.fileOf?.('inspections', answers.inspection!);
  if (!existing) {
    return {
      problems: [
        problem(
          'inspection',
          `督察 ${answers.inspection} 的文件还不能读取（有待填写的内容或其他问题）。请先改好它（npm run check），再加信访举报汇总。`,
          `the file of inspection ${answers.inspection} cannot be used yet (blanks to fill or other problems): fix it first (npm run check), then add the totals.`,
        ),
      ],
    };
  }
  const data = parse(existing.text) as Record<string, unknown>;
  const totals = Array.isArray(data.complaintTotals) ? (data.complaintTotals as { asOf?: unknown }[]) : [];
  if (totals.some((item) => String(item.asOf) === answers['as-of'])) {
    return { problems: [problem('as-of', `${existing.relative} 已有截至 ${answers['as-of']} 的信访举报汇总。请直接编辑它，或写另一个日期。`, `${existing.relative} already has totals as of ${answers['as-of']}: edit them, or give another date.`)] };
  }
  const item = { asOf: answers['as-of'], figures: parsed.figures, source: source(answers, { quote: answers.quote }) };
  const text = editedYamlText(existing.text, { ...data, complaintTotals: [...totals, item] })!;
  return { problems: [], file: { relative: existing.relative, text, edits: true } };
}

// ——— findings: numbered within their inspection ———

function scaffoldFinding(answers: Answers, context: ScaffoldContext): Scaffolded {
  // Numbers of valid findings, and of finding files still being filled (whose file name is their number).
  const files = [...(context.ids?.findings ?? [])].flatMap((id) => (id.startsWith(`${answers.inspection}/`) && /^\d+$/.test(id.split('/').pop()!) ? [Number(id.split('/').pop())] : []));
  const taken = [...context.input.findings.filter((entry) => entry.data.inspection === answers.inspection).map((entry) => entry.data.number), ...files];
  const number = answers.number ? Number(answers.number) : Math.max(0, ...taken) + 1;
  const relative = `findings/${answers.inspection}/${String(number).padStart(2, '0')}.yaml`;
  if (taken.includes(number)) {
    return { problems: [problem('number', `督察 ${answers.inspection} 已有第${number}个反馈问题。请换一个序号，或直接编辑现有文件。`, `inspection ${answers.inspection} already has finding ${number}: choose another number or edit the existing file.`)] };
  }
  return yamlFile(relative, {
    inspection: answers.inspection,
    number,
    label: answers.label,
    heading: answers.heading,
    text: answers.text,
    jurisdictions: list(answers.jurisdictions),
    places: list(answers.places),
    source: answers.document ? source(answers) : undefined,
  });
}

/** The plan a new entry belongs to: the one named, or the only one. */
function onlyPlan(answers: Answers, content: LedgerInput): string | Problem {
  if (answers.plan) return answers.plan;
  if (content.plans.length === 1) return content.plans[0]!.id;
  return problem('plan', `请用 --plan 指明整改方案，现有：${content.plans.map((p) => p.id).join('、') || '无（先建立方案）'}。`, `name the plan with --plan (${content.plans.map((p) => p.id).join(', ') || 'none yet'}).`);
}

const KINDS: Record<string, KindSpec> = {
  update: { collection: 'updates', questions: updateQuestions(false), make: (answers, context) => scaffoldUpdate(answers, context.input, false) },
  reopening: { collection: 'updates', questions: updateQuestions(true), make: (answers, context) => scaffoldUpdate(answers, context.input, true) },
  task: {
    collection: 'tasks',
    questions: [
      { flag: 'plan', zh: '属于哪个整改方案？写方案编号（只有一个方案时可留空）', en: 'plan id (optional when there is one plan)', required: false, id: 'plans' },
      { flag: 'number', zh: '任务序号（留空为下一个空号）', en: 'task number (empty: the next free one)', required: false },
      { flag: 'title', zh: '任务简称（不超过40字，取反馈问题原话）', en: "short title, at most 40 characters, in the finding's words", required: true },
      { flag: 'finding', zh: '反馈问题原文', en: 'the finding, verbatim', required: true },
      { flag: 'responsible', zh: '责任单位（名称或编号，用顿号分隔）', en: 'responsible units, names or ids separated by 、', required: true },
      { flag: 'supervising', zh: '督导单位（第一个为验收单位，用顿号分隔）', en: 'supervising units, the first is the acceptance unit', required: true },
      { flag: 'deadline', zh: '整改时限，如 2026年12月 或 立行立改，长期坚持', en: 'deadline: 2026年12月 or 立行立改，长期坚持', required: true },
      { flag: 'goal', zh: '整改目标原文', en: 'the goal, verbatim', required: true },
      { flag: 'measures', zh: '整改措施：每条一行，以“1.”开头，末尾可写（责任单位：…）', en: 'measures, one per line starting 1., each optionally ending （责任单位：…）', required: true },
      { flag: 'findings', zh: '本任务回应的反馈问题编号，用顿号分隔（还没有录入反馈问题则留空）', en: 'ids of the findings the task answers, separated by 、 (optional)', required: false, id: 'findings', list: true },
    ],
    make: (answers, context) => scaffoldTask(answers, context.input),
  },
  unit: {
    collection: 'units',
    questions: [
      { flag: 'id', zh: '单位编号（文件路径），如 city/transport', en: 'unit id (its file path), e.g. city/transport', required: true, id: 'new' },
      { flag: 'name', zh: '单位名称，与方案写法一致，如 市交通运输局', en: 'name as the plan writes it', required: true },
      { flag: 'kind', zh: `类别：${UNIT_KINDS.join('、')}（留空为 department）`, en: `kind: ${UNIT_KINDS.join(', ')} (empty: department)`, required: false, choices: UNIT_KINDS },
      { flag: 'jurisdiction', zh: '所属行政区划编号，如 city', en: 'jurisdiction id, e.g. city', required: true, id: 'jurisdictions' },
      { flag: 'short-name', zh: '简称（没有则留空）', en: 'short name (optional)', required: false },
      { flag: 'aliases', zh: '表格里的其他写法，用顿号分隔（没有则留空）', en: 'other spellings used in sheets, separated by 、 (optional)', required: false },
    ],
    make: (answers) => {
      const data: Record<string, unknown> = { name: answers.name, kind: answers.kind ?? 'department', jurisdiction: answers.jurisdiction };
      if (answers['short-name']) data.shortName = answers['short-name'];
      if (answers.aliases) data.aliases = splitUnitNames(answers.aliases);
      return { problems: [], file: { relative: `units/${answers.id}.yaml`, text: newYamlText(data, COMMENT) } };
    },
  },
  place: {
    collection: 'places',
    questions: [
      { flag: 'id', zh: '点位编号（文件路径），如 city-cei2/sewage/jingkai-plant', en: 'place id (its file path)', required: true, id: 'new' },
      { flag: 'kind', zh: '类别：site.yaml 的 placeLayers 中声明的类别编号，如 landfill', en: 'kind: a kind id declared in placeLayers of site.yaml, e.g. landfill', required: true },
      { flag: 'name', zh: '名称，与来源写法一致', en: 'name as the source writes it', required: true },
      { flag: 'jurisdiction', zh: '所在县区编号，如 county-a', en: 'county or zone id, e.g. county-a', required: true, id: 'jurisdictions' },
      { flag: 'township', zh: '所在乡镇（来源未写则留空）', en: 'township (optional)', required: false },
      {
        flag: 'task',
        zh: '所属任务编号，如 city-cei2/05（还没有任务、只有督察反馈问题点名这里时留空：该反馈问题须在 places 中列出它）',
        en: 'task id (leave empty for a place a finding names before any task: the finding must list it in places)',
        required: false,
        id: 'tasks',
      },
      { flag: 'measure', zh: '所属措施序号（没有则留空）', en: 'measure number (optional)', required: false, format: 'integer' },
      { flag: 'precision', zh: `位置精度：${PLACE_PRECISIONS.join('、')}（来源没有坐标时写 county 或 township）`, en: `precision: ${PLACE_PRECISIONS.join(', ')}`, required: true, choices: PLACE_PRECISIONS },
      { flag: 'point', zh: '经纬度“经度,纬度”，如 115.9961,29.7103（precision 为 exact 时必填：实测的位置；来源没有坐标则留空）', en: 'longitude,latitude, e.g. 115.9961,29.7103 (required with precision exact)', required: false },
      { flag: 'document', zh: '来源文件编号（content/documents/ 下）', en: 'source document id', required: true, id: 'documents' },
      { flag: 'locator', zh: '在来源中的位置，如 附件 五、整改措施 3(1)（可留空）', en: 'where in the source (optional)', required: false },
      { flag: 'quote', zh: '来源原话（可留空）', en: "the source's words (optional)", required: false },
    ],
    make: (answers, context) => {
      // The kinds are the deployment's own (site.yaml's placeLayers): named here on the flag, before the file's check would.
      const kinds = context.placeKinds;
      if (kinds && answers.kind && !kinds.includes(answers.kind)) {
        const near = closest(answers.kind, kinds);
        const listed = kinds.length > 0 ? kinds.join('、') : '（还没有：请先在 site.yaml 的 placeLayers 中声明）';
        return {
          problems: [
            problem(
              'kind',
              `--kind 的值“${answers.kind}”没有在 site.yaml 的 placeLayers 中声明。${near ? `是不是 ${near}？` : ''}已声明的类别：${listed}。`,
              `--kind "${answers.kind}" is not declared in placeLayers of site.yaml.${near ? ` Did you mean ${near}?` : ''} Declared: ${kinds.join(', ') || 'none yet'}.`,
            ),
          ],
        };
      }
      if (answers.measure && !answers.task) {
        return { problems: [problem('measure', '写了 --measure 就要写 --task：措施属于任务。', '--measure needs --task: a measure belongs to a task.')] };
      }
      const data: Record<string, unknown> = { kind: answers.kind, name: answers.name, jurisdiction: answers.jurisdiction };
      if (answers.township) data.township = answers.township;
      if (answers.task) data.task = answers.task;
      if (answers.measure) data.measure = Number(answers.measure);
      // Without a point the place is shown at its county or township, and the note says why.
      const point = answers.point === undefined ? undefined : lonLatText(answers.point);
      if (answers.point !== undefined && !point) {
        return { problems: [problem('point', `--point 的值“${answers.point}”读不出经纬度：写成“经度,纬度”两个数，如 115.9961,29.7103。`, `--point "${answers.point}" is not a position: write longitude,latitude, e.g. 115.9961,29.7103.`)] };
      }
      if (answers.precision === 'exact' && !point) {
        return { problems: [problem('point', '--precision exact 要写 --point：实测位置的经纬度，如 115.9961,29.7103。来源没有坐标的，精度写 county 或 township。', '--precision exact needs --point, the measured longitude,latitude; without coordinates in the source, use county or township.')] };
      }
      data.location = point ? { precision: answers.precision, point } : { precision: answers.precision, note: '来源未给出坐标。' };
      data.source = Object.fromEntries(Object.entries({ document: answers.document, locator: answers.locator, quote: answers.quote }).filter(([, value]) => value));
      return { problems: [], file: { relative: `places/${answers.id}.yaml`, text: newYamlText(data, COMMENT) } };
    },
  },
  jurisdiction: {
    collection: 'jurisdictions',
    questions: [
      { flag: 'id', zh: `行政区划编号（文件名），如 county-a（${ID_HINT}）`, en: 'jurisdiction id (its file name), e.g. county-a', required: true, id: 'new' },
      { flag: 'name', zh: '名称，与方案写法一致，如 示例县', en: 'name as the plan writes it', required: true },
      { flag: 'kind', zh: `类别：${JURISDICTION_KINDS.join('、')}（省、市、区、县、县级市、功能区、市本级、乡镇、街道）`, en: `kind: ${JURISDICTION_KINDS.join(', ')}`, required: true, choices: JURISDICTION_KINDS },
      { flag: 'code', zh: '行政区划代码：县区及以上六位（GB/T 2260），如 110101；乡镇、街道九位（功能区、市本级留空）', en: 'division code: six digits (GB/T 2260), nine for a township (none for zones)', required: false },
      { flag: 'parent', zh: '上级行政区划编号，如 city（省级留空）', en: 'parent jurisdiction id', required: false, id: 'jurisdictions' },
      { flag: 'short-name', zh: '表格和图表里用的简称，如 经开区（没有则留空）', en: 'short name for tables (optional)', required: false },
    ],
    make: (answers) => yamlFile(`jurisdictions/${answers.id}.yaml`, { name: answers.name, shortName: answers['short-name'], code: answers.code, kind: answers.kind, parent: answers.parent }),
  },
  document: {
    collection: 'documents',
    questions: [
      { flag: 'id', zh: `文件编号（文件名），如 city-cei2-plan（${ID_HINT}）`, en: 'document id (its file name)', required: true, id: 'new' },
      { flag: 'title', zh: '标题，照原文，不加书名号', en: 'title as published, without 《》', required: true },
      { flag: 'kind', zh: `类别：${DOCUMENT_KINDS.join('、')}（方案、任务清单、反馈意见、规章、通知、报告、其他）`, en: `kind: ${DOCUMENT_KINDS.join(', ')}`, required: true, choices: DOCUMENT_KINDS },
      { flag: 'issuer', zh: '发布单位，照原文（来源未写则留空）', en: 'issuer (optional)', required: false },
      { flag: 'date', zh: '印发日期，如 2022、2022-03 或 2022-03-15（不知道则留空）', en: 'date of issue (optional)', required: false, format: 'partial-date' },
      { flag: 'number', zh: '文号，如 示委办〔2022〕1号（没有则留空）', en: 'document number (optional)', required: false },
      ...linkQuestions,
      { flag: 'file', zh: '附件：content/attachments/ 中的文件名，如 plan.pdf（先把文件放进去；没有则留空）', en: 'attachment: a file name in content/attachments/ (optional)', required: false },
      { flag: 'file-title', zh: '附件的说明，如 方案全文（留空为“全文”）', en: 'what the attachment is (default: 全文)', required: false },
      { flag: 'note', zh: '备注（可留空）', en: 'note (optional)', required: false },
    ],
    make: (answers) =>
      yamlFile(`documents/${answers.id}.yaml`, {
        title: answers.title,
        kind: answers.kind,
        issuer: answers.issuer,
        date: answers.date,
        number: answers.number,
        links: links(answers),
        attachments: answers.file ? [compact({ title: answers['file-title'] ?? '全文', file: answers.file, format: /\.([A-Za-z0-9]+)$/.exec(answers.file)?.[1]?.toUpperCase() })] : [],
        note: answers.note,
      }),
  },
  inspection: {
    collection: 'inspections',
    questions: [
      { flag: 'id', zh: `督察编号（文件名），如 cei3-province（${ID_HINT}）`, en: 'inspection id (its file name)', required: true, id: 'new' },
      { flag: 'name', zh: '名称，照原文，如 第三轮中央生态环境保护督察（某某省）', en: 'name as published', required: true },
      { flag: 'level', zh: `层级：${INSPECTION_LEVELS.join('、')}（中央、省级、市级）`, en: `level: ${INSPECTION_LEVELS.join(', ')}`, required: true, choices: INSPECTION_LEVELS },
      { flag: 'round', zh: '轮次，如 2（没有则留空）', en: 'round (optional)', required: false, format: 'integer' },
      { flag: 'body', zh: '督察组，照原文，如 中央第五生态环境保护督察组', en: 'the inspecting body', required: true },
      { flag: 'jurisdiction', zh: '被督察地区的行政区划编号，如 province', en: 'id of the jurisdiction inspected', required: true, id: 'jurisdictions' },
      { flag: 'visit-start', zh: '进驻开始日期 YYYY-MM-DD（不知道则留空）', en: 'visit start (optional)', required: false, format: 'calendar-date' },
      { flag: 'visit-end', zh: '进驻结束日期 YYYY-MM-DD（不知道则留空）', en: 'visit end (optional)', required: false, format: 'calendar-date' },
      { flag: 'feedback-date', zh: '反馈日期，如 2021-12-13（尚未反馈则留空）', en: 'feedback date (optional)', required: false, format: 'partial-date' },
      { flag: 'plan-due-days', zh: '整改方案报送时限：反馈后多少个工作日，如 30（没有则留空）', en: 'plan due within this many working days of the feedback (optional)', required: false, format: 'integer' },
      { flag: 'plan-due-date', zh: '整改方案报送截止日期 YYYY-MM-DD（反馈意见写了日期时填）', en: 'plan due date, when the feedback gives one (optional)', required: false, format: 'calendar-date' },
      { flag: 'plan-due-rule', zh: '报送时限的原话，如 反馈后30个工作日内报送整改方案（可留空）', en: 'the rule as the feedback states it (optional)', required: false },
      { flag: 'documents', zh: '反馈意见等来源文件编号，用顿号分隔（可留空）', en: 'source document ids (optional)', required: false, id: 'documents', list: true },
      { flag: 'summary', zh: '一段简介（可留空）', en: 'a short summary (optional)', required: false },
    ],
    make: (answers) => {
      if (Boolean(answers['visit-start']) !== Boolean(answers['visit-end'])) {
        return { problems: [problem(answers['visit-start'] ? 'visit-end' : 'visit-start', '进驻时间要写开始和结束两个日期（--visit-start 和 --visit-end），或都不写。', 'a visit has a start and an end: give both --visit-start and --visit-end, or neither.')] };
      }
      const planDue = compact({ date: answers['plan-due-date'], workingDays: numberOf(answers['plan-due-days']), rule: answers['plan-due-rule'] });
      return yamlFile(`inspections/${answers.id}.yaml`, {
        name: answers.name,
        level: answers.level,
        round: numberOf(answers.round),
        inspectingBody: answers.body,
        inspectedJurisdiction: answers.jurisdiction,
        visit: answers['visit-start'] ? { start: answers['visit-start'], end: answers['visit-end'] } : undefined,
        feedbackDate: answers['feedback-date'],
        planDue: Object.keys(planDue).length > 0 ? planDue : undefined,
        documents: list(answers.documents),
        summary: answers.summary,
      });
    },
  },
  'complaint-totals': {
    collection: 'inspections',
    questions: [
      { flag: 'inspection', zh: '哪次督察的信访举报汇总？写督察编号', en: 'the inspection whose totals these are', required: true, id: 'inspections' },
      { flag: 'as-of', zh: '数字截至的日期，照原文精度，如 2025-11 或 2025-11-30', en: 'the date the totals stand at', required: true, format: 'partial-date' },
      { flag: 'figures', zh: '各项数字，用原文的词和单位，用顿号分隔，如 受理群众信访举报42件、已办结30件、责令整改15家', en: "each figure in the source's words and unit, separated by 、", required: true },
      ...sourceQuestions(true),
      { flag: 'quote', zh: '这些数字所在的原文，照录（可留空，文件中留作待填写）', en: 'the passage the figures come from, verbatim', required: false, blank: '这些数字所在的原文，一字不差地照录' },
    ],
    make: scaffoldComplaintTotals,
  },
  finding: {
    collection: 'findings',
    questions: [
      { flag: 'inspection', zh: '哪次督察的反馈问题？写督察编号', en: 'the inspection that found it', required: true, id: 'inspections' },
      { flag: 'number', zh: '序号：反馈意见中的顺序，或方案引用它的序号（留空为下一个空号）', en: 'its number (empty: the next free one)', required: false, format: 'integer' },
      { flag: 'label', zh: '来源怎样称呼它，如 省整改任务第五十三项（没有则留空）', en: 'how the source names it (optional)', required: false },
      { flag: 'heading', zh: '所属的小标题，如 生态环境保护责任落实不到位（没有则留空）', en: 'the heading it stands under (optional)', required: false },
      { flag: 'text', zh: '问题原文（可留空，文件中留作待填写）', en: 'the finding, verbatim', required: false, blank: '反馈问题原文，一字不差地照录' },
      { flag: 'jurisdictions', zh: '原文点名的县区编号，用顿号分隔（没有则留空）', en: 'jurisdiction ids it names (optional)', required: false, id: 'jurisdictions', list: true },
      { flag: 'places', zh: '原文点名的点位编号，用顿号分隔（没有则留空）', en: 'place ids it names (optional)', required: false, id: 'places', list: true },
      ...sourceQuestions(false),
    ],
    make: scaffoldFinding,
  },
  plan: {
    collection: 'plans',
    questions: [
      { flag: 'id', zh: `方案编号（文件名），如 city-cei2（${ID_HINT}）`, en: 'plan id (its file name)', required: true, id: 'new' },
      { flag: 'title', zh: '标题，照原文，不加书名号', en: 'title as published', required: true },
      { flag: 'short-title', zh: '简称，如 示例市整改方案（可留空）', en: 'short title (optional)', required: false },
      { flag: 'issuer', zh: '印发单位，照原文，如 示例市', en: 'issuer as the plan names it', required: true },
      { flag: 'jurisdiction', zh: '方案覆盖的行政区划编号', en: 'jurisdiction id', required: true, id: 'jurisdictions' },
      { flag: 'date', zh: '印发日期，照原文精度，如 2022 或 2022-03', en: 'date of issue, as precise as known', required: true, format: 'partial-date' },
      { flag: 'date-note', zh: '原文没有日期时，说明日期是怎样确定的（可留空）', en: 'how the date was established (optional)', required: false },
      { flag: 'inspection', zh: '方案回应的督察编号', en: 'the inspection it answers', required: true, id: 'inspections' },
      { flag: 'document', zh: '方案原文的文件编号（content/documents/ 下）', en: 'the document holding its text', required: true, id: 'documents' },
    ],
    make: (answers) =>
      markdownFile(
        `plans/${answers.id}.md`,
        { title: answers.title, shortTitle: answers['short-title'], issuer: answers.issuer, jurisdiction: answers.jurisdiction, date: answers.date, dateNote: answers['date-note'], inspection: answers.inspection, document: answers.document },
        '整改方案正文：照录原文，一级标题写成 ## 一、总体要求 这样',
      ),
  },
  complaint: {
    collection: 'complaints',
    questions: [
      { flag: 'id', zh: `信访件编号（文件路径），如 cei2-province/d001（${ID_HINT}）`, en: 'complaint id (its file path)', required: true, id: 'new' },
      { flag: 'inspection', zh: '交办它的督察编号', en: 'the inspection that transferred it', required: true, id: 'inspections' },
      { flag: 'number', zh: '公开的受理编号，如 D5100001（没有则留空）', en: 'published number (optional)', required: false },
      { flag: 'received', zh: '交办日期 YYYY-MM-DD', en: 'date transferred', required: true, format: 'calendar-date' },
      { flag: 'concluded', zh: '办结日期 YYYY-MM-DD（未办结则留空）', en: 'date concluded (optional)', required: false, format: 'calendar-date' },
      { flag: 'jurisdiction', zh: '所在县区编号', en: 'county or zone id', required: true, id: 'jurisdictions' },
      { flag: 'kinds', zh: `污染类型，用顿号分隔：${COMPLAINT_KINDS.join('、')}`, en: `kinds: ${COMPLAINT_KINDS.join(', ')}`, required: true, choices: COMPLAINT_KINDS, list: true },
      { flag: 'outcome', zh: `办理结果：${COMPLAINT_OUTCOMES.join('、')}`, en: `outcome: ${COMPLAINT_OUTCOMES.join(', ')}`, required: true, choices: COMPLAINT_OUTCOMES },
      { flag: 'summary', zh: '群众反映的问题，照公开的写法（可留空，文件中留作待填写）', en: 'what was complained about, as published', required: false, blank: '群众反映的问题，照公开的写法；不写举报人的姓名、电话、住址' },
      { flag: 'tasks', zh: '相关的整改任务编号，用顿号分隔（没有则留空）', en: 'task ids it bears on (optional)', required: false, id: 'tasks', list: true },
      ...sourceQuestions(true),
    ],
    make: (answers) =>
      yamlFile(`complaints/${answers.id}.yaml`, {
        inspection: answers.inspection,
        number: answers.number,
        received: answers.received,
        concluded: answers.concluded,
        jurisdiction: answers.jurisdiction,
        kinds: list(answers.kinds),
        summary: answers.summary,
        outcome: answers.outcome,
        tasks: list(answers.tasks),
        source: source(answers),
      }),
  },
  case: {
    collection: 'cases',
    questions: [
      { flag: 'id', zh: `案例编号（文件名），如 sludge-dumping（${ID_HINT}）`, en: 'case id (its file name)', required: true, id: 'new' },
      { flag: 'title', zh: '标题，照发布的原文', en: 'title as published', required: true },
      { flag: 'published', zh: '发布日期 YYYY-MM-DD', en: 'date the authority published it', required: true, format: 'calendar-date' },
      { flag: 'date', zh: '案件发生或发现的时间，如 2025-04（不知道则留空）', en: 'when it happened (optional)', required: false, format: 'partial-date' },
      { flag: 'jurisdiction', zh: '所在县区编号', en: 'county or zone id', required: true, id: 'jurisdictions' },
      { flag: 'inspection', zh: '发现或交办它的督察编号（没有则留空）', en: 'the inspection that found it (optional)', required: false, id: 'inspections' },
      { flag: 'tasks', zh: '相关的整改任务编号，用顿号分隔（没有则留空）', en: 'task ids (optional)', required: false, id: 'tasks', list: true },
      { flag: 'findings', zh: '相关的反馈问题编号，用顿号分隔（没有则留空）', en: 'finding ids (optional)', required: false, id: 'findings', list: true },
      { flag: 'summary', zh: '一句话概括，用于列表（可留空，文件中留作待填写）', en: 'one sentence for lists', required: false, blank: '一句话概括案情和处理结果，用于列表' },
      ...sourceQuestions(true),
      ...linkQuestions,
    ],
    make: (answers) =>
      markdownFile(
        `cases/${answers.id}.md`,
        {
          title: answers.title,
          published: answers.published,
          date: answers.date,
          jurisdiction: answers.jurisdiction,
          inspection: answers.inspection,
          tasks: list(answers.tasks),
          findings: list(answers.findings),
          summary: answers.summary,
          source: source(answers),
          links: links(answers),
        },
        '案情、调查处理经过和问责情况，照录公开发布的原文（罚款等处罚写进 penalties，问责写进 accountability，见工作人员指南）',
      ),
  },
  news: {
    collection: 'news',
    questions: [
      { flag: 'id', zh: `动态编号（文件名），如 2026-05-river-cleanup（${ID_HINT}）`, en: 'article id (its file name)', required: true, id: 'new' },
      { flag: 'title', zh: '标题', en: 'title', required: true },
      { flag: 'date', zh: '发布日期 YYYY-MM-DD', en: 'date published', required: true, format: 'calendar-date' },
      { flag: 'topic', zh: `类别：${NEWS_TOPICS.join('、')}`, en: `topic: ${NEWS_TOPICS.join(', ')}`, required: true, choices: NEWS_TOPICS },
      { flag: 'publisher', zh: '发布单位，如 示例市生态环境局', en: 'who published it', required: true },
      { flag: 'summary', zh: '一两句摘要，用于列表和订阅（可留空，文件中留作待填写）', en: 'one or two sentences for lists and the feed', required: false, blank: '一两句摘要，用于列表和订阅' },
      { flag: 'tasks', zh: '报道的整改任务编号，用顿号分隔（没有则留空）', en: 'task ids it reports on (optional)', required: false, id: 'tasks', list: true },
      ...linkQuestions,
    ],
    make: (answers) =>
      markdownFile(
        `news/${answers.id}.md`,
        { title: answers.title, date: answers.date, topic: answers.topic, publisher: answers.publisher, summary: answers.summary, tasks: list(answers.tasks), links: links(answers) },
        '正文：照录发布的原文',
      ),
  },
  indicator: {
    collection: 'indicators',
    questions: [
      { flag: 'id', zh: `指标编号（文件路径），如 city-cei2/air-good-days（${ID_HINT}）`, en: 'indicator id (its file path)', required: true, id: 'new' },
      { flag: 'plan', zh: '设定目标的整改方案编号（只有一个方案时可留空）', en: 'plan id (optional when there is one plan)', required: false, id: 'plans' },
      { flag: 'title', zh: '简称，用于列表和图表标题（不超过40字），如 空气质量优良天数率', en: 'short title (at most 40 characters)', required: true },
      { flag: 'metric', zh: '指标的原话（可留空，文件中留作待填写）', en: "what is measured, in the plan's words", required: false, blank: '指标的原话，如 全市空气质量优良天数率' },
      { flag: 'unit', zh: '单位，如 %、微克/立方米、万吨', en: 'unit', required: true },
      { flag: 'direction', zh: `目标方向：${DIRECTIONS.join('、')}（atLeast 达到…以上、atMost 不超过、below 低于、above 高于、exactly 等于）`, en: `direction: ${DIRECTIONS.join(', ')}`, required: true, choices: DIRECTIONS },
      { flag: 'target', zh: '目标值，如 97', en: 'target value', required: true, format: 'number' },
      { flag: 'year', zh: '目标年份，如 2025', en: 'target year', required: true, format: 'integer' },
      { flag: 'jurisdiction', zh: '目标针对的行政区划编号', en: 'jurisdiction id', required: true, id: 'jurisdictions' },
      { flag: 'group', zh: '分组，如 大气、水、农业、交通', en: 'topic group', required: true },
      { flag: 'since', zh: '实测值最早可以是哪一年的，如 2021（可留空，文件中留作待填写）', en: 'first year measured values may be for', required: false, format: 'integer', blank: '实测值最早可以是哪一年的（一般是方案印发的前一年），写年份数字，如 2021' },
      { flag: 'task', zh: '目标相同的整改任务编号（没有则留空）', en: 'task stating the same target (optional)', required: false, id: 'tasks' },
      ...sourceQuestions(true),
      { flag: 'quote', zh: '设定目标的原文，照录（可留空，文件中留作待填写）', en: 'the passage setting the target, verbatim', required: false, blank: '设定这个目标的原文，一字不差地照录' },
    ],
    make: (answers, context) => {
      const plan = onlyPlan(answers, context.input);
      if (typeof plan !== 'string') return { problems: [plan] };
      return yamlFile(`indicators/${answers.id}.yaml`, {
        title: answers.title,
        metric: answers.metric,
        unit: answers.unit,
        direction: answers.direction,
        target: { value: numberOf(answers.target), year: numberOf(answers.year) },
        jurisdiction: answers.jurisdiction,
        plan,
        task: answers.task,
        group: answers.group,
        since: numberOf(answers.since),
        source: source(answers, { quote: answers.quote }),
      });
    },
  },
};

/** Every kind `npm run new` makes, in the order the registry lists their collections, then the two that add to one. */
export const SCAFFOLD_KINDS = ['jurisdiction', 'unit', 'document', 'inspection', 'complaint-totals', 'finding', 'plan', 'task', 'update', 'reopening', 'place', 'complaint', 'case', 'news', 'indicator'] as const;
export type ScaffoldKind = (typeof SCAFFOLD_KINDS)[number];

/** The questions of each kind, asked in this order. */
export const QUESTIONS = Object.fromEntries(SCAFFOLD_KINDS.map((kind) => [kind, KINDS[kind]!.questions])) as Record<ScaffoldKind, Question[]>;

/** The collection each kind writes to. */
export const SCAFFOLD_COLLECTIONS = Object.fromEntries(SCAFFOLD_KINDS.map((kind) => [kind, KINDS[kind]!.collection])) as Record<ScaffoldKind, CollectionName>;

const text = (value: string | undefined) => (value === undefined ? undefined : normaliseCellText(value).text || undefined);

/** `115.9961,29.7103` (or with 、，； or a space between) as [longitude, latitude]; undefined for anything else. */
function lonLatText(text: string): [number, number] | undefined {
  const parts = text.normalize('NFKC').trim().split(/\s*[,、;]\s*|\s+/);
  if (parts.length !== 2 || !parts.every((part) => /^-?\d+(\.\d+)?$/.test(part))) return undefined;
  return [Number(parts[0]), Number(parts[1])];
}

/** The id of the entry known by the name `text` (namesOfEntry), for an answer that gave a name where an id goes. */
function namedEntry(entries: readonly { id: string; data: unknown }[], text: string): string | undefined {
  return entries.find((entry) => namesOfEntry(entry.data as Record<string, never>).includes(text.trim()))?.id;
}

/** What is wrong with the answers before any file is made of them: missing, not an id, not a known entry, not a choice, not a date or number. */
function answerProblems(kind: ScaffoldKind, answers: Answers, context: ScaffoldContext): Problem[] {
  const problems: Problem[] = [];
  for (const question of QUESTIONS[kind]) {
    const { flag } = question;
    const answer = answers[flag];
    if (answer === undefined) {
      if (question.required) problems.push(problem(flag, `缺少 --${flag}：${question.zh}。`, `--${flag} is missing: ${question.en}.`));
      continue;
    }
    const values = question.list ? splitUnitNames(answer) : [answer];
    for (const value of values) {
      if (question.id && !ID_PATTERN.test(value)) {
        // A name where the id goes (濂溪区 for lianxi): say the id, as the content check does.
        const named = question.id === 'new' ? undefined : namedEntry(context.input[question.id], value);
        if (named) {
          problems.push(problem(flag, `--${flag} 要写编号，不写名称：“${value}”的编号是 ${named}。`, `--${flag} takes an id, not a name: "${value}" is ${named}.`));
          continue;
        }
        problems.push(
          problem(
            flag,
            `--${flag} 的值“${value}”不是有效的编号。编号只能用小写英文字母、数字和连字符，文件夹之间用 /，不能以 / 或 . 开头，例如 city/transport。`,
            `--${flag} "${value}" is not a valid id: use lower-case letters, digits and hyphens, with / between folders and no leading / or ., e.g. city/transport.`,
          ),
        );
        continue;
      }
      if (question.id && question.id !== 'new') {
        const known = context.ids?.[question.id] ?? new Set(context.input[question.id].map((entry) => entry.id));
        if (!known.has(value)) {
          const near = closest(value, known);
          const { label, noun } = COLLECTIONS[question.id];
          problems.push(
            problem(
              flag,
              `找不到编号为“${value}”的${label}（content/${COLLECTIONS[question.id].folder}/ 下）。${near ? `是否想写“${near}”？` : `请先建立它：npm run new -- ${kindOf(question.id) ?? ''}`.trimEnd()}`,
              `there is no ${noun} "${value}" in content/${COLLECTIONS[question.id].folder}/.${near ? ` Did you mean "${near}"?` : ' Create it first with npm run new.'}`,
            ),
          );
        }
      }
      if (question.choices && !question.choices.includes(value)) {
        problems.push(problem(flag, `--${flag} 的值“${value}”不可用，只能是：${question.choices.join('、')}。`, `--${flag} "${value}" is not one of ${question.choices.join(', ')}.`));
      }
      const format = formatProblem(question, value);
      if (format) problems.push(problem(flag, format.zh, format.en));
    }
  }
  return problems;
}

function kindOf(collection: CollectionName): ScaffoldKind | undefined {
  return SCAFFOLD_KINDS.find((kind) => SCAFFOLD_COLLECTIONS[kind] === collection);
}

function formatProblem(question: Question, value: string): { zh: string; en: string } | null {
  const flag = `--${question.flag}`;
  switch (question.format) {
    case 'partial-date':
      return isValidPartialDate(value) ? null : { zh: `${flag} 的日期写成 2022、2022-06 或 2022-06-30，且必须真实存在，这里是“${value}”。`, en: `${flag} is a date written YYYY, YYYY-MM or YYYY-MM-DD that exists, not "${value}".` };
    case 'calendar-date':
      return /^\d{4}-\d{2}-\d{2}$/.test(value) && isValidPartialDate(value) ? null : { zh: `${flag} 的日期写成 2022-06-30，且必须真实存在，这里是“${value}”。`, en: `${flag} is a date written YYYY-MM-DD that exists, not "${value}".` };
    case 'integer':
      return /^\d{1,6}$/.test(value) && Number(value) > 0 ? null : { zh: `${flag} 应为正整数，这里是“${value}”。`, en: `${flag} is a whole number above 0, not "${value}".` };
    case 'number':
      return /^-?\d+(\.\d+)?$/.test(value) ? null : { zh: `${flag} 应为数字，如 97 或 27.4，这里是“${value}”。`, en: `${flag} is a number such as 97 or 27.4, not "${value}".` };
    default:
      return null;
  }
}

/**
 * The file `npm run new <kind>` writes for these answers, or the problems with them. `content` is
 * the checked content, or a context with every entry id and the files of entries.
 */
export function scaffold(kind: ScaffoldKind, raw: Answers, content: LedgerInput | ScaffoldContext): Scaffolded {
  const context: ScaffoldContext = 'input' in content ? content : { input: content };
  // The content check's rule on personal numbers, run on each answer as typed so the message names the flag.
  const personal = Object.entries(raw).flatMap(([flag, value]) =>
    typeof value === 'string' ? personalNumbersIn(value).map((found) => ({ file: `--${flag}`, ...personalDataMessage(found) })) : [],
  );
  if (personal.length > 0) return { problems: personal };
  const answers: Answers = Object.fromEntries(Object.entries(raw).map(([key, value]) => [key, typeof value === 'string' ? text(value) : value]));
  const refused = answerProblems(kind, answers, context);
  if (refused.length > 0) return { problems: refused };
  // What the answers leave out that the file needs: a marked blank, named by the check until filled.
  for (const question of QUESTIONS[kind]) if (question.blank && answers[question.flag] === undefined) answers[question.flag] = blank(question.blank);
  if (answers.url && !answers['url-title']) return { problems: [problem('url-title', '有网址时，请用 --url-title 写明该页面的标题。', 'a link needs a title: add --url-title.')] };
  return KINDS[kind]!.make(answers, context);
}
