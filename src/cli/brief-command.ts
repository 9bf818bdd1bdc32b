import { writeFile } from 'node:fs/promises';
import { Command, Option } from 'commander';
import { defaultBudget, type Budget } from '../core/budget.js';
import type { SourceDocument } from '../core/types.js';
import type { IngestOptions } from '../ingest/index.js';
import type { BriefOptions } from '../brief/index.js';
import type { OutputFormat } from '../render/index.js';
import { DEFAULT_WORDS } from '../summarise/index.js';
import {
  budgetOption,
  languageOption,
  memoryOption,
  parseFormat,
  parsePositiveInt,
  parseSize,
  resolveFormat,
} from './args.js';
import { EXIT, type CliIo, type ExitCode } from './io.js';
import { inputProgress } from './progress.js';
import { reportErrors } from './report.js';

interface BriefFlags extends ReadFlags {
  readonly words: number;
  readonly format?: OutputFormat;
  readonly out?: string;
  readonly lang?: string;
  readonly crossDoc: boolean;
  readonly analysis: boolean;
}

/** Reads the inputs (stdin when none are given and stdin is not a terminal). */
export async function readInputs(
  inputs: readonly string[],
  options: IngestOptions,
  io: CliIo,
): Promise<
  { documents: readonly SourceDocument[]; errors: readonly { file: string; reason: string }[] } | string
> {
  if (inputs.length === 0 && io.stdinIsTTY)
    return 'no input: give files or folders, or pipe text into stdin (see --help)';
  // loaded here, not at start-up: a command that reads no input (or `--help`) never pays for the readers
  const { ingest } = await import('../ingest/index.js');
  const progress = inputProgress(io.stderr, 'reading');
  try {
    return await ingest(inputs.length === 0 ? ['-'] : inputs, options, {
      readStdin: io.readStdin,
      onProgress: progress.onProgress,
    });
  } finally {
    progress.stop();
  }
}

/** The flags every command that reads inputs has: `--max-size`, `--budget` (in ms once parsed), `--max-memory`. */
export interface ReadFlags {
  readonly maxSize?: number;
  readonly budget?: number;
  readonly maxMemory?: number;
}

/**
 * The worker the commands read inputs in: it also cleans and analyses large documents under the hard limits
 * (guard-worker.ts; used when built, i.e. when the commands run from dist/).
 */
export const GUARD_WORKER_URL = new URL('./guard-worker.js', import.meta.url);

/** How the commands read: the flags, the command's clock and worker, and the language the guard analyses in. */
export function ingestOptions(
  flags: ReadFlags,
  io?: Pick<CliIo, 'now' | 'readWorker'>,
  language?: string,
): IngestOptions {
  const worker = io?.readWorker;
  return {
    ...(flags.maxSize !== undefined ? { maxBytes: flags.maxSize } : {}),
    ...(flags.budget !== undefined ? { budgetMs: flags.budget } : {}),
    ...(flags.maxMemory !== undefined ? { maxMemoryMb: flags.maxMemory } : {}),
    ...(io?.now !== undefined ? { now: io.now } : {}),
    workerUrl: worker?.url ?? GUARD_WORKER_URL,
    ...(worker?.timer !== undefined ? { timer: worker.timer } : {}),
    ...(worker?.onStage !== undefined ? { onStage: worker.onStage } : {}),
    ...(language !== undefined ? { guardLanguage: language } : {}),
  };
}

/** The budget of each document's cleaning and analysis: `--budget` (default 60 s), by the command's clock. */
export function documentBudget(flags: ReadFlags, io: Pick<CliIo, 'now'>): Budget {
  const budget = defaultBudget();
  return { budgetMs: flags.budget ?? budget.budgetMs, now: io.now ?? budget.now };
}

async function runBrief(inputs: readonly string[], flags: BriefFlags, io: CliIo): Promise<ExitCode> {
  const read = await readInputs(inputs, ingestOptions(flags, io, flags.lang), io);
  if (typeof read === 'string') {
    io.stderr.write(`lagebild: ${read}\n`);
    return EXIT.usage;
  }
  const options: BriefOptions = {
    words: flags.words,
    crossDocument: flags.crossDoc,
    analysis: flags.analysis,
    ...(flags.lang !== undefined ? { language: flags.lang } : {}),
  };
  const [{ briefFromArticles, prepareArticlesWithin }, { render }] = await Promise.all([
    import('../brief/index.js'),
    import('../render/index.js'),
  ]);
  const prepared = prepareArticlesWithin(read.documents, options, documentBudget(flags, io));
  const brief = briefFromArticles(prepared.articles, options, [...read.errors, ...prepared.errors]);
  reportErrors(io.stderr, brief.errors, read.documents.length + read.errors.length);
  if (brief.articles.length === 0) {
    io.stderr.write('lagebild: nothing usable in the input, no brief made\n');
    return EXIT.usage;
  }
  const output = render(brief, resolveFormat(flags.format, flags.out));
  if (flags.out !== undefined) {
    await writeFile(flags.out, output);
    io.stderr.write(`lagebild: brief of ${brief.articles.length} articles written to ${flags.out}\n`);
  } else io.stdout.write(output);
  return brief.errors.length > 0 ? EXIT.partial : EXIT.ok;
}

export function briefCommand(io: CliIo, done: (code: ExitCode) => void): Command {
  return new Command('brief')
    .description('many reports of one story in, one source-attributed brief out')
    .argument('[inputs...]', 'files or folders (read recursively); - or nothing reads stdin')
    .option('-w, --words <n>', 'word budget of the brief', parsePositiveInt, DEFAULT_WORDS)
    .addOption(
      new Option(
        '-f, --format <format>',
        'md, json or html (default: md; json or html when --out names a .json or .html file)',
      ).argParser(parseFormat),
    )
    .option('-o, --out <file>', 'write the brief to a file (format from its extension unless --format)')
    .addOption(
      languageOption('language of every article (ISO 639-1: de, en, de-AT), instead of detecting it'),
    )
    .option('--max-size <size>', 'skip files larger than this (default 5MB)', parseSize)
    .addOption(budgetOption())
    .addOption(memoryOption())
    .option('--no-cross-doc', 'do not remove short lines that repeat across the articles')
    .option('--no-analysis', 'skip the cross-source analysis (entities, quotes, figures, timeline, coverage)')
    .action(async (inputs: string[], flags: BriefFlags) => done(await runBrief(inputs, flags, io)));
}
