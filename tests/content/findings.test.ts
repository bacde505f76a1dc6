import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/features/check/index.ts';
import { buildLedger } from '../../src/core/ledger.ts';
import { PROJECT_ROOT, TEST_AS_OF } from '../helpers/sites.ts';
import { normalise, SOURCE_TEXT } from '../helpers/source-text.ts';

// Bazhong's plan quotes, for each of its 10 tasks, one finding of the provincial inspection and
// cites it by the province's number: `…（省整改任务第X项）`. Each task names that one finding, and
// the finding says what the plan quotes, under the number and words the plan gives it.
const source = normalise(SOURCE_TEXT);
const result = checkContent({ projectRoot: PROJECT_ROOT, asOf: TEST_AS_OF });
const ledger = buildLedger(result.input, TEST_AS_OF);
const tasks = ledger.tasks.filter((view) => view.task.plan === 'bazhong-cei2');
const findings = new Map(ledger.findings.map((view) => [view.id, view]));

/** The （省整改任务第X项） words the source prints right after a task's finding, or undefined. */
function provincialLabelInSource(findingText: string): string | undefined {
  const at = source.indexOf(normalise(findingText));
  if (at < 0) return undefined;
  return /^（(省整改任务第[一二三四五六七八九十]+项)）/.exec(source.slice(at + normalise(findingText).length))?.[1];
}

describe('the findings the Bazhong tasks answer', () => {
  it('has each of the 10 tasks name exactly one finding, and that finding exists', () => {
    expect(tasks).toHaveLength(10);
    const problems: string[] = [];
    for (const { id, task } of tasks) {
      if (task.findings.length !== 1) problems.push(`${id} names ${task.findings.length} findings: ${task.findings.join(', ')}`);
      for (const findingId of task.findings) if (!findings.has(findingId)) problems.push(`${id} names ${findingId}, which is not a finding`);
    }
    expect(problems).toEqual([]);
  });

  it('gives each finding the provincial number, the verbatim text and the （省整改任务第X项） words of the task that answers it', () => {
    const problems: string[] = [];
    for (const { id, task } of tasks) {
      const finding = findings.get(task.findings[0] ?? '');
      if (!finding) continue;
      const label = provincialLabelInSource(task.finding);
      if (finding.data.number !== task.provincialTaskNumber) problems.push(`${finding.id} number ${finding.data.number}, ${id} provincialTaskNumber ${task.provincialTaskNumber}`);
      if (finding.data.text !== task.finding) problems.push(`${finding.id} text differs from ${id} finding`);
      if (label === undefined) problems.push(`${id}: the source prints no （省整改任务第X项） after its finding`);
      if (finding.data.label !== label) problems.push(`${finding.id} label ${finding.data.label}, the source says ${label}`);
      if (finding.data.inspection !== 'cei2-sichuan') problems.push(`${finding.id} inspection ${finding.data.inspection}`);
      if (finding.data.source?.document !== 'bazhong-cei2-plan' || finding.data.source.locator !== task.source.locator) {
        problems.push(`${finding.id} source ${JSON.stringify(finding.data.source)}, ${id} stands at ${task.source.locator}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('has every finding file answered by a Bazhong task', () => {
    const answered = new Set(tasks.flatMap((view) => view.task.findings));
    expect(ledger.findings.map((view) => view.id).filter((id) => !answered.has(id))).toEqual([]);
  });

  it('states only figures, places and jurisdictions the finding text itself names', () => {
    const problems: string[] = [];
    for (const { id, data } of ledger.findings) {
      const text = normalise(data.text);
      for (const quantity of data.quantities) {
        if (!text.includes(normalise(`${quantity.value}${quantity.unit}`))) problems.push(`${id}: ${quantity.value}${quantity.unit} not in its text`);
      }
      const places = data.places.map((placeId) => ledger.places.find((place) => place.id === placeId));
      for (const [index, place] of places.entries()) {
        if (!place || !text.includes(normalise(place.data.name))) problems.push(`${id}: place ${data.places[index]} not named in its text`);
      }
      // A jurisdiction is named in the text (by name or alias), or is where a place it names lies.
      for (const jurisdictionId of data.jurisdictions) {
        const area = ledger.jurisdictions.get(jurisdictionId)?.data;
        const names = area ? [area.name, area.shortName, ...area.aliases].filter((name): name is string => Boolean(name)) : [];
        const named = names.some((name) => text.includes(normalise(name)));
        const ofPlace = places.some((place) => place?.data.jurisdiction === jurisdictionId);
        if (!named && !ofPlace) problems.push(`${id}: jurisdiction ${jurisdictionId} not named in its text`);
      }
    }
    expect(problems).toEqual([]);
  });
});
