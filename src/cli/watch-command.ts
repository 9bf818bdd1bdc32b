/**
 * `lagebild watch` (follow feeds, store new pages) and `lagebild feeds list|add|remove` (the feeds the store
 * follows); the same watch options serve `lagebild serve --watch`. The watcher is loaded only when a command runs.
 */
import { Command, InvalidArgumentError, Option } from 'commander';
import type { LagebildStore } from '../flows/store.js';
import { packageInfo } from '../server/package-info.js';
import { databaseMissing, DEFAULT_DB, describeTarget } from '../store/options.js';
import type { FeedState } from '../store/feeds.js';
import { formatDuration, parseDuration } from '../watch/clock.js';
import type { PollReport, WatchOptions } from '../watch/watcher.js';
import { budgetOption, parseMemory, parsePositiveInt, parseSize } from './args.js';
import { documentBudget, GUARD_WORKER_URL } from './brief-command.js';
import { EXIT, type CliIo, type ExitCode, type OutputStream } from './io.js';

/** The politeness and timing flags of `watch` and `serve --watch`. */
export interface WatchFlags {
  readonly interval: number;
  readonly perHost: number;
  readonly hostDelay: number;
  readonly timeout: number;
  readonly retries: number;
  readonly maxSize?: number;
  readonly contact?: string;
  /**
   * `--budget`, in ms: how long each fetched page or feed (or posted article) may take to be read, and each stored
   * one to be cleaned and analysed.
   */
  readonly budget?: number;
  /** `--max-memory`, in MB: the heap the reading of one page, feed or posted article of 16 KB or more may use. */
  readonly maxMemory?: number;
}

interface WatchCommandFlags extends WatchFlags {
  readonly db: string;
  readonly create?: boolean;
  readonly once?: boolean;
}

interface FeedsFlags {
  readonly db: string;
  readonly create?: boolean;
  readonly json?: boolean;
}

function duration(value: string): number {
  const ms = parseDuration(value);
  if (ms === undefined)
    throw new InvalidArgumentError(`expected a duration like 10m, 30s, 1h or 500ms, got "${value}"`);
  return ms;
}

function positiveDuration(value: string): number {
  const ms = duration(value);
  if (ms < 1) throw new InvalidArgumentError('the duration must be more than 0');
  return ms;
}

function wholeOrZero(value: string): number {
  if (!/^\d+$/u.test(value.trim())) throw new InvalidArgumentError(`expected a whole number, got "${value}"`);
  return Number(value.trim());
}

/** Adds the watch flags (with their defaults) to a command. */
export function addWatchOptions(command: Command): Command {
  return command
    .addOption(new Option('--interval <duration>', 'how often each feed is polled').default(600_000, '10m').argParser(positiveDuration))
    .addOption(new Option('--per-host <n>', 'requests at the same time to one host').default(1).argParser(parsePositiveInt))
    .addOption(new Option('--host-delay <duration>', 'least time between two requests to one host').default(1000, '1s').argParser(duration))
    .addOption(new Option('--timeout <duration>', 'time for one request, body included').default(30_000, '30s').argParser(positiveDuration))
    .addOption(new Option('--retries <n>', 'retries of a request that may pass (network, timeout, 429, 5xx), with backoff from 1s').default(2).argParser(wholeOrZero))
    .option('--max-size <size>', 'largest feed or page (default 5MB)', parseSize)
    .option('--contact <url|mail>', 'how site owners reach you, sent in the User-Agent')
    .addOption(budgetOption('time each fetched page or feed (and each posted article) may take to be read, and each article stored to be cleaned and analysed, before it is refused as "too slow to read" (default 60)')) // prettier-ignore
    .addOption(new Option('--max-memory <MB>', 'heap one fetched page or feed (or posted article) of 16 KB or more may use while it is read in a worker thread (and cleaned and analysed there, from 64 K characters) before it is refused as "too large to read" (default 512)').argParser(parseMemory)); // prettier-ignore
}

