import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT, SITES, type SiteName } from '../helpers/sites.ts';

/**
 * The public data interface /data/tasks.json, field by field: every field's path and the JSON
 * types its value may take. The README promises that fields are only ever added, never renamed
 * or removed: renaming or removing one fails this test, and so does adding one that is not
 * written here (add it here and to the README's "Open data" section).
 */
const TASKS_JSON: Record<string, readonly Kind[]> = {
  asOf: ['string'],
  tasks: ['array'],
  'tasks[]': ['object'],
  'tasks[].id': ['string'],
  'tasks[].url': ['string'],
  'tasks[].inspection': ['string', 'null'],
  'tasks[].plan': ['string'],
  'tasks[].number': ['number'],
  'tasks[].provincialTaskNumber': ['number', 'null'],
  'tasks[].title': ['string'],
  'tasks[].finding': ['string'],
  'tasks[].findings': ['array'],
  'tasks[].findings[]': ['object'],
  'tasks[].findings[].id': ['string'],
  'tasks[].findings[].url': ['string'],
  'tasks[].findings[].number': ['number'],
  'tasks[].findings[].label': ['string', 'null'],
  'tasks[].findings[].text': ['string'],
  'tasks[].responsibleUnits': ['array'],
  'tasks[].responsibleUnits[]': ['string'],
  'tasks[].supervisingUnits': ['array'],
  'tasks[].supervisingUnits[]': ['string'],
  'tasks[].acceptanceUnit': ['string'],
  'tasks[].deadline': ['object'],
  'tasks[].deadline.text': ['string'],
  'tasks[].deadline.date': ['string', 'null'],
  'tasks[].deadline.ongoing': ['boolean'],
  'tasks[].goal': ['string'],
  'tasks[].status': ['string'],
  'tasks[].statusDerived': ['boolean'],
  'tasks[].measures': ['array'],
  'tasks[].measures[]': ['object'],
  'tasks[].measures[].number': ['number'],
  'tasks[].measures[].text': ['string'],
  'tasks[].measures[].responsibleUnits': ['array'],
  'tasks[].measures[].responsibleUnits[]': ['string'],
  'tasks[].measures[].due': ['string', 'null'],
  'tasks[].measures[].status': ['string'],
  'tasks[].measures[].statusDerived': ['boolean'],
  'tasks[].measures[].targets': ['array'],
  'tasks[].measures[].targets[]': ['object'],
  'tasks[].measures[].targets[].metric': ['string'],
  'tasks[].measures[].targets[].unit': ['string'],
  'tasks[].measures[].targets[].value': ['number'],
  'tasks[].measures[].targets[].comparison': ['string'],
  'tasks[].measures[].targets[].cumulative': ['boolean'],
  'tasks[].measures[].targets[].due': ['string', 'null'],
  'tasks[].measures[].targets[].jurisdiction': ['string', 'null'],
  'tasks[].measures[].targets[].includes': ['array'],
  'tasks[].measures[].targets[].includes[]': ['object'],
  'tasks[].measures[].targets[].includes[].year': ['number'],
  'tasks[].measures[].targets[].includes[].value': ['number'],
  'tasks[].measures[].targets[].breakdown': ['array'],
  'tasks[].measures[].targets[].breakdown[]': ['object'],
  'tasks[].measures[].targets[].breakdown[].jurisdiction': ['string'],
  'tasks[].measures[].targets[].breakdown[].value': ['number'],
  'tasks[].measures[].items': ['array'],
  'tasks[].measures[].items[]': ['object'],
  'tasks[].measures[].items[].label': ['string'],
  'tasks[].measures[].items[].text': ['string'],
  'tasks[].measures[].items[].responsibleUnits': ['array'],
  'tasks[].measures[].items[].responsibleUnits[]': ['string'],
  'tasks[].measures[].items[].places': ['array'],
  'tasks[].measures[].items[].places[]': ['object'],
  'tasks[].measures[].items[].places[].id': ['string'],
  'tasks[].measures[].items[].places[].name': ['string'],
  'tasks[].updates': ['array'],
  'tasks[].updates[]': ['object'],
  'tasks[].updates[].id': ['string'],
  'tasks[].updates[].date': ['string'],
  'tasks[].updates[].status': ['string'],
  'tasks[].updates[].measure': ['number', 'null'],
  'tasks[].updates[].place': ['string', 'null'],
  'tasks[].updates[].reportedBy': ['string'],
  'tasks[].updates[].summary': ['string'],
};

type Kind = 'string' | 'number' | 'boolean' | 'null' | 'array' | 'object';

