import { Command } from 'commander';
import type { InputError } from '../core/types.js';
import type { IngestCounts, IngestOutcome } from '../store/index.js';
import type { LagebildStore } from '../flows/store.js';
import { databaseMissing, DEFAULT_DB, describeTarget } from '../store/options.js';
import { withLanguage } from '../ingest/index.js';
import { languageOption, parseSize } from './args.js';
import { ingestOptions, readInputs } from './brief-command.js';
import { EXIT, type CliIo, type ExitCode, type OutputStream } from './io.js';
import { inputProgress } from './progress.js';

interface IngestFlags {
  readonly db: string;
  readonly create?: boolean;
  readonly maxSize?: number;
  readonly lang?: string;
}

/** Duplicates listed one by one in the summary; the rest are counted. */
const SHOWN_DUPLICATES = 20;

/** "3 new, 1 duplicate, 0 failed": how the documents done so far turned out. */
export function countsLine({ added, duplicates, failed }: IngestCounts): string {
  return `${added} new, ${duplicates} duplicate, ${failed} failed`;
}

/**
 * A bar on a terminal; otherwise a plain line about every 5 % (and at the end), so logs show progress too. Each
 * line says how the documents read so far turned out (new, duplicate, failed), not only how many were read.
 */
function storeProgress(stderr: OutputStream): {
  onProgress: (done: number, total: number, counts: IngestCounts) => void;
  stop: () => void;
} {
  if (stderr.isTTY === true) return inputProgress(stderr, 'storing');
  return {
    onProgress(done, total, counts) {
      const step = Math.max(1, Math.min(100, Math.ceil(total / 20)));
      if (done % step === 0 || done === total)
        stderr.write(`lagebild: ${done}/${total} read: ${countsLine(counts)}\n`);
    },
    stop: () => undefined,
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

async function open(target: string, io: CliIo): Promise<LagebildStore | undefined> {
  try {
    const { openStore } = await import('../flows/store.js');
    return await openStore(target);
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

async function runIngest(inputs: readonly string[], flags: IngestFlags, io: CliIo): Promise<ExitCode> {
  if (refuseMissing(flags, io)) return EXIT.usage;
  const created = databaseMissing(flags.db);
  const read = await readInputs(inputs, ingestOptions(flags), io);
  if (typeof read === 'string') {
    io.stderr.write(`lagebild: ${read}\n`);
    return EXIT.usage;
  }
  if (read.documents.length === 0) {
    for (const e of read.errors) io.stderr.write(`  failed ${e.file}: ${e.reason}\n`);
    io.stderr.write('lagebild: nothing usable in the input, nothing stored\n');
    return EXIT.usage;
  }
  const store = await open(flags.db, io);
  if (!store) return EXIT.usage;
  if (created) io.stderr.write(`lagebild: created a new database ${describeTarget(flags.db)}\n`);
  const progress = storeProgress(io.stderr);
  let outcome: IngestOutcome;
  try {
    const documents = flags.lang === undefined ? read.documents : withLanguage(read.documents, flags.lang);
    outcome = await store.ingest(documents, progress.onProgress);
  } finally {
    progress.stop();
    await store.close();
  }
  const failed = [...read.errors, ...outcome.failed];
  writeSummary(io.stderr, describeTarget(flags.db), outcome, failed);
  if (failed.length === 0) return EXIT.ok;
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
    .addOption(
      languageOption('language of every article (ISO 639-1: de, en, de-AT), instead of detecting it'),
    )
    .action(async (inputs: string[], flags: IngestFlags) => done(await runIngest(inputs, flags, io)));
}