/**
 * How pages, feeds and posted articles are read: from 16 KB in the commands' worker (guard-worker.ts, when
 * built), under `--budget` and `--max-memory`; the worker's script, hard timer and stage listener as `io` says.
 */
export function readingOptions(
  flags: { readonly budget?: number | undefined; readonly maxMemory?: number | undefined },
  io: Pick<CliIo, 'readWorker'>,
  language?: string,
): NonNullable<WatchOptions['reading']> {
  const worker = io.readWorker;
  return {
    ...(flags.budget !== undefined ? { budgetMs: flags.budget } : {}),
    ...(flags.maxMemory !== undefined ? { maxMemoryMb: flags.maxMemory } : {}),
    workerUrl: worker?.url ?? GUARD_WORKER_URL,
    ...(worker?.timer !== undefined ? { timer: worker.timer } : {}),
    ...(worker?.onStage !== undefined ? { onStage: worker.onStage } : {}),
    ...(language !== undefined ? { guardLanguage: language } : {}),
  };
}

/** `Lagebild/0.1.0 (+https://…)`: the product, its version and a way to reach whoever runs it. */
export function userAgent(contact: string | undefined): string {
  const version = packageInfo(import.meta.url)?.version ?? 'unknown';
  return `Lagebild/${version} (+${contact?.trim() || 'https://www.npmjs.com/package/lagebild'})`;
}

export function watchOptions(flags: WatchFlags, io: Pick<CliIo, 'readWorker'> = {}): WatchOptions {
  return {
    reading: readingOptions(flags, io),
    intervalMs: flags.interval,
    perHost: flags.perHost,
    hostDelayMs: flags.hostDelay,
    timeoutMs: flags.timeout,
    retries: flags.retries,
    ...(flags.maxSize !== undefined ? { maxBytes: flags.maxSize } : {}),
    userAgent: userAgent(flags.contact),
  };
}

const plural = (n: number, one: string, many: string): string => `${String(n)} ${n === 1 ? one : many}`;

/** The poll's progress line and one line per failure. */
export function writePoll(
  stderr: OutputStream,
  report: PollReport,
  n: number,
  prefix = 'lagebild watch',
): void {
  stderr.write(
    `${prefix}: poll ${String(n)}: ${plural(report.polled, 'feed', 'feeds')} polled, ` +
      `${String(report.notModified)} not modified (304), ${plural(report.items, 'item', 'items')}: ` +
      `${String(report.added)} new, ${String(report.duplicates)} duplicate; ` +
      `${plural(report.stories.length, 'story', 'stories')} changed; ${String(report.failures.length)} failed\n`,
  );
  for (const f of report.failures) stderr.write(`  failed ${f.url}: ${f.reason}\n`);
}

/** An http(s) URL, as given; undefined with the reason when it is not one. */
function feedUrl(text: string): string | { problem: string } {
  try {
    const url = new URL(text.trim());
    if (url.protocol === 'http:' || url.protocol === 'https:') return url.href;
  } catch {
    // below
  }
  return { problem: `not an http(s) URL: "${text}"` };
}

function urls(texts: readonly string[], io: CliIo, command: string): string[] | undefined {
  const found: string[] = [];
  for (const text of texts) {
    const url = feedUrl(text);
    if (typeof url !== 'string') {
      io.stderr.write(`lagebild ${command}: ${url.problem}\n`);
      return undefined;
    }
    found.push(url);
  }
  return found;
}

/** A missing SQLite file is made only when asked (`--create`) or when it is the default one. */
function refuseMissing(db: string, create: boolean, io: CliIo, command: string): boolean {
  if (!databaseMissing(db)) return false;
  if (create || db === DEFAULT_DB) {
    io.stderr.write(`lagebild ${command}: created a new database ${describeTarget(db)}\n`);
    return false;
  }
  io.stderr.write(
    `lagebild ${command}: no database at ${describeTarget(db)}; check the path, or pass --create to make a new one there\n`,
  );
  return true;
}

