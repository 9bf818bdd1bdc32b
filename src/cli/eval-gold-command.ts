/**
 * The `eval` tasks on German gold sets that share one shape: `lagebild eval quotes|dates|meta --data DIR
 * [--json] [--limit N]` — scores with dev and held-out figures, printed as a table or as JSON (see
 * docs/evaluation.md for the scorers). Exit code 2 when the data is missing or malformed. `eval entities`
 * (eval-entities-command.ts) adds `--errors FILE` to the same shape.
 */
import type { Command } from 'commander';
import type { DatesReport } from '../eval/dates.js';
import type { MetaReport } from '../eval/meta.js';
import type { QuotesReport } from '../eval/quotes.js';
import type { ProgressCallback } from '../eval/tasks.js';
import { EXIT, type CliIo, type ExitCode } from './io.js';
import { progress } from './eval-progress.js';

export interface GoldFlags {
  readonly data: string;
  readonly json?: boolean;
  readonly limit?: number;
}

/** One gold task: how it is named and described, and how its scorer and report are loaded (lazily). */
export interface GoldTask<R> {
  readonly name: string;
  readonly description: string;
  /** What `--data` names. */
  readonly data: string;
  /** What `--limit` counts ("articles", "documents", "pages"). */
  readonly unit: string;
  readonly load: () => Promise<{
    readonly run: (task: { data: string; limit?: number }, onProgress: ProgressCallback) => Promise<R>;
    readonly table: (report: R) => string;
  }>;
}

/** Runs a gold task: its report on stdout, progress on stderr; a data problem is exit 2 with its message. */
export async function runGoldTask<R>(task: GoldTask<R>, flags: GoldFlags, io: CliIo): Promise<ExitCode> {
  const [{ DataError }, { run, table }] = await Promise.all([import('../eval/errors.js'), task.load()]);
  const bar = progress(io.stderr, `eval ${task.name}`);
  try {
    const report = await run(
      { data: flags.data, ...(flags.limit !== undefined ? { limit: flags.limit } : {}) },
      (done, total) => bar.update(done, total),
    );
    bar.stop();
    io.stdout.write(flags.json === true ? JSON.stringify(report, null, 2) + '\n' : table(report));
    return EXIT.ok;
  } catch (error) {
    bar.stop();
    if (!(error instanceof DataError)) throw error;
    io.stderr.write(`lagebild eval: ${error.message}\n`);
    return EXIT.usage;
  }
}

/** Adds a gold task to the `eval` command group. */
export function registerGoldTask<R>(
  group: Command,
  io: CliIo,
  finish: (code: ExitCode) => void,
  positiveInt: (value: string) => number,
  task: GoldTask<R>,
): void {
  group
    .command(task.name)
    .description(task.description)
    .requiredOption('--data <path>', task.data)
    .option('--json', 'print the scores as JSON')
    .option('--limit <n>', `only the first n ${task.unit}`, positiveInt)
    .action(async (flags: GoldFlags) => finish(await runGoldTask(task, flags, io)));
}

/** `eval quotes`: direct quotes, their speakers and indirect speech on quotes-de (src/eval/quotes.ts). */
export const QUOTES_TASK: GoldTask<QuotesReport> = {
  name: 'quotes',
  description: 'direct quotes, speakers and indirect speech on quotes-de (German Wikinews), dev and held-out',
  data: 'the quotes-de folder (*.jsonl.gz) or one such file',
  unit: 'articles',
  load: async () => {
    const [{ quotesEval }, { quotesTable }] = await Promise.all([
      import('../eval/quotes-run.js'),
      import('../eval/quotes-report.js'),
    ]);
    return { run: quotesEval, table: quotesTable };
  },
};

/** `eval dates`: temporal expressions (extent and value) on a TIMEX2 / TIMEX3 set such as WikiWarsDE. */
export const DATES_TASK: GoldTask<DatesReport> = {
  name: 'dates',
  description:
    'temporal expressions on a TIMEX2/TIMEX3 set (WikiWarsDE): extent, value, per type; dev and held-out',
  data: 'the folder (keyinline/*.xml with in/*.sgm, or *.tml)',
  unit: 'documents',
  load: async () => {
    const [{ datesEval }, { datesTable }] = await Promise.all([
      import('../eval/dates-run.js'),
      import('../eval/dates-report.js'),
    ]);
    return { run: datesEval, table: datesTable };
  },
};

/** `eval meta`: page metadata (title, authors, date, outlet) and main text on pages with gold fields (Fundus). */
export const META_TASK: GoldTask<MetaReport> = {
  name: 'meta',
  description: 'page metadata (title, authors, date, outlet) and main text on Fundus pages; dev and held-out',
  data: 'the folder (gold.json and html/<id>.html.gz)',
  unit: 'pages',
  load: async () => {
    const [{ metaEval }, { metaTable }] = await Promise.all([
      import('../eval/meta-run.js'),
      import('../eval/meta-report.js'),
    ]);
    return { run: metaEval, table: metaTable };
  },
};
