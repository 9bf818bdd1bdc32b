/**
 * `lagebild eval summarize|extract|cluster|similarity|all`: the command-line face of `src/eval`, which measures and
 * reports progress through callbacks. `npm run eval` is `lagebild eval all`: every task on `../shared/data`, the
 * figures checked against the floors of `src/eval/floors.ts` (exit 1 below one; `--no-check` only reports).
 * Exit codes (see `EXIT`): 0 on success; 1 when a figure is below its floor; 2 when the data is missing or
 * malformed (message on stderr). The evaluation modules are loaded when a subcommand runs, not for `--help`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Command, CommanderError, InvalidArgumentError } from 'commander';
import type { AllResult } from '../eval/all.js';
import { languageOption } from './args.js';
import { registerEvalEntities } from './eval-entities-command.js';
import { DATES_TASK, META_TASK, QUOTES_TASK, registerGoldTask } from './eval-gold-command.js';
import { EXIT, type CliIo, type ExitCode } from './io.js';
import { progress, taskProgress } from './eval-progress.js';

export interface SummarizeFlags {
  readonly data: string;
  readonly words?: number;
  readonly lang?: string;
  readonly json?: boolean;
  readonly out?: string;
  readonly limit?: number;
}

export interface ExtractFlags {
  readonly data: string;
  readonly json?: boolean;
  readonly limit?: number;
}

export interface AllFlags {
  readonly dataRoot?: string;
  readonly words?: number;
  readonly json?: boolean;
  /** Default true: compare the figures with the floors and exit 1 below one. */
  readonly check?: boolean;
}

function positiveInt(value: string): number {
  const n = Number(value);
  if (!/^\d+$/u.test(value.trim()) || !Number.isSafeInteger(n) || n < 1) {
    throw new InvalidArgumentError(`expected a positive whole number, got "${value}"`);
  }
  return n;
}

/** Runs `work`; a `DataError` (bad or missing data) is its message on stderr and exit code 2. */
async function guarded(io: CliIo, work: () => Promise<ExitCode | void>): Promise<ExitCode> {
  const { DataError } = await import('../eval/errors.js');
  try {
    return (await work()) ?? EXIT.ok;
  } catch (error) {
    if (error instanceof DataError) {
      io.stderr.write(`lagebild eval: ${error.message}\n`);
      return EXIT.usage;
    }
    throw error;
  }
}

export function runSummarize(flags: SummarizeFlags, io: CliIo): Promise<ExitCode> {
  return guarded(io, async () => {
    const [{ summarize }, report] = await Promise.all([
      import('../eval/tasks.js'),
      import('../eval/report.js'),
    ]);
    const outputs = new Map<string, string[]>();
    const bar = progress(io.stderr, 'eval summarize');
    let outcome: Awaited<ReturnType<typeof summarize>>;
    try {
      outcome = await summarize(
        {
          data: flags.data,
          ...(flags.words !== undefined ? { words: flags.words } : {}),
          ...(flags.lang !== undefined ? { lang: flags.lang } : {}),
          ...(flags.limit !== undefined ? { limit: flags.limit } : {}),
          ...(flags.out !== undefined
            ? {
                onOutput: (system: string, id: string, summary: string) => {
                  const list = outputs.get(system) ?? [];
                  list.push(JSON.stringify({ id, summary }));
                  outputs.set(system, list);
                },
              }
            : {}),
        },
        (done, total) => bar.update(done, total),
      );
    } finally {
      bar.stop();
    }
    if (flags.out !== undefined) {
      mkdirSync(flags.out, { recursive: true });
      for (const [system, lines] of outputs)
        writeFileSync(join(flags.out, `${system}.jsonl`), lines.join('\n') + '\n');
    }
    const { report: r, notes } = outcome;
    io.stdout.write(
      flags.json === true
        ? JSON.stringify(report.summarizeJson(r, notes), null, 2) + '\n'
        : report.summarizeTable(r, notes),
    );
    if (flags.out !== undefined)
      io.stderr.write(`lagebild eval: system outputs written to ${flags.out}/<system>.jsonl\n`);
  });
}

export function runExtract(flags: ExtractFlags, io: CliIo): Promise<ExitCode> {
  return guarded(io, async () => {
    const [{ extract }, report] = await Promise.all([
      import('../eval/tasks.js'),
      import('../eval/report.js'),
    ]);
    const bar = progress(io.stderr, 'eval extract');
    let r: Awaited<ReturnType<typeof extract>>;
    try {
      r = await extract(
        { data: flags.data, ...(flags.limit !== undefined ? { limit: flags.limit } : {}) },
        (done, total) => bar.update(done, total),
      );
    } finally {
      bar.stop();
    }
    io.stdout.write(
      flags.json === true ? JSON.stringify(report.extractJson(r), null, 2) + '\n' : report.extractTable(r),
    );
  });
}

