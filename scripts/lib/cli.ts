// Shared by the command-line tools: argument errors and unexpected failures as bilingual
// messages with a non-zero exit, never a stack trace.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { ContentProblems, formatProblems, type Problem } from '../../src/features/check/index.ts';

export function fail(zh: string, en: string): never {
  console.error(`${zh}\n(${en})`);
  process.exit(1);
}

/**
 * Parses flags; an unknown or malformed flag ends the command with the usage line. `--help` (or
 * `-h`) prints the usage and `help`, what the command does, and ends without doing anything,
 * unless the command answers `--help` itself (it then declares a `help` flag).
 */
export function parseFlags<Options extends NonNullable<ParseArgsConfig['options']>>(options: Options, usage: string, help = '') {
  const args = process.argv.slice(2);
  const end = args.indexOf('--');
  if (!('help' in options) && (end === -1 ? args : args.slice(0, end)).some((arg) => arg === '--help' || arg === '-h')) {
    console.log(`用法 usage: ${usage}${help ? `\n\n${help}` : ''}`);
    process.exit(0);
  }
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    fail(`参数有误：${(error as Error).message}\n用法：${usage}`, `bad arguments: ${(error as Error).message}. Usage: ${usage}`);
  }
}

/** The short bilingual line for a failure of the program itself (LEDGER_DEBUG=1 adds the trace). */
function programError(error: unknown): never {
  // Content that cannot be used (site.yaml, say) is the staff member's to fix, not a program error.
  if (error instanceof ContentProblems) {
    console.error(formatProblems(error.problems));
    process.exit(1);
  }
  if (process.env.LEDGER_DEBUG) console.error(error);
  const message = error instanceof Error ? error.message : String(error);
  fail(
    `程序错误：${message}。这不是内容的问题，请把这条信息告诉网站维护者。`,
    `program error: ${message}. This is not a content problem: please report it to the site's maintainers (LEDGER_DEBUG=1 shows details).`,
  );
}

/** Runs a command's body; anything unexpected, even thrown later from a callback, becomes a short message and a non-zero exit. */
export async function runCommand(body: () => Promise<void> | void): Promise<void> {
  process.on('uncaughtException', programError);
  process.on('unhandledRejection', programError);
  try {
    await body();
  } catch (error) {
    programError(error);
  }
}

export function printProblems(problems: readonly Problem[]): void {
  if (problems.length > 0) console.error(formatProblems(problems));
}
