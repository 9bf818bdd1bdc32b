import { mkdir, writeFile } from 'node:fs/promises';
import { Command, InvalidArgumentError, Option } from 'commander';
import type { ClusterRun, ClusterRunOptions } from '../flows/index.js';
import { DEFAULT_CLUSTER_OPTIONS } from '../cluster/options.js';
import type { InputError, SourceDocument } from '../core/types.js';
import { DEFAULT_WORDS } from '../summarise/index.js';
import { budgetOption, languageOption, memoryOption, parsePositiveInt, parseSize } from './args.js';
import { documentBudget, ingestOptions, readInputs } from './brief-command.js';
import { EXIT, type CliIo, type ExitCode } from './io.js';
import { inputProgress } from './progress.js';
import { reportErrors } from './report.js';
import type { StreamFlags, StreamSource } from './cluster-stream.js';
import { readAll, sniffJsonLines } from './line-reader.js';
import { DEFAULT_MAX_BYTES } from '../ingest/options.js';

/** Every flag of `cluster`: the stream path's, plus the output format and the mode switches. */
interface ClusterFlags extends StreamFlags {
  readonly format: 'jsonl' | 'json';
  readonly stream?: boolean;
  readonly batch?: boolean;
}

function unitInterval(value: string): number {
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n) || n < 0 || n > 1)
    throw new InvalidArgumentError(`expected a number from 0 to 1, got "${value}"`);
  return n;
}

function positiveNumber(value: string): number {
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n) || n <= 0)
    throw new InvalidArgumentError(`expected a positive number, got "${value}"`);
  return n;
}

/** `--late-hours`: hours from 0 (late articles never reopen a closed story) to 1 000 000. */
function lateHours(value: string): number {
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n) || n < 0 || n > 1e6)
    throw new InvalidArgumentError(`expected hours from 0 to 1000000, got "${value}"`);
  return n;
}

/** `--closed-stories`: a whole number from 0 (no closed story kept) to 1 000 000 000. */
function closedStories(value: string): number {
  const n = Number(value);
  if (value.trim() === '' || !Number.isInteger(n) || n < 0 || n > 1e9)
    throw new InvalidArgumentError(`expected a whole number from 0 to 1000000000, got "${value}"`);
  return n;
}

/** JSON Lines: one `{article, story, score}` (+ `duplicateOf`, `joined`) per article, in stream order. */
export function assignmentLines(run: ClusterRun): string {
  return run.assignments.map((a) => JSON.stringify(a) + '\n').join('');
}

/** The story list as its own document (`--stories`). */
export async function storiesDocument(run: ClusterRun): Promise<string> {
  const { storiesJson } = await import('./cluster-stream.js');
  return storiesJson(run.stories, run.merges, run.splits);
}

/** `--format json`: assignments, stories, merges and errors in one document. */
export function runDocument(run: ClusterRun): string {
  return JSON.stringify(run, null, 2) + '\n';
}

async function writeBriefs(
  run: ClusterRun,
  docs: readonly SourceDocument[],
  flags: ClusterFlags,
  dir: string,
): Promise<number> {
  const { writeStoryBrief } = await import('./cluster-stream.js');
  const byId = new Map(docs.map((d) => [d.id, d]));
  await mkdir(dir, { recursive: true });
  let written = 0;
  for (const story of run.stories) {
    if (story.articles.length < 2) continue;
    const members = story.articles
      .map((id) => byId.get(id))
      .filter((d): d is SourceDocument => d !== undefined);
    await writeStoryBrief(dir, story.id, members, flags);
    written++;
  }
  return written;
}

async function runOptions(
  flags: ClusterFlags,
  onProgress: ClusterRunOptions['onProgress'],
  io: CliIo,
): Promise<ClusterRunOptions> {
  const { clusterOptionsOf } = await import('./cluster-stream.js');
  return {
    ...clusterOptionsOf(flags),
    ...(onProgress !== undefined ? { onProgress } : {}),
    budget: documentBudget(flags, io),
  };
}