function runCluster(flags: { data: string; json?: boolean }, io: CliIo): Promise<ExitCode> {
  return guarded(io, async () => {
    const [{ clusterEval }, { clusterTable }] = await Promise.all([
      import('../eval/tasks.js'),
      import('../eval/report.js'),
    ]);
    const bar = progress(io.stderr, 'eval cluster');
    let r: ReturnType<typeof clusterEval>;
    try {
      r = clusterEval(flags.data, (done, total) => bar.update(done, total));
    } finally {
      bar.stop();
    }
    io.stdout.write(flags.json === true ? JSON.stringify(r, null, 2) + '\n' : clusterTable(r));
  });
}

function runSimilarity(flags: { data: string; json?: boolean }, io: CliIo): Promise<ExitCode> {
  return guarded(io, async () => {
    const [{ similarityEval }, { similarityTable }] = await Promise.all([
      import('../eval/tasks.js'),
      import('../eval/report.js'),
    ]);
    const r = similarityEval(flags.data);
    io.stdout.write(flags.json === true ? JSON.stringify(r, null, 2) + '\n' : similarityTable(r));
  });
}

/** The floor checks as lines (`ok`, `BELOW`, `not checked`) and whether any figure fell below its floor. */
export async function floorReport(result: AllResult): Promise<{ text: string; failed: number }> {
  const { checkFloors, describeBound } = await import('../eval/floors.js');
  const checks = checkFloors(result);
  const lines = checks.map(({ floor, value, ok }) => {
    const state = ok === undefined ? 'not checked (data absent)' : ok ? 'ok' : 'BELOW';
    const shown = value === undefined ? '' : ` ${Number.isInteger(value) ? String(value) : value.toFixed(4)}`;
    return `  ${state.padEnd(5)} ${floor.name}:${shown} (${describeBound(floor)})\n`;
  });
  const failed = checks.filter((c) => c.ok === false).length;
  const checked = checks.filter((c) => c.ok !== undefined).length;
  return {
    text:
      `floors: ${String(checked - failed)} of ${String(checked)} checked figures hold` +
      `${checked < checks.length ? `, ${String(checks.length - checked)} not checked` : ''}\n` +
      lines.join(''),
    failed,
  };
}

