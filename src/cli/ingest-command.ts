import { setFlagsFromString } from 'node:v8';
import { Command } from 'commander';
import type { InputError } from '../core/types.js';
import type { IngestCounts, IngestItem, IngestOutcome } from '../store/index.js';
import type { LagebildStore } from '../flows/store.js';
import { databaseMissing, DEFAULT_DB, describeTarget } from '../store/options.js';
import { withLanguage } from '../ingest/index.js';
import { budgetOption, languageOption, memoryOption, parseSize } from './args.js';
import { documentBudget, ingestOptions, type ReadFlags } from './brief-command.js';
import { EXIT, type CliIo, type ExitCode, type OutputStream } from './io.js';

interface IngestFlags extends ReadFlags {
  readonly db: string;
  readonly create?: boolean;
  readonly lang?: string;
}

/** Duplicates listed one by one in the summary; the rest are counted. */
const SHOWN_DUPLICATES = 20;

/** "3 new, 1 duplicate, 0 failed": how the documents done so far turned out. */
export function countsLine({ added, duplicates, failed }: IngestCounts): string {
  return `${added} new, ${duplicates} duplicate, ${failed} failed`;
}

/** Documents between two progress lines of a stream (before the first thousand: every hundred). */
const STREAM_EVERY = 1000;

/**
 * A plain line about every 5 % of a known number of documents, else every hundred and then every thousand, and a
 * last one at the end with the total; on a terminal the line is redrawn in place. Each line says how the documents
 * read so far turned out (new, duplicate, failed), and is written after they were committed.
 */
function storeProgress(stderr: OutputStream): {
  onProgress: (done: number, total: number | undefined, counts: IngestCounts) => void;
  finish: (counts: IngestCounts) => void;
} {
  const tty = stderr.isTTY === true;
  let last = 0;
  let lastLine = '';
  const write = (line: string): void => {
    if (tty) stderr.write(`\r${line.padEnd(lastLine.length)}`);
    else stderr.write(`${line}\n`);
    lastLine = line;
  };
  return {
    onProgress(done, total, counts) {
      const step =
        total !== undefined
          ? Math.max(1, Math.min(100, Math.ceil(total / 20)))
          : done < STREAM_EVERY
            ? 100
            : STREAM_EVERY;
      last = done;
      if (done % step === 0 && done !== total)
        write(`lagebild: ${done}${total !== undefined ? `/${total}` : ''} read: ${countsLine(counts)}`);
    },
    finish(counts) {
      write(`lagebild: ${last}/${last} read: ${countsLine(counts)}`);
      if (tty) stderr.write('\n');
    },
  };
}

function writeSummary(
  stderr: OutputStream,
  target: string,
  outcome: IngestOutcome,
  failed: readonly InputError[],
): void {
  const { added, duplicates } = outcome;
  const stories = new Set(added.map((a) => a.story)).size;
  stderr.write(
    `lagebild: ${target}: ${added.length} new (${stories} ${stories === 1 ? 'story' : 'stories'} changed), ` +
      `${duplicates.length} duplicate, ${failed.length} failed\n`,
  );
  for (const d of duplicates.slice(0, SHOWN_DUPLICATES)) {
    const what = d.reason === 'url' ? 'same URL as' : 'same text as';
    stderr.write(`  duplicate ${d.file ?? d.id}: ${what} ${d.of}\n`);
  }
  if (duplicates.length > SHOWN_DUPLICATES)
    stderr.write(`  … and ${duplicates.length - SHOWN_DUPLICATES} more duplicates\n`);
  for (const f of failed) stderr.write(`  failed ${f.file}: ${f.reason}\n`);
}

async function open(flags: IngestFlags, io: CliIo): Promise<LagebildStore | undefined> {
  const target = flags.db;
  try {
    const { openStore } = await import('../flows/store.js');
    return await openStore(target, { budget: documentBudget(flags, io) });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    io.stderr.write(`lagebild: cannot open the store ${describeTarget(target)}: ${reason}\n`);
    return undefined;
  }
}

/**
 * A `--db` file that is not there is made only when asked (`--create`) or when it is the default `./lagebild.db`
 * (the first ingest of a new user); a mistyped path is an error, not a second, empty database.
 */
function refuseMissing(flags: IngestFlags, io: CliIo): boolean {
  if (flags.create === true || flags.db === DEFAULT_DB || !databaseMissing(flags.db)) return false;
  io.stderr.write(
    `lagebild: no database at ${describeTarget(flags.db)}; ` +
      'check the path, or pass --create to make a new one there\n',
  );
  return true;
}

/**
 * The stream up to its first document (errors before it are kept), so an input with nothing usable stops before
 * the store is opened or made; undefined when the stream ends with no document.
 */
