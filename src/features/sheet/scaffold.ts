import { PLACE_KINDS, PLACE_PRECISIONS } from '../../schemas/place.ts';
import { ID_PATTERN } from '../../schemas/shared.ts';
import { UNIT_KINDS } from '../../schemas/unit.ts';
import { REPORTED_STATUSES } from '../../schemas/update.ts';
import type { Problem } from '../check/index.ts';
import { personalDataMessage, personalNumbersIn } from '../check/index.ts';
import { todayInChina } from '../../core/dates.ts';
import type { LedgerInput } from '../../core/ledger.ts';
import { rowsToTasks } from './ledger-sheet.ts';
import { normaliseCellText, parseTaskNumber } from './text.ts';
import { splitUnitNames, unitResolver } from './units.ts';
import { newYamlText } from './yaml-file.ts';

/**
 * `npm run new`: a valid content file from a few answers, so staff never start from a blank
 * file. Each kind lists its questions (asked at a terminal, or given as flags); `scaffold`
 * turns the answers into a file under `content/`, naming every answer it cannot use.
 */

export const SCAFFOLD_KINDS = ['update', 'task', 'unit', 'place'] as const;
export type ScaffoldKind = (typeof SCAFFOLD_KINDS)[number];

export interface Question {
  /** The flag that answers it: `--task`. */
  flag: string;
  /** The question in Chinese, with an example. */
  zh: string;
  en: string;
  required: boolean;
}

export const QUESTIONS: Record<ScaffoldKind, Question[]> = {
  update: [
    { flag: 'task', zh: '哪项任务？写任务编号，如 bazhong-cei2/06，只有一个方案时也可只写序号 6', en: 'which task: its id (bazhong-cei2/06), or its number when there is one plan', required: true },
    { flag: 'measure', zh: '第几条措施？（针对整项任务则留空）', en: 'which measure number (empty for the whole task)', required: false },
    { flag: 'place', zh: '哪个点位？写点位编号（没有则留空）', en: 'which place id (optional)', required: false },
    { flag: 'date', zh: `进展日期，如 2026-05-20 或 2026-05（留空为今天）`, en: 'date of the update, YYYY-MM-DD or YYYY-MM (empty: today)', required: false },
    { flag: 'status', zh: `状态：${REPORTED_STATUSES.join('、')}`, en: `status: ${REPORTED_STATUSES.join(', ')}`, required: true },
    { flag: 'by', zh: '报告单位：单位名称（如 市住房城乡建设局）或单位编号', en: 'reporting unit: its name or id', required: true },
    { flag: 'summary', zh: '做了什么（一两句话）', en: 'what was done, in a sentence or two', required: true },
    { flag: 'evidence-title', zh: '依据链接的标题（没有则留空）', en: 'title of a public link as evidence (optional)', required: false },
    { flag: 'evidence-url', zh: '依据链接网址 https://…（没有则留空）', en: 'URL of that link (optional)', required: false },
    { flag: 'evidence-document', zh: '依据文件编号（content/documents/ 下，没有则留空）', en: 'id of a document in content/documents/ (optional)', required: false },
    { flag: 'evidence-text', zh: '依据说明，如“验收意见（巴环函〔2026〕1号）”（没有则留空）', en: 'evidence in words (optional)', required: false },
  ],
  task: [
    { flag: 'plan', zh: '属于哪个整改方案？写方案编号（只有一个方案时可留空）', en: 'plan id (optional when there is one plan)', required: false },
    { flag: 'number', zh: '任务序号（留空为下一个空号）', en: 'task number (empty: the next free one)', required: false },
    { flag: 'title', zh: '任务简称（不超过40字，取反馈问题原话）', en: 'short title, at most 40 characters, in the finding\'s words', required: true },
    { flag: 'finding', zh: '反馈问题原文', en: 'the finding, verbatim', required: true },
    { flag: 'responsible', zh: '责任单位（名称或编号，用顿号分隔）', en: 'responsible units, names or ids separated by 、', required: true },
    { flag: 'supervising', zh: '督导单位（第一个为验收单位，用顿号分隔）', en: 'supervising units, the first is the acceptance unit', required: true },
    { flag: 'deadline', zh: '整改时限，如 2026年12月 或 立行立改，长期坚持', en: 'deadline: 2026年12月 or 立行立改，长期坚持', required: true },
    { flag: 'goal', zh: '整改目标原文', en: 'the goal, verbatim', required: true },
    { flag: 'measures', zh: '整改措施：每条一行，以“1.”开头，末尾可写（责任单位：…）', en: 'measures, one per line starting 1., each optionally ending （责任单位：…）', required: true },
  ],
  unit: [
    { flag: 'id', zh: '单位编号（文件路径），如 bazhong/transport', en: 'unit id (its file path), e.g. bazhong/transport', required: true },
    { flag: 'name', zh: '单位名称，与方案写法一致，如 市交通运输局', en: 'name as the plan writes it', required: true },
    { flag: 'kind', zh: `类别：${UNIT_KINDS.join('、')}（留空为 department）`, en: `kind: ${UNIT_KINDS.join(', ')} (empty: department)`, required: false },
    { flag: 'jurisdiction', zh: '所属行政区划编号，如 bazhong', en: 'jurisdiction id, e.g. bazhong', required: true },
    { flag: 'short-name', zh: '简称（没有则留空）', en: 'short name (optional)', required: false },
    { flag: 'aliases', zh: '表格里的其他写法，用顿号分隔（没有则留空）', en: 'other spellings used in sheets, separated by 、 (optional)', required: false },
  ],
  place: [
    { flag: 'id', zh: '点位编号（文件路径），如 bazhong-cei2/sewage/jingkai-plant', en: 'place id (its file path)', required: true },
    { flag: 'kind', zh: `类别：${PLACE_KINDS.join('、')}`, en: `kind: ${PLACE_KINDS.join(', ')}`, required: true },
    { flag: 'name', zh: '名称，与来源写法一致', en: 'name as the source writes it', required: true },
    { flag: 'jurisdiction', zh: '所在县区编号，如 nanjiang', en: 'county or zone id, e.g. nanjiang', required: true },
    { flag: 'township', zh: '所在乡镇（来源未写则留空）', en: 'township (optional)', required: false },
    { flag: 'task', zh: '所属任务编号，如 bazhong-cei2/05', en: 'task id', required: true },
    { flag: 'measure', zh: '所属措施序号（没有则留空）', en: 'measure number (optional)', required: false },
    { flag: 'precision', zh: `位置精度：${PLACE_PRECISIONS.join('、')}（来源没有坐标时写 county 或 township）`, en: `precision: ${PLACE_PRECISIONS.join(', ')}`, required: true },
    { flag: 'document', zh: '来源文件编号（content/documents/ 下）', en: 'source document id', required: true },
    { flag: 'locator', zh: '在来源中的位置，如 附件 五、整改措施 3(1)（可留空）', en: 'where in the source (optional)', required: false },
    { flag: 'quote', zh: '来源原话（可留空）', en: 'the source\'s words (optional)', required: false },
  ],
};