const kindOf = (value: unknown): Kind => (value === null ? 'null' : Array.isArray(value) ? 'array' : (typeof value as Kind));

/** The names of the fields an object at `path` has in the interface (`tasks[]` → id, url, …). */
function fieldsOf(path: string): string[] {
  const prefix = path === '' ? '' : `${path}.`;
  return Object.keys(TASKS_JSON)
    .filter((field) => field.startsWith(prefix) && /^[A-Za-z]+$/.test(field.slice(prefix.length)))
    .map((field) => field.slice(prefix.length));
}

/**
 * Walks a published tasks.json against the interface: what differs goes to `problems`, and
 * every type met at every path goes to `seen` (so the test knows which types it has checked).
 */
function walk(value: unknown, path: string, where: string, seen: Map<string, Set<Kind>>, problems: string[]): void {
  const kind = kindOf(value);
  if (path !== '') {
    seen.set(path, (seen.get(path) ?? new Set()).add(kind));
    if (!TASKS_JSON[path]!.includes(kind)) problems.push(`${where}: ${path} is ${kind}, not ${TASKS_JSON[path]!.join(' or ')}`);
  }
  if (kind === 'array') (value as unknown[]).forEach((item, index) => walk(item, `${path}[]`, `${where}[${index}]`, seen, problems));
  if (kind === 'object') {
    const expected = fieldsOf(path);
    const actual = Object.keys(value as object);
    for (const name of expected.filter((field) => !actual.includes(field))) problems.push(`${where}: ${path ? `${path}.` : ''}${name} is missing`);
    for (const name of actual.filter((field) => !expected.includes(field))) problems.push(`${where}: ${path ? `${path}.` : ''}${name} is not in the interface`);
    for (const name of actual.filter((field) => expected.includes(field))) {
      walk((value as Record<string, unknown>)[name], path ? `${path}.${name}` : name, `${where}.${name}`, seen, problems);
    }
  }
}

const sites: SiteName[] = ['bazhong', 'fixture', 'charts'];
const published = (site: SiteName) => JSON.parse(readFileSync(join(SITES[site].outDir, 'data/tasks.json'), 'utf8')) as unknown;

describe('the public interface /data/tasks.json', () => {
  it('has exactly the fields of the interface, each of its type, in every test site', () => {
    const problems: string[] = [];
    for (const site of sites) walk(published(site), '', site, new Map(), problems);
    expect(problems).toEqual([]);
  });

  it('is checked on every field with a value of each type it may take (the test sites hold them all)', () => {
    const seen = new Map<string, Set<Kind>>();
    for (const site of sites) walk(published(site), '', site, seen, []);
    const unseen = Object.entries(TASKS_JSON).flatMap(([path, kinds]) => kinds.filter((kind) => kind !== 'null' && !seen.get(path)?.has(kind)).map((kind) => `${path} as ${kind}`));
    expect(unseen).toEqual([]);
  });

  it('fails on a renamed, a removed or an unlisted field, and on a value of another type', () => {
    const task = (published('bazhong') as { tasks: Record<string, unknown>[] }).tasks[0]!;
    const { title, ...withoutTitle } = task;
    const problemsOf = (tasks: unknown[]) => {
      const problems: string[] = [];
      walk({ asOf: '2022-07-15', tasks }, '', 'changed', new Map(), problems);
      return problems;
    };
    expect(problemsOf([{ ...withoutTitle, name: title }])).toEqual(['changed.tasks[0]: tasks[].title is missing', 'changed.tasks[0]: tasks[].name is not in the interface']);
    expect(problemsOf([{ ...task, deadline: { text: 'x', date: null } }])).toEqual(['changed.tasks[0].deadline: tasks[].deadline.ongoing is missing']);
    expect(problemsOf([{ ...task, number: '6' }])).toEqual(['changed.tasks[0].number: tasks[].number is string, not number']);
  });

  it('documents every field of the interface in the README', () => {
    const readme = readFileSync(join(PROJECT_ROOT, 'README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('## Open data: `/data/tasks.json`'), readme.indexOf('\n## ', readme.indexOf('## Open data')));
    const documented = new Set([...section.matchAll(/`([^`]+)`/g)].flatMap(([, code]) => code!.match(/[A-Za-z]+/g) ?? []));
    const names = new Set(Object.keys(TASKS_JSON).map((path) => path.split('.').at(-1)!.replace(/\[\]$/, '')));
    expect([...names].filter((name) => !documented.has(name))).toEqual([]);
  });
});