async function writeOutputs(run: ClusterRun, flags: ClusterFlags, io: CliIo): Promise<void> {
  const main = flags.format === 'json' ? runDocument(run) : assignmentLines(run);
  if (flags.out !== undefined) await writeFile(flags.out, main);
  else io.stdout.write(main);
  if (flags.stories !== undefined) await writeFile(flags.stories, await storiesDocument(run));
}

async function runBatch(inputs: readonly string[], flags: ClusterFlags, io: CliIo): Promise<ExitCode> {
  const read = await readInputs(inputs, ingestOptions(flags, io), io);
  if (typeof read === 'string') {
    io.stderr.write(`lagebild: ${read}\n`);
    return EXIT.usage;
  }
  // the clusterer and the stream path are loaded when `cluster` runs, not at start-up
  const [{ clusterDocuments }, { summaryLine }] = await Promise.all([
    import('../flows/index.js'),
    import('./cluster-stream.js'),
  ]);
  const progress = inputProgress(io.stderr, 'clustering');
  let run: ClusterRun;
  try {
    run = clusterDocuments(read.documents, await runOptions(flags, progress.onProgress, io), read.errors);
  } finally {
    progress.stop();
  }
  const total = read.documents.length + read.errors.length;
  reportErrors(io.stderr, run.errors as InputError[], total);
  if (run.assignments.length === 0) {
    io.stderr.write('lagebild: nothing usable in the input, no stories made\n');
    return EXIT.usage;
  }
  await writeOutputs(run, flags, io);
  const multi = run.stories.filter((s) => s.articles.length >= 2).length;
  io.stderr.write(
    summaryLine({
      articles: run.assignments.length,
      stories: run.stories.length,
      multi,
      merges: run.merges.length,
      splits: run.splits?.length ?? 0,
    }),
  );
  if (flags.briefs !== undefined) {
    const written = await writeBriefs(run, read.documents, flags, flags.briefs);
    io.stderr.write(`lagebild: ${String(written)} briefs written to ${flags.briefs}\n`);
  }
  return run.errors.length > 0 ? EXIT.partial : EXIT.ok;
}

function stdinChunks(io: CliIo): AsyncIterable<Uint8Array | string> {
  if (io.stdinChunks) return io.stdinChunks();
  return {
    async *[Symbol.asyncIterator]() {
      yield await io.readStdin();
    },
  };
}

/** Standard input among other inputs: lines as they come when it is JSON Lines, else read whole. */
async function stdinSource(flags: ClusterFlags, io: CliIo): Promise<StreamSource> {
  const sniffed = await sniffJsonLines(stdinChunks(io), flags.maxSize ?? DEFAULT_MAX_BYTES);
  if (sniffed.jsonl) return { kind: 'lines', file: '-', base: 'stdin', chunks: sniffed.chunks };
  return { kind: 'input', path: '-', bytes: await readAll(sniffed.chunks) };
}

/**
 * Standard input alone: JSON Lines are clustered as a stream (as they come); anything else (text, HTML, a feed,
 * a JSON array) is read whole — as a stream of its documents with `--stream`, else in batch mode.
 */
async function runStdin(flags: ClusterFlags, io: CliIo): Promise<ExitCode> {
  const source = await stdinSource(flags, io);
  if (source.kind === 'lines' || flags.stream === true) {
    const { runClusterStream } = await import('./cluster-stream.js');
    return runClusterStream([source], flags, io);
  }
  const bytes = source.bytes ?? (await io.readStdin());
  return runBatch(['-'], flags, { ...io, readStdin: () => Promise.resolve(bytes) });
}