export type Answers = Record<string, string | undefined>;

export interface Scaffolded {
  problems: Problem[];
  /** The file to write, under `content/`. */
  file?: { relative: string; text: string };
}

const COMMENT = '由 npm run new 生成；改完运行 npm run check 检查。';

function missing(kind: ScaffoldKind, answers: Answers): Problem[] {
  return QUESTIONS[kind]
    .filter((question) => question.required && !answers[question.flag]?.trim())
    .map((question) => ({
      file: `--${question.flag}`,
      zh: `缺少 --${question.flag}：${question.zh}。`,
      en: `--${question.flag} is missing: ${question.en}.`,
    }));
}

const text = (value: string | undefined) => (value === undefined ? undefined : normaliseCellText(value).text || undefined);

function problem(flag: string, zh: string, en: string): Problem {
  return { file: `--${flag}`, zh, en };
}

/**
 * Flags whose answer is an entry id, by kind. An id becomes a file path (`--id`) or a
 * reference, so it must be an id before anything else looks at it: `../../x` is refused here.
 * (`update --task` may also be a task number, and `--by` a unit's name: both are looked up
 * among existing entries, never used as a path.)
 */
const ID_FLAGS: Record<ScaffoldKind, readonly string[]> = {
  update: ['place', 'evidence-document'],
  task: ['plan'],
  unit: ['id', 'jurisdiction'],
  place: ['id', 'jurisdiction', 'task', 'document'],
};

function badIds(kind: ScaffoldKind, answers: Answers): Problem[] {
  return ID_FLAGS[kind]
    .filter((flag) => answers[flag] !== undefined && !ID_PATTERN.test(answers[flag]!))
    .map((flag) =>
      problem(
        flag,
        `--${flag} 的值“${answers[flag]}”不是有效的编号。编号只能用小写英文字母、数字和连字符，文件夹之间用 /，不能以 / 或 . 开头，例如 bazhong/transport。`,
        `--${flag} "${answers[flag]}" is not a valid id: use lower-case letters, digits and hyphens, with / between folders and no leading / or ., e.g. bazhong/transport.`,
      ),
    );
}

/** The file `npm run new <kind>` writes for these answers, or the problems with them. */
export function scaffold(kind: ScaffoldKind, raw: Answers, content: LedgerInput): Scaffolded {
  // The content check's rule on personal numbers, run on each answer as typed so the message names the flag.
  const personal = Object.entries(raw).flatMap(([flag, value]) =>
    typeof value === 'string' ? personalNumbersIn(value).map((found) => ({ file: `--${flag}`, ...personalDataMessage(found) })) : [],
  );
  if (personal.length > 0) return { problems: personal };
  const answers: Answers = Object.fromEntries(Object.entries(raw).map(([key, value]) => [key, typeof value === 'string' ? text(value) : value]));
  const refused = [...missing(kind, answers), ...badIds(kind, answers)];
  if (refused.length > 0) return { problems: refused };
  switch (kind) {
    case 'update':
      return scaffoldUpdate(answers, content);
    case 'task':
      return scaffoldTask(answers, content);
    case 'unit':
      return scaffoldUnit(answers);
    case 'place':
      return scaffoldPlace(answers);
  }
}

