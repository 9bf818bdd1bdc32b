/**
 * `lagebild eval meta --data DIR`: page metadata (title, authors, date, outlet) and main text on news pages
 * with gold fields, such as the Fundus set extract-fundus-de (see src/eval/meta.ts for the scorers). Exit code 2 when the data is missing or malformed.
 */
import type { Command } from 'commander';
import { EXIT, type CliIo, type ExitCode } from './io.js';
import { progress } from './eval-progress.js';

interface MetaFlags {
  readonly data: string;
  readonly json?: boolean;
  readonly limit?: number;
}

export async function runMeta(flags: MetaFlags, io: CliIo): Promise<ExitCode> {
  const [{ DataError }, { metaEval }, { metaTable }] = await Promise.all([
    import('../eval/errors.js'),
    import('../eval/meta-run.js'),
    import('../eval/meta-report.js'),
  ]);
  const bar = progress(io.stderr, 'eval meta');
  try {
    const report = await metaEval(
      { data: flags.data, ...(flags.limit !== undefined ? { limit: flags.limit } : {}) },
      (done, total) => bar.update(done, total),
    );
    bar.stop();
    io.stdout.write(flags.json === true ? JSON.stringify(report, null, 2) + '\n' : metaTable(report));
    return EXIT.ok;
  } catch (error) {
    bar.stop();
    if (!(error instanceof DataError)) throw error;
    io.stderr.write(`lagebild eval: ${error.message}\n`);
    return EXIT.usage;
  }
}

/** Adds `meta` to the `eval` command group. */
export function registerEvalMeta(
  group: Command,
  io: CliIo,
  finish: (code: ExitCode) => void,
  positiveInt: (value: string) => number,
): void {
  group
    .command('meta')
    .description(
      'page metadata (title, authors, date, outlet) and main text on Fundus pages; dev and held-out',
    )
    .requiredOption('--data <path>', 'the folder (gold.json and html/<id>.html.gz)')
    .option('--json', 'print the scores as JSON')
    .option('--limit <n>', 'only the first n pages', positiveInt)
    .action(async (flags: MetaFlags) => finish(await runMeta(flags, io)));
}