async function open(
  db: string,
  io: CliIo,
  command: string,
  flags: Pick<WatchFlags, 'budget'> = {},
): Promise<LagebildStore | undefined> {
  try {
    const { openStore } = await import('../flows/store.js');
    const budget = documentBudget(flags, io);
    return await openStore(db, { log: (line) => io.stderr.write(`${line}\n`), budget });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    io.stderr.write(`lagebild ${command}: cannot open the store ${describeTarget(db)}: ${reason}\n`);
    return undefined;
  }
}

/** Resolves on the first SIGINT or SIGTERM; `dispose` removes the listeners. */
function onStopSignal(stop: () => void): () => void {
  const signals: readonly NodeJS.Signals[] = ['SIGINT', 'SIGTERM'];
  const handler = (): void => stop();
  for (const s of signals) process.once(s, handler);
  return () => signals.forEach((s) => process.removeListener(s, handler));
}

async function addFeeds(
  store: LagebildStore,
  feeds: readonly string[],
  io: CliIo,
  command: string,
): Promise<void> {
  for (const url of feeds) {
    const added = await store.feeds.addFeed(url, new Date().toISOString());
    io.stderr.write(`lagebild ${command}: ${added ? 'now following' : 'already following'} ${url}\n`);
  }
}

async function runWatch(inputs: readonly string[], flags: WatchCommandFlags, io: CliIo): Promise<ExitCode> {
  const feeds = urls(inputs, io, 'watch');
  if (!feeds) return EXIT.usage;
  let options: WatchOptions;
  const { Watcher, normaliseWatchOptions } = await import('../watch/watcher.js');
  try {
    options = normaliseWatchOptions(watchOptions(flags, io));
  } catch (error) {
    io.stderr.write(`lagebild watch: ${error instanceof Error ? error.message : String(error)}\n`);
    return EXIT.usage;
  }
  if (refuseMissing(flags.db, flags.create === true, io, 'watch')) return EXIT.usage;
  const store = await open(flags.db, io, 'watch', flags);
  if (!store) return EXIT.usage;
  const controller = new AbortController();
  const dispose = onStopSignal(() => {
    io.stderr.write('lagebild watch: stopping (in-flight requests are aborted)\n');
    controller.abort();
  });
  try {
    await addFeeds(store, feeds, io, 'watch');
    const followed = await store.feeds.listFeeds();
    if (followed.length === 0) {
      io.stderr.write(
        'lagebild watch: no feeds to watch; give feed URLs, or add them with lagebild feeds add\n',
      );
      return EXIT.usage;
    }
    const watcher = new Watcher(store, options);
    try {
      if (flags.once === true) {
        const report = await watcher.poll(controller.signal, true);
        writePoll(io.stderr, report, 1);
        if (report.stopped) io.stderr.write('lagebild watch: stopped before every feed was done\n');
        return report.failures.length > 0 ? EXIT.partial : EXIT.ok;
      }
      io.stderr.write(
        `lagebild watch: following ${plural(followed.length, 'feed', 'feeds')} in ${describeTarget(flags.db)}, ` +
          `every ${formatDuration(options.intervalMs ?? 600_000)} (stop with Ctrl+C or SIGTERM)\n`,
      );
      await watcher.run(controller.signal, (report, n) => writePoll(io.stderr, report, n));
      io.stderr.write('lagebild watch: stopped\n');
      return EXIT.ok;
    } finally {
      await watcher.close();
    }
  } finally {
    dispose();
    await store.close();
  }
}

/** `lagebild watch`: follow feeds, fetch and store each new item's page. */
export function watchCommand(io: CliIo, done: (code: ExitCode) => void): Command {
  const command = new Command('watch')
    .description(
      "follow RSS/Atom/JSON feeds and news sitemaps: fetch each new item's page and store it (exit codes with --once: " +
        '0 all done, 1 some feed or page failed, 2 usage)',
    )
    .argument('[feeds...]', 'feed URLs to follow from now on (besides those the store follows already)')
    .option('--db <path|url>', 'SQLite file, or a postgres:// URL', DEFAULT_DB)
    .option('--create', `make the SQLite file if it is not there (${DEFAULT_DB} is made without asking)`)
    .option('--once', 'poll every feed once, store what is new, and exit');
  return addWatchOptions(command).action(async (inputs: string[], flags: WatchCommandFlags) =>
    done(await runWatch(inputs, flags, io)),
  );
}