async function untilFirstDocument(
  items: AsyncIterator<IngestItem>,
): Promise<{ head: IngestItem[]; found: boolean }> {
  const head: IngestItem[] = [];
  for (let next = await items.next(); next.done !== true; next = await items.next()) {
    head.push(next.value);
    if ('document' in next.value) return { head, found: true };
  }
  return { head, found: false };
}

async function* rest(
  head: readonly IngestItem[],
  items: AsyncIterator<IngestItem>,
  lang: string | undefined,
): AsyncGenerator<IngestItem> {
  const relabel = (item: IngestItem): IngestItem =>
    lang !== undefined && 'document' in item
      ? { document: withLanguage([item.document], lang)[0] ?? item.document }
      : item;
  for (const item of head) yield relabel(item);
  for (let next = await items.next(); next.done !== true; next = await items.next())
    yield relabel(next.value);
}

/**
 * V8's interrupt budget for an ingest: four times its default (132 KiB of bytecode run before a function is looked at
 * for optimisation). An ingest runs a large body of code (cleaning, analysis, clustering, the briefs) over many
 * articles once each; with the default, V8's optimising compiler took about 4.5 of the 14–15 CPU-s an ingest of the
 * 1 000-article bench corpus cost (its background threads; about 1 450 functions compiled, some again after a
 * deoptimisation). With four times the budget only the code that stays hot is compiled: 11.2–12.9 against 13.9–15.5
 * CPU-s (session 21, load 9–12), the same store to the byte. Eight times saved no more. Set once per process (V8's
 * flags are global), unless the process was started with its own `--interrupt-budget`.
 */
export const INGEST_INTERRUPT_BUDGET = 4 * 132 * 1024;

function optimiseLess(): void {
  const given = [...process.execArgv, process.env.NODE_OPTIONS ?? ''].some((a) =>
    a.includes('interrupt-budget'),
  );
  if (!given) setFlagsFromString(`--interrupt-budget=${String(INGEST_INTERRUPT_BUDGET)}`);
}

async function runIngest(inputs: readonly string[], flags: IngestFlags, io: CliIo): Promise<ExitCode> {
  if (refuseMissing(flags, io)) return EXIT.usage;
  optimiseLess();
  if (inputs.length === 0 && io.stdinIsTTY) {
    io.stderr.write('lagebild: no input: give files or folders, or pipe text into stdin (see --help)\n');
    return EXIT.usage;
  }
  const created = databaseMissing(flags.db);
  // loaded here, not at start-up: `--help` never pays for the readers
  const { ingestStream } = await import('../ingest/index.js');
  const items = ingestStream(inputs.length === 0 ? ['-'] : inputs, ingestOptions(flags, io, flags.lang), {
    readStdin: io.readStdin,
    ...(io.stdinChunks !== undefined ? { stdinChunks: io.stdinChunks } : {}),
  });
  const { head, found } = await untilFirstDocument(items);
  if (!found) {
    for (const item of head)
      if ('error' in item) io.stderr.write(`  failed ${item.error.file}: ${item.error.reason}\n`);
    io.stderr.write('lagebild: nothing usable in the input, nothing stored\n');
    return EXIT.usage;
  }
  const store = await open(flags, io);
  if (!store) return EXIT.usage;
  if (created) io.stderr.write(`lagebild: created a new database ${describeTarget(flags.db)}\n`);
  const progress = storeProgress(io.stderr);
  let outcome: IngestOutcome;
  try {
    outcome = await store.ingest(rest(head, items, flags.lang), progress.onProgress);
    progress.finish({
      added: outcome.added.length,
      duplicates: outcome.duplicates.length,
      failed: outcome.failed.length,
    });
  } finally {
    await store.close();
  }
  writeSummary(io.stderr, describeTarget(flags.db), outcome, outcome.failed);
  if (outcome.failed.length === 0) return EXIT.ok;
  return outcome.added.length + outcome.duplicates.length > 0 ? EXIT.partial : EXIT.usage;
}

/** `lagebild ingest`: files, folders, feed files or JSONL on stdin into the store, clustered as they arrive. */
export function ingestCommand(io: CliIo, done: (code: ExitCode) => void): Command {
  return new Command('ingest')
    .description('store articles (files, folders, JSONL on stdin), de-duplicated and clustered into stories')
    .argument('[inputs...]', 'files or folders (read recursively); - or nothing reads stdin')
    .option('--db <path|url>', 'SQLite file, or a postgres:// URL', DEFAULT_DB)
    .option('--create', `make the SQLite file if it is not there (${DEFAULT_DB} is made without asking)`)
    .option('--max-size <size>', 'skip files larger than this (default 5MB)', parseSize)
    .addOption(budgetOption())
    .addOption(memoryOption())
    .addOption(
      languageOption('language of every article (ISO 639-1: de, en, de-AT), instead of detecting it'),
    )
    .action(async (inputs: string[], flags: IngestFlags) => done(await runIngest(inputs, flags, io)));
}
