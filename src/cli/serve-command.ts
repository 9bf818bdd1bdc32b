import { Command } from 'commander';
import { DEFAULT_BODY_LIMIT, DEFAULT_MAX_BATCH, DEFAULT_MAX_QUEUE } from '../server/options.js';
import { databaseMissing, DEFAULT_DB } from '../store/options.js';
import { languageOption } from './args.js';
import { documentBudget } from './brief-command.js';
import { EXIT, type CliIo, type ExitCode } from './io.js';
import {
  addWatchOptions,
  readingOptions,
  watchOptions,
  writePoll,
  type WatchFlags,
} from './watch-command.js';

interface ServeFlags extends WatchFlags {
  readonly watch?: boolean;
  readonly db: string;
  readonly create?: boolean;
  readonly host: string;
  readonly port: string;
  readonly maxBody: string;
  readonly maxBatch: string;
  readonly maxQueue: string;
  readonly lang?: string;
}

interface ServeSettings {
  readonly db: string;
  readonly create: boolean;
  readonly host: string;
  readonly port: number;
  readonly bodyLimit: number;
  readonly maxBatch: number;
  readonly maxQueue: number;
  readonly language: string | undefined;
  /** Run the feed watcher in the server process (with these flags), or not. */
  readonly watch: WatchFlags | undefined;
  /** `--budget`, in ms (default 60 s): each posted or watched article's reading, cleaning and analysis. */
  readonly budget: number | undefined;
  /** `--max-memory`, in MB (default 512): the heap each posted or watched article's reading may use. */
  readonly maxMemory: number | undefined;
}

function wholeNumber(text: string, what: string, min: number, max: number): number {
  const n = /^\d+$/u.test(text.trim()) ? Number(text.trim()) : NaN;
  if (!Number.isSafeInteger(n) || n < min || n > max) {
    throw new RangeError(
      `${what} must be a whole number from ${String(min)} to ${String(max)}, not "${text}"`,
    );
  }
  return n;
}

function settings(flags: ServeFlags): ServeSettings {
  if (flags.host.trim() === '') throw new RangeError('--host must not be empty');
  return {
    db: flags.db,
    create: flags.create === true,
    host: flags.host.trim(),
    port: wholeNumber(flags.port, '--port', 0, 65535),
    bodyLimit: wholeNumber(flags.maxBody, '--max-body', 1, 1024 * 1024 * 1024),
    maxBatch: wholeNumber(flags.maxBatch, '--max-batch', 1, 100_000),
    maxQueue: wholeNumber(flags.maxQueue, '--max-queue', 1, 100_000),
    language: flags.lang,
    watch: flags.watch === true ? flags : undefined,
    budget: flags.budget,
    maxMemory: flags.maxMemory,
  };
}

/** The database as shown to the user: a PostgreSQL URL without its password. */
function shownDb(db: string): string {
  try {
    const url = new URL(db);
    if (url.password !== '') url.password = '***';
    return url.protocol.startsWith('postgres') ? url.toString() : db;
  } catch {
    return db;
  }
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

async function serve(s: ServeSettings, io: CliIo): Promise<ExitCode> {
  // a mistyped --db must not become a new, empty database that shows "no stories"
  if (!s.create && databaseMissing(s.db)) {
    io.stderr.write(
      `lagebild serve: no database at ${shownDb(s.db)}; store articles first ` +
        `(lagebild ingest … --db ${s.db}) or pass --create to serve a new, empty one\n`,
    );
    return EXIT.usage;
  }
  // the server, the store and its database driver are loaded only when `serve` runs
  const [{ buildServer }, { serveUntil, stopSignal }, { openStore }] = await Promise.all([
    import('../server/index.js'),
    import('../server/run.js'),
    import('../flows/store.js'),
  ]);
  const log = (line: string): void => io.stderr.write(`${line}\n`);
  const budget = documentBudget(s.budget !== undefined ? { budget: s.budget } : {}, io);
  const store = await openStore(s.db, { log, budget });
  const stop = stopSignal();
  // the watcher stops with the server: aborted (in-flight requests too) before the store closes
  const watching = new AbortController();
  let watcher: Promise<void> = Promise.resolve();
  try {
    if (s.watch !== undefined) {
      const { Watcher } = await import('../watch/watcher.js');
      const running = new Watcher(store, watchOptions(s.watch, io));
      const feeds = (await store.feeds.listFeeds()).length;
      io.stderr.write(
        `lagebild serve: watching ${String(feeds)} ${feeds === 1 ? 'feed' : 'feeds'} (add more with lagebild feeds add)\n`,
      );
      watcher = running
        .run(watching.signal, (report, n) => writePoll(io.stderr, report, n, 'lagebild serve --watch'))
        .catch((error: unknown) => io.stderr.write(`lagebild serve --watch: stopped: ${message(error)}\n`))
        .finally(() => running.close());
    }
    const app = buildServer({
      store,
      bodyLimit: s.bodyLimit,
      maxBatch: s.maxBatch,
      maxQueue: s.maxQueue,
      ...(s.language !== undefined ? { language: s.language } : {}),
      reading: readingOptions(s, io, s.language),
      log,
    });
    await serveUntil(app, { host: s.host, port: s.port }, stop.promise, (url) => {
      io.stdout.write(`Lagebild serves ${shownDb(s.db)} on ${url} (stop with Ctrl+C)\n`);
    });
    io.stderr.write('lagebild: stopped\n');
    return EXIT.ok;
  } finally {
    watching.abort();
    await watcher;
    stop.dispose();
    await store.close();
  }
}

/** `lagebild serve`: the HTTP API and the web page over the store, on 127.0.0.1 unless told otherwise. */
export function serveCommand(io: CliIo, done: (code: ExitCode) => void): Command {
  const command = new Command('serve')
    .description('serve the HTTP API and the web page over a store (stop with Ctrl+C or SIGTERM)')
    .option('--db <path|url>', 'SQLite file or postgres:// URL', DEFAULT_DB)
    .option('--create', 'make the SQLite file if it is not there (else a missing --db is an error)')
    .option('--host <address>', 'address to bind (use 0.0.0.0 only behind a proxy you trust)', '127.0.0.1')
    .option('--port <n>', 'port; 0 picks a free one', '8080')
    .option('--max-body <bytes>', 'largest request body', String(DEFAULT_BODY_LIMIT))
    .option('--max-batch <n>', 'most articles in one POST /api/articles', String(DEFAULT_MAX_BATCH))
    .option(
      '--max-queue <n>',
      'most posts waiting for their brief refresh (more: 503 with Retry-After)',
      String(DEFAULT_MAX_QUEUE),
    )
    .addOption(
      languageOption('language of every article posted (ISO 639-1: de, en, de-AT), instead of detecting it'),
    )
    .option(
      '--watch',
      'also follow the feeds the store follows (lagebild feeds add), as lagebild watch does',
    );
  return addWatchOptions(command).action(async (flags: ServeFlags) => {
    let parsed: ServeSettings;
    try {
      parsed = settings(flags);
    } catch (error) {
      io.stderr.write(`lagebild serve: ${message(error)}\n`);
      done(EXIT.usage);
      return;
    }
    try {
      done(await serve(parsed, io));
    } catch (error) {
      io.stderr.write(`lagebild serve: ${message(error)}\n`);
      done(EXIT.usage);
    }
  });
}