/** Stream mode: JSON Lines on stdin (unless `--batch` or `--format json`), or any inputs with `--stream`. */
async function runCluster(inputs: readonly string[], flags: ClusterFlags, io: CliIo): Promise<ExitCode> {
  const conflict =
    flags.stream === true && flags.batch === true
      ? '--stream and --batch exclude each other'
      : flags.stream === true && flags.format === 'json'
        ? '--stream writes JSON lines as articles come; --format json needs the whole input (use --batch)'
        : undefined;
  if (conflict !== undefined) {
    io.stderr.write(`lagebild: ${conflict}\n`);
    return EXIT.usage;
  }
  const stdinOnly = inputs.length === 0 || (inputs.length === 1 && inputs[0] === '-');
  if (flags.batch === true || flags.format === 'json' || !(stdinOnly || flags.stream === true))
    return runBatch(inputs, flags, io);
  if (inputs.length === 0 && io.stdinIsTTY) {
    io.stderr.write(
      'lagebild: no input: give files or folders, or pipe JSON lines into stdin (see --help)\n',
    );
    return EXIT.usage;
  }
  if (stdinOnly) return runStdin(flags, io);
  const { fileSource, runClusterStream } = await import('./cluster-stream.js');
  const sources: StreamSource[] = [];
  for (const input of inputs) sources.push(input === '-' ? await stdinSource(flags, io) : fileSource(input));
  return runClusterStream(sources, flags, io);
}

const STREAM_HELP = `
Stream mode (JSON lines on stdin, or --stream): every article is clustered and its line written as it comes, in
the order it comes (articles out of time order are accepted as they come); lines are never rewritten: a merge
the periodic merge check makes is its own line {"merge": {"from", "into", "score"}}, and so is a split of a
story whose members fell apart {"split": {"from", "into", "score", "articles", "duplicates"}}. Short lines repeating
across articles are learnt over the last 200 articles. --briefs writes a story's brief when it closes (quiet for
longer than the window) or at the end; --stories writes the story list at the end. A bad line is reported on
stderr as -#<line> and the stream goes on.
`;

/** \`lagebild cluster\`: a stream of articles in, every article's story and the story list out. */
export function clusterCommand(io: CliIo, done: (code: ExitCode) => void): Command {
  const d = DEFAULT_CLUSTER_OPTIONS;
  return new Command('cluster')
    .description('group many articles (files, folders, feeds, JSONL on stdin) into stories, in order of time')
    .argument('[inputs...]', 'files, folders (read recursively) or feeds; - or nothing reads stdin')
    .option(
      '-t, --threshold <x>',
      'lowest similarity (0-1) to join an existing story',
      unitInterval,
      d.threshold,
    )
    .option('--window <hours>', 'close stories quiet for longer than this', positiveNumber, d.windowHours)
    .option(
      '--merge-threshold <x>',
      'lowest similarity (0-1) to merge two stories',
      unitInterval,
      d.mergeThreshold,
    )
    .option(
      '--late-hours <hours>',
      'a late article may reopen a closed story up to this long after its last article (0: never)',
      lateHours,
      d.lateHours,
    )
    .option(
      '--closed-stories <n>',
      'closed stories kept findable for late articles (the oldest are forgotten first)',
      closedStories,
      d.closedStories,
    )
    .addOption(
      new Option(
        '-f, --format <format>',
        'jsonl: one line per article; json: one document with the stories too',
      )
        .choices(['jsonl', 'json'])
        .default('jsonl'),
    )
    .option('-o, --out <file>', 'write the output to a file instead of stdout')
    .option('--stories <file>', 'write the story list (JSON) to a file')
    .option('--briefs <dir>', 'write a brief for every story with two or more articles into this folder')
    .addOption(
      new Option('--brief-format <format>', 'format of the briefs').choices(['md', 'json']).default('md'),
    )
    .option('-w, --words <n>', 'word budget of each brief', parsePositiveInt, DEFAULT_WORDS)
    .addOption(
      languageOption('language of every article (ISO 639-1: de, en, de-AT), instead of detecting it'),
    )
    .option(
      '--max-size <size>',
      'skip files (in stream mode: lines) larger than this (default 5MB)',
      parseSize,
    )
    .addOption(budgetOption())
    .addOption(memoryOption())
    .option('--no-cross-doc', 'do not remove short lines that repeat across the articles')
    .option(
      '--stream',
      'cluster as a stream: each article is written as it comes (JSON lines on stdin always are)',
    )
    .option('--batch', 'read everything first and cluster in order of time (also for JSON lines on stdin)')
    .addHelpText('after', STREAM_HELP)
    .action(async (inputs: string[], flags: ClusterFlags) => done(await runCluster(inputs, flags, io)));
}
