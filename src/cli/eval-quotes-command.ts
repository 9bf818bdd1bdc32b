/**
 * `lagebild eval quotes --data DIR`: direct quotes, their speakers and indirect speech on quotes-de (see
 * src/eval/quotes.ts for the scorer). Exit code 2 when the data is missing or malformed.
 */
import type { Command } from 'commander';
import { EXIT, type CliIo, type ExitCode } from './io.js';
import { progress } from './eval-progress.js';

interface QuotesFlags {
  readonly data: string;
  readonly json?: boolean;
  readonly limit?: number;
}

export async function runQuotes(flags: QuotesFlags, io: CliIo): Promise<ExitCode> {
  const [{ DataError }, { quotesEval }, { quotesTable }] = await Promise.all([
    import('../eval/errors.js'),
    import('../eval/quotes-run.js'),
    import('../eval/quotes-report.js'),
  ]);
  const bar = progress(io.stderr, 'eval quotes');
  try {
    const report = await quotesEval(
      { data: flags.data, ...(flags.limit !== undefined ? { limit: flags.limit } : {}) },
      (done, total) => bar.update(done, total),
    );
    bar.stop();
    io.stdout.write(flags.json === true ? JSON.stringify(report, null, 2) + '\n' : quotesTable(report));
    return EXIT.ok;
  } catch (error) {
    bar.stop();
    if (!(error instanceof DataError)) throw error;
    io.stderr.write(`lagebild eval: ${error.message}\n`);
    return EXIT.usage;
  }
}

/** Adds `quotes` to the `eval` command group. */
export function registerEvalQuotes(
  group: Command,
  io: CliIo,
  finish: (code: ExitCode) => void,
  positiveInt: (value: string) => number,
): void {
  group
    .command('quotes')
    .description(
      'direct quotes, speakers and indirect speech on quotes-de (German Wikinews), dev and held-out',
    )
    .requiredOption('--data <path>', 'the quotes-de folder (*.jsonl.gz) or one such file')
    .option('--json', 'print the scores as JSON')
    .option('--limit <n>', 'only the first n articles', positiveInt)
    .action(async (flags: QuotesFlags) => finish(await runQuotes(flags, io)));
}