/** `eval all` (`npm run eval`): every task on every data set present; then the floors, unless `check` is false. */
export async function runAllCommand(flags: AllFlags, io: CliIo): Promise<ExitCode> {
  const [{ runAll, summaryTable }, report, quotesReport, datesReport, entitiesReport, metaReport] =
    await Promise.all([
      import('../eval/all.js'),
      import('../eval/report.js'),
      import('../eval/quotes-report.js'),
      import('../eval/dates-report.js'),
      import('../eval/entities-report.js'),
      import('../eval/meta-report.js'),
    ]);
  const started = performance.now();
  const bar = taskProgress(io.stderr);
  const say = (text: string): void => {
    if (flags.json !== true) io.stdout.write(text);
  };
  let result: AllResult;
  try {
    result = await runAll(
      {
        ...(flags.dataRoot !== undefined ? { dataRoot: flags.dataRoot } : {}),
        ...(flags.words !== undefined ? { words: flags.words } : {}),
      },
      {
        onProgress: bar.onProgress,
        onTaskDone: (done) => {
          bar.stop();
          if (done.task === 'summarize') say(report.summarizeTable(done.report, done.notes) + '\n');
          else if (done.task === 'extract') say(report.extractTable(done.report) + '\n');
          else if (done.task === 'cluster') say(report.clusterTable(done.report) + '\n');
          else if (done.task === 'similarity') say(report.similarityTable(done.report) + '\n');
          else if (done.task === 'dates') say(datesReport.datesTable(done.report) + '\n');
          else if (done.task === 'entities') say(entitiesReport.entitiesTable(done.report) + '\n');
          else if (done.task === 'meta') say(metaReport.metaTable(done.report) + '\n');
          else say(quotesReport.quotesTable(done.report) + '\n');
        },
      },
    );
  } finally {
    bar.stop();
  }
  const floors = flags.check === false ? undefined : await floorReport(result);
  if (flags.json === true) {
    io.stdout.write(
      JSON.stringify(
        {
          dataRoot: result.dataRoot,
          summarize: result.summarize.map((r) => report.summarizeJson(r)),
          extract: result.extract.map(report.extractJson),
          cluster: result.cluster,
          similarity: result.similarity,
          quotes: result.quotes,
          dates: result.dates,
          entities: result.entities,
          meta: result.meta,
          notes: result.notes,
          ...(floors !== undefined ? { floorsFailed: floors.failed } : {}),
        },
        null,
        2,
      ) + '\n',
    );
  } else {
    io.stdout.write(`summary (data: ${result.dataRoot})\n` + summaryTable(result));
    for (const note of result.notes) io.stdout.write(`note: ${note}\n`);
    if (floors !== undefined) io.stdout.write(floors.text);
  }
  io.stderr.write(`lagebild eval: done in ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
  if (floors !== undefined && floors.failed > 0) {
    io.stderr.write(`lagebild eval: ${String(floors.failed)} figure(s) below their floor (see "floors:")\n`);
    return EXIT.partial;
  }
  return EXIT.ok;
}

/**
 * Adds `eval summarize|extract|cluster|similarity|all` to `program`. The exit code goes to `done` when given;
 * otherwise a failing run throws a `CommanderError` with its exit code (after its message went to stderr), which a
 * program with `exitOverride()` turns into that exit code.
 */
export function registerEval(program: Command, io: CliIo, done?: (code: ExitCode) => void): void {
  const finish = (code: ExitCode): void => {
    if (done !== undefined) done(code);
    else if (code !== EXIT.ok) throw new CommanderError(code, 'lagebild.eval', 'evaluation failed');
  };
  const group = program.command('eval').description('measure quality on real data, against baselines');
  group
    .command('summarize')
    .description('ROUGE of lagebild and the baselines on Multi-News-format JSONL ({id, documents, summary})')
    .requiredOption('--data <file>', 'JSONL file, one cluster per line')
    .option('-w, --words <n>', 'word budget of every system', positiveInt, 250)
    .addOption(
      languageOption(
        'language of the data (ISO 639-1; en: the reference scorer; others: multilingual ROUGE)',
      ).default('en'),
    )
    .option('--json', 'print the scores as JSON')
    .option('--out <dir>', 'write <dir>/<system>.jsonl with {id, summary} per line')
    .option('--limit <n>', 'only the first n clusters', positiveInt)
    .action(async (flags: SummarizeFlags) => finish(await runSummarize(flags, io)));
  group
    .command('extract')
    .description('main-text extraction on the trafilatura or scrapinghub set (format detected)')
    .requiredOption('--data <dir>', 'folder with evaldata.json or ground-truth.json and html/')
    .option('--json', 'print the scores as JSON')
    .option('--limit <n>', 'only the first n pages', positiveInt)
    .action(async (flags: ExtractFlags) => finish(await runExtract(flags, io)));
  group
    .command('cluster')
    .description('story clustering: BCubed and pairwise F1 on pooled Multi-News (.jsonl) or MMDS2025 (.json)')
    .requiredOption(
      '--data <path>',
      'clusters.jsonl (Multi-News), an MMDS2025 .json, or a folder holding one',
    )
    .option('--json', 'print the scores as JSON')
    .action(async (flags: { data: string; json?: boolean }) => finish(await runCluster(flags, io)));
  group
    .command('similarity')
    .description(
      "Pearson of the clusterer's pair similarity with SemEval-2022 task 8 gold, per language pair",
    )
    .requiredOption('--data <path>', 'training_set.csv or the folder holding it')
    .option('--json', 'print the scores as JSON')
    .action(async (flags: { data: string; json?: boolean }) => finish(await runSimilarity(flags, io)));
  registerGoldTask(group, io, finish, positiveInt, QUOTES_TASK);
  registerGoldTask(group, io, finish, positiveInt, DATES_TASK);
  registerEvalEntities(group, io, finish, positiveInt);
  registerGoldTask(group, io, finish, positiveInt, META_TASK);
  group
    .command('all')
    .description(
      'every task on every data set under the data root (npm run eval); exit 1 when a figure is below its floor',
    )
    .option(
      '--data-root <dir>',
      'folder holding the data sets (default: ../shared/data beside the repository)',
    )
    .option('-w, --words <n>', 'word budget of the summarize task (floors are checked at 250)', positiveInt)
    .option('--json', 'print the scores as JSON')
    .option('--check', 'compare the figures with the floors (the default)')
    .option('--no-check', 'only report the figures')
    .action(async (flags: AllFlags) => finish(await runAllCommand(flags, io)));
}
