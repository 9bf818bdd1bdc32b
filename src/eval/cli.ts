/**
 * `lagebild eval summarize` and `lagebild eval extract`. The lead's CLI calls `registerEval(program, io)`.
 * Exit codes (see `EXIT`): 0 on success; 2 when the data is missing or malformed (message on stderr).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { Command, CommanderError, InvalidArgumentError } from 'commander';
import { registerEvalQuotes } from '../cli/eval-quotes-command.js';
import { EXIT, type CliIo, type ExitCode } from '../cli/io.js';
import { clusterEval, clusterTable, similarityEval, similarityTable } from './cluster-cli.js';
import { DataError } from './errors.js';
import { detectExtractFormat, evaluateExtraction, type ExtractReport } from './extract.js';
import { readability } from './extractors.js';
import { loadLagebildExtractors, loadLagebildSummarizer } from './lagebild.js';
import { baselineSystems, evaluateSummaries, loadClusters, type SummarizeReport } from './multinews.js';
import { extractJson, extractTable, progress, summarizeJson, summarizeTable } from './report.js';

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

function positiveInt(value: string): number {
  const n = Number(value);
  if (!/^\d+$/u.test(value.trim()) || !Number.isSafeInteger(n) || n < 1) {
    throw new InvalidArgumentError(`expected a positive whole number, got "${value}"`);
  }
  return n;
}

/** `multinews/clusters.jsonl` for a file, `extract-trafilatura` for a folder: the data set's short name. */
export function datasetName(path: string, isFile: boolean): string {
  const full = resolve(path);
  return isFile ? `${basename(dirname(full))}/${basename(full)}` : basename(full);
}

export interface SummarizeOutcome {
  readonly report: SummarizeReport;
  readonly notes: readonly string[];
}

/** Runs the summarisation evaluation (no printing except progress on `io.stderr`). Throws `DataError`. */
export async function summarize(flags: SummarizeFlags, io: Pick<CliIo, 'stderr'>): Promise<SummarizeOutcome> {
  const language = flags.lang ?? 'en';
  const words = flags.words ?? 250;
  const all = loadClusters(flags.data);
  const clusters = flags.limit !== undefined ? all.slice(0, flags.limit) : all;
  const lagebild = await loadLagebildSummarizer(language);
  const systems = { ...lagebild.systems, ...baselineSystems({ language }) };
  const outputs = new Map<string, string[]>();
  const bar = progress(io.stderr, 'eval summarize');
  try {
    const report = evaluateSummaries(clusters, systems, datasetName(flags.data, true), {
      words,
      language,
      onProgress: (done, total) => bar.update(done, total),
      ...(flags.out !== undefined
        ? {
            onOutput: (system: string, id: string, summary: string) => {
              const list = outputs.get(system) ?? [];
              list.push(JSON.stringify({ id, summary }));
              outputs.set(system, list);
            },
          }
        : {}),
    });
    if (flags.out !== undefined) {
      mkdirSync(flags.out, { recursive: true });
      for (const [system, lines] of outputs)
        writeFileSync(join(flags.out, `${system}.jsonl`), lines.join('\n') + '\n');
    }
    return { report, notes: lagebild.notes };
  } finally {
    bar.stop();
  }
}

/** Runs the extraction evaluation on one data folder. Throws `DataError`. */
export async function extract(flags: ExtractFlags, io: Pick<CliIo, 'stderr'>): Promise<ExtractReport> {
  if (detectExtractFormat(flags.data) === undefined) {
    throw new DataError(`${flags.data}: not an extraction data set (no evaldata.json or ground-truth.json)`);
  }
  const lagebild = await loadLagebildExtractors();
  const bar = progress(io.stderr, 'eval extract');
  try {
    return evaluateExtraction(
      flags.data,
      datasetName(flags.data, false),
      { ...lagebild.systems, readability },
      {
        ...(flags.limit !== undefined ? { limit: flags.limit } : {}),
        notes: lagebild.notes,
        onProgress: (done, total) => bar.update(done, total),
      },
    );
  } finally {
    bar.stop();
  }
}

async function guarded(io: CliIo, work: () => Promise<void>): Promise<ExitCode> {
  try {
    await work();
    return EXIT.ok;
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
    const { report, notes } = await summarize(flags, io);
    io.stdout.write(
      flags.json === true
        ? JSON.stringify(summarizeJson(report, notes), null, 2) + '\n'
        : summarizeTable(report, notes),
    );
    if (flags.out !== undefined)
      io.stderr.write(`lagebild eval: system outputs written to ${flags.out}/<system>.jsonl\n`);
  });
}

export function runExtract(flags: ExtractFlags, io: CliIo): Promise<ExitCode> {
  return guarded(io, async () => {
    const report = await extract(flags, io);
    io.stdout.write(
      flags.json === true ? JSON.stringify(extractJson(report), null, 2) + '\n' : extractTable(report),
    );
  });
}

/**
 * Adds `eval summarize` and `eval extract` to `program`. The exit code goes to `done` when given; otherwise
 * a failing run throws a `CommanderError` with exit code 2 (after its message went to stderr), which a
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
    .option(
      '--lang <code>',
      'language of the data (en: the reference scorer; others: multilingual ROUGE)',
      'en',
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
    .action(async (flags: { data: string; json?: boolean }) =>
      finish(
        await guarded(io, () => {
          const report = clusterEval(flags.data, io);
          io.stdout.write(
            flags.json === true ? JSON.stringify(report, null, 2) + '\n' : clusterTable(report),
          );
          return Promise.resolve();
        }),
      ),
    );
  registerEvalQuotes(group, io, finish, positiveInt);
  group
    .command('similarity')
    .description(
      "Pearson of the clusterer's pair similarity with SemEval-2022 task 8 gold, per language pair",
    )
    .requiredOption('--data <path>', 'training_set.csv or the folder holding it')
    .option('--json', 'print the scores as JSON')
    .action(async (flags: { data: string; json?: boolean }) =>
      finish(
        await guarded(io, () => {
          const report = similarityEval(flags.data);
          io.stdout.write(
            flags.json === true ? JSON.stringify(report, null, 2) + '\n' : similarityTable(report),
          );
          return Promise.resolve();
        }),
      ),
    );
}
