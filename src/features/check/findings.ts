import type { Finding } from '../../schemas/finding.ts';
import type { Task } from '../../schemas/task.ts';
import type { ValidEntry } from './index.ts';
import type { Problem } from './problem.ts';

/**
 * A finding's address is its id, `/findings/<folder>/<file>/`, and the pages call it by its
 * inspection and number: so the folder is the inspection it names, the file name is its number
 * (`content/findings/cei2-sichuan/53.yaml` holds number 53 of cei2-sichuan), and no two findings
 * of one inspection share a number. A task names each finding it answers once.
 *
 * A task's own `finding` is not held to the finding's text: one finding may become several
 * tasks, each quoting the part it answers. Where a deployment's plan quotes each finding whole
 * (Bazhong's), its content tests hold the two to each other (tests/content/findings.test.ts).
 */
export function findingProblems(findings: readonly ValidEntry<Finding>[], tasks: readonly ValidEntry<Task>[]): Problem[] {
  const problems: Problem[] = [];
  const byNumber = new Map<string, ValidEntry<Finding>>();
  for (const entry of findings) {
    const { inspection, number } = entry.data;
    const slash = entry.id.lastIndexOf('/');
    const folder = slash < 0 ? '' : entry.id.slice(0, slash);
    const name = entry.id.slice(slash + 1);
    const expected = `${String(number).padStart(2, '0')}.yaml`;
    if (folder !== inspection) {
      problems.push({
        file: entry.source.file,
        line: entry.source.lineOf(['inspection']),
        field: 'inspection',
        zh: `反馈问题放在以督察编号命名的文件夹下：这个文件在 ${folder ? `findings/${folder}/` : 'findings/'} 下，却写的是督察 ${inspection}。请把文件移到 content/findings/${inspection}/${expected}，或改正 inspection。`,
        en: `a finding is filed in the folder named after its inspection: this file is under ${folder ? `findings/${folder}/` : 'findings/'} but names the inspection ${inspection}; move it to content/findings/${inspection}/${expected}, or correct inspection.`,
      });
    }
    if (!/^\d+$/.test(name) || Number(name) !== number) {
      problems.push({
        file: entry.source.file,
        line: entry.source.lineOf(['number']),
        field: 'number',
        zh: `反馈问题的文件名就是它的序号：这里 number 写的是 ${number}，文件名却是 ${name}。请把文件改名为 ${expected}，或改正 number。`,
        en: `a finding's file name is its number: number says ${number} but the file is called ${name}; rename the file ${expected}, or correct number.`,
      });
    }
    const key = `${inspection}#${number}`;
    const other = byNumber.get(key);
    if (other) {
      problems.push({
        file: entry.source.file,
        line: entry.source.lineOf(['number']),
        field: 'number',
        zh: `督察 ${inspection} 已有第${number}个反馈问题（${other.source.file}）。同一督察的问题序号不能重复：请改正序号，或删除重复的文件。`,
        en: `inspection ${inspection} already has a finding number ${number} (${other.source.file}): one inspection's findings have distinct numbers; correct the number or delete the repeated file.`,
      });
    } else byNumber.set(key, entry);
  }
  for (const entry of tasks) {
    const seen = new Set<string>();
    entry.data.findings.forEach((id, index) => {
      if (!seen.has(id)) {
        seen.add(id);
        return;
      }
      problems.push({
        file: entry.source.file,
        line: entry.source.lineOf(['findings', index]),
        field: `findings[${index}]`,
        zh: `findings 中反馈问题 ${id} 写了两次。每个问题只写一次：请删去重复的一项。`,
        en: `findings names the finding ${id} twice: name each finding once; delete the repeated item.`,
      });
    });
  }
  return problems;
}

/** The opening words of a long text, for a message. */
