// Shared by the command-line tools: argument errors and unexpected failures as bilingual
// messages with a non-zero exit, never a stack trace.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { formatProblems, type Problem } from '../../src/lib/content-check/problem.ts';

export function fail(zh: string, en: string): never {
  console.error(`${zh}\n(${en})`);
  process.exit(1);
}

/** Parses flags; an unknown or malformed flag ends the command with the usage line. */
export function parseFlags<Options extends NonNullable<ParseArgsConfig['options']>>(options: Options, usage: string) {
  try {
    return parseArgs({ options, allowPositionals: true, strict: true });
  } catch (error) {
    fail(`参数有误：${(error as Error).message}\n用法：${usage}`, `bad arguments: ${(error as Error).message}. Usage: ${usage}`);
  }
}

/** Runs a command's body; an unexpected error becomes a short message (LEDGER_DEBUG=1 shows the trace). */
export async function runCommand(body: () => Promise<void> | void): Promise<void> {
  try {
    await body();
  } catch (error) {
    if (process.env.LEDGER_DEBUG) console.error(error);
    fail(`出现意外错误：${(error as Error).message}。请把这条信息告诉网站维护者。`, `unexpected error: ${(error as Error).message}. Please report it to the site's maintainers (LEDGER_DEBUG=1 shows details).`);
  }
}

export function printProblems(problems: readonly Problem[]): void {
  if (problems.length > 0) console.error(formatProblems(problems));
}