function feedLine(f: FeedState): string {
  const parts = [f.url];
  parts.push(
    f.lastPoll === null
      ? 'never polled'
      : `polled ${f.lastPoll} (HTTP ${f.lastStatus === null ? '–' : String(f.lastStatus)})`,
  );
  parts.push(`${String(f.itemsSeen)} items seen`);
  if (f.lastError !== null) parts.push(`failed ${String(f.failures)}× in a row: ${f.lastError}`);
  if (f.nextRetry !== null) parts.push(`next try ${f.nextRetry}`);
  return parts.join('  ');
}

async function withStore(
  flags: FeedsFlags,
  io: CliIo,
  create: boolean,
  fn: (store: LagebildStore) => Promise<ExitCode>,
): Promise<ExitCode> {
  if (create ? refuseMissing(flags.db, flags.create === true, io, 'feeds') : databaseMissing(flags.db)) {
    if (!create)
      io.stderr.write(`lagebild feeds: no database at ${describeTarget(flags.db)}; check the path\n`);
    return EXIT.usage;
  }
  const store = await open(flags.db, io, 'feeds');
  if (!store) return EXIT.usage;
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}

/** `lagebild feeds list|add|remove`: the feeds the store follows. */
export function feedsCommand(io: CliIo, done: (code: ExitCode) => void): Command {
  const db = (): Option =>
    new Option('--db <path|url>', 'SQLite file, or a postgres:// URL').default(DEFAULT_DB);
  const feeds = new Command('feeds').description('the feeds lagebild watch follows: list, add, remove');
  feeds.addCommand(
    new Command('list')
      .description(
        'the followed feeds with their state (last poll, status, items seen, last error, next try)',
      )
      .addOption(db())
      .option('--json', 'as JSON')
      .action(async (flags: FeedsFlags) =>
        done(
          await withStore(flags, io, false, async (store) => {
            const list = await store.feeds.listFeeds();
            if (flags.json === true) io.stdout.write(`${JSON.stringify(list, null, 2)}\n`);
            else for (const f of list) io.stdout.write(`${feedLine(f)}\n`);
            if (list.length === 0 && flags.json !== true)
              io.stderr.write('lagebild feeds: no feeds followed\n');
            return EXIT.ok;
          }),
        ),
      ),
  );
  feeds.addCommand(
    new Command('add')
      .description('follow feeds (RSS, Atom, JSON Feed or a news sitemap URL)')
      .argument('<urls...>')
      .addOption(db())
      .option('--create', `make the SQLite file if it is not there (${DEFAULT_DB} is made without asking)`)
      .action(async (inputs: string[], flags: FeedsFlags) => {
        const list = urls(inputs, io, 'feeds add');
        if (!list) return done(EXIT.usage);
        done(
          await withStore(flags, io, true, async (store) => {
            await addFeeds(store, list, io, 'feeds add');
            return EXIT.ok;
          }),
        );
      }),
  );
  feeds.addCommand(
    new Command('remove')
      .description('stop following feeds (their stored articles stay)')
      .argument('<urls...>')
      .addOption(db())
      .action(async (inputs: string[], flags: FeedsFlags) => {
        const list = urls(inputs, io, 'feeds remove');
        if (!list) return done(EXIT.usage);
        done(
          await withStore(flags, io, false, async (store) => {
            let missing = 0;
            for (const url of list) {
              const removed = await store.feeds.removeFeed(url);
              if (!removed) missing++;
              io.stderr.write(
                `lagebild feeds remove: ${removed ? 'no longer following' : 'was not following'} ${url}\n`,
              );
            }
            return missing > 0 ? EXIT.partial : EXIT.ok;
          }),
        );
      }),
  );
  return feeds;
}
