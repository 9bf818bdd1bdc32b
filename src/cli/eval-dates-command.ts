/**
 * `lagebild eval dates --data DIR`: temporal expressions (extent and normalised value) on a TIMEX2 / TIMEX3 set
 * such as WikiWarsDE (see src/eval/dates.ts for the scorer). Exit code 2 when the data is missing or malformed.
 */
import type { Command } from 'commander';
import { EXIT, type CliIo, type ExitCode } from './io.js';
import { progress } from './eval-progress.js';

interface DatesFlags {
  readonly data: string;
  readonly json?: boolean;
  readonly limit?: number;
}

export async function runDates(flags: DatesFlags, io: CliIo): Promise<ExitCode> {
  const [{ DataError }, { datesEval }, { datesTable }] = await Promise.all([
    import('../eval/errors.js'),
    import('../eval/dates-run.js'),
    import('../eval/dates-report.js'),
  ]);
  const bar = progress(io.stderr, 'eval dates');
  try {
    const report = await datesEval(
      { data: flags.data, ...(flags.limit !== undefined ? { limit: flags.limit } : {}) },
      (done, total) => bar.update(done, total),
    );
    bar.stop();
    io.stdout.write(flags.json === true ? JSON.stringify(report, null, 2) + '\n' : datesTable(report));
    return EXIT.ok;
  } catch (error) {
    bar.stop();
    if (!(error instanceof DataError)) throw error;
    io.stderr.write(`lagebild eval: ${error.message}\n`);
    return EXIT.usage;
  }
}

/** Adds `dates` to the `eval` command group. */
export function registerEvalDates(
  group: Command,
  io: CliIo,
  finish: (code: ExitCode) => void,
  positiveInt: (value: string) => number,
): void {
  group
    .command('dates')
    .description(
      'temporal expressions on a TIMEX2/TIMEX3 set (WikiWarsDE): extent, value, per type; dev and held-out',
    )
    .requiredOption('--data <path>', 'the folder (keyinline/*.xml with in/*.sgm, or *.tml)')
    .option('--json', 'print the scores as JSON')
    .option('--limit <n>', 'only the first n documents', positiveInt)
    .action(async (flags: DatesFlags) => finish(await runDates(flags, io)));
}