function findTask(reference: string, content: LedgerInput) {
  const byId = content.tasks.find((task) => task.id === reference);
  if (byId) return byId;
  const number = parseTaskNumber(reference);
  if (number !== null && content.plans.length === 1) return content.tasks.find((task) => task.data.number === number);
  return undefined;
}

function scaffoldUpdate(answers: Answers, content: LedgerInput): Scaffolded {
  const problems: Problem[] = [];
  const task = findTask(answers.task!, content);
  if (!task) {
    problems.push(problem('task', `找不到任务“${answers.task}”。现有任务：${content.tasks.map((t) => t.id).join('、')}。`, `no task "${answers.task}"; tasks: ${content.tasks.map((t) => t.id).join(', ')}.`));
  }
  const status = answers.status!;
  if (!(REPORTED_STATUSES as readonly string[]).includes(status)) {
    problems.push(problem('status', `状态“${status}”不可用，只能是：${REPORTED_STATUSES.join('、')}。“滞后”由系统推算，不要手写。`, `status must be one of ${REPORTED_STATUSES.join(', ')}; 滞后 is derived, never written.`));
  }
  const found = unitResolver(content.units)(answers.by!);
  const byId = content.units.some((unit) => unit.id === answers.by) ? answers.by! : found.ok ? found.id : undefined;
  if (!byId && !found.ok) problems.push(problem('by', found.zh, found.en));
  const measure = answers.measure ? Number(answers.measure) : undefined;
  if (answers.measure && !(Number.isInteger(measure) && measure! > 0)) problems.push(problem('measure', `措施序号应为正整数，这里是“${answers.measure}”。`, `the measure is a whole number, not "${answers.measure}".`));
  const date = answers.date ?? todayInChina();
  if (!/^\d{4}(-\d{2}){0,2}$/.test(date)) problems.push(problem('date', `日期写成 2026-05-20 或 2026-05，这里是“${date}”。`, `write the date as YYYY-MM-DD or YYYY-MM, not "${date}".`));
  if (answers['evidence-url'] && !answers['evidence-title']) problems.push(problem('evidence-title', '有依据链接时，请用 --evidence-title 写明链接标题。', 'a link needs a title: add --evidence-title.'));
  if (problems.length > 0) return { problems };

  const evidence: Record<string, unknown> = {};
  if (answers['evidence-document']) evidence.documents = [{ document: answers['evidence-document'] }];
  if (answers['evidence-url']) evidence.links = [{ title: answers['evidence-title'], url: answers['evidence-url'] }];
  if (answers['evidence-text']) evidence.text = answers['evidence-text'];
  const data: Record<string, unknown> = { task: task!.id };
  if (measure !== undefined) data.measure = measure;
  if (answers.place) data.place = answers.place;
  Object.assign(data, { date, status, reportedBy: byId, summary: answers.summary });
  if (Object.keys(evidence).length > 0) data.evidence = evidence;
  // content/updates/<plan>/<task number>[-<measure>]-<date>.yaml, as the existing updates are named.
  const [planFolder] = task!.id.split('/');
  const name = [String(task!.data.number).padStart(2, '0'), measure, date].filter((part) => part !== undefined).join('-');
  return { problems: [], file: { relative: `updates/${planFolder}/${name}.yaml`, text: newYamlText(data, COMMENT) } };
}

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
  return { problems: [], file: { relative: `tasks/${task.id}.yaml`, text: newYamlText(task.data, COMMENT) } };
}

function scaffoldUnit(answers: Answers): Scaffolded {
  const data: Record<string, unknown> = { name: answers.name, kind: answers.kind ?? 'department', jurisdiction: answers.jurisdiction };
  if (answers['short-name']) data.shortName = answers['short-name'];
  if (answers.aliases) data.aliases = splitUnitNames(answers.aliases);
  return { problems: [], file: { relative: `units/${answers.id}.yaml`, text: newYamlText(data, COMMENT) } };
}

function scaffoldPlace(answers: Answers): Scaffolded {
  const data: Record<string, unknown> = { kind: answers.kind, name: answers.name, jurisdiction: answers.jurisdiction };
  if (answers.township) data.township = answers.township;
  data.task = answers.task;
  if (answers.measure) data.measure = Number(answers.measure);
  // Without a point the place is shown at its county or township, and the note says why.
  data.location = answers.precision === 'exact' ? { precision: 'exact' } : { precision: answers.precision, note: '来源未给出坐标。' };
  data.source = Object.fromEntries(Object.entries({ document: answers.document, locator: answers.locator, quote: answers.quote }).filter(([, value]) => value));
  return { problems: [], file: { relative: `places/${answers.id}.yaml`, text: newYamlText(data, COMMENT) } };
}
