/**
 * The I/O shell of the ingest stage: files, folders (recursively) and `-` for stdin → documents and per-input
 * errors. Every file is stat-ed before it is read (size limit) and read once; the rest is pure (documents.ts).
 */
import type { Dirent, Stats } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, extname, join, resolve } from 'node:path';
import type { IngestResult, InputError } from '../core/types.js';
import {
  assignIds,
  readInputBytes,
  type InputBytes,
  type InputOutcome,
  type PendingDocument,
} from './documents.js';
import { readFeedBytes } from './feed.js';
import { KNOWN_EXTENSIONS, isKnownPath } from './format.js';
import {
  normaliseIngestOptions,
  sizeLimitReason,
  tooSlowReason,
  type IngestOptions,
  type NormalisedIngestOptions,
} from './options.js';
import { guarded, ReadPool, type NamedRead, type ReaderResult } from './read-pool.js';

export interface IngestIo {
  /** Whole standard input as bytes (called at most once); default: `process.stdin`. */
  readonly readStdin?: () => Promise<Uint8Array>;
  /** Called after each input is read (or failed): how many are done of how many. */
  readonly onProgress?: (done: number, total: number) => void;
  /** Standard input as it arrives (`ingestStream` reads JSON Lines on it line by line); default: `readStdin`. */
  readonly stdinChunks?: () => AsyncIterable<Uint8Array | string>;
  /**
   * The reader of whole inputs, when the caller keeps one across calls (`openInputReader`, closed by the caller),
   * so its worker is started once; default: one for the call, closed at its end.
   */
  readonly reader?: InputReader;
}

/** One thing to read, in output order: a file path or stdin, or an error found while listing. */
export type Task =
  { readonly kind: 'file'; readonly path: string } | { readonly kind: 'stdin' } | InputErrorTask;
type InputErrorTask = { readonly kind: 'error'; readonly error: InputError };

export const STDIN = '-';
const NO_USABLE_FILES = `folder has no usable files (looked for ${KNOWN_EXTENSIONS.map((e) => `.${e}`).join(' ')})`;

/** A Node file-system error → words a user understands. */
export function ioReason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return 'no such file or directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a folder, not a file';
    case 'ELOOP':
      return 'too many levels of symbolic links';
    default:
      return error instanceof Error ? error.message : String(error);
  }
}

/** Code-point order (not UTF-16 code-unit order, which `<` and the default sort use). */
export function compareCodePoints(a: string, b: string): number {
  const x = Array.from(a, (c) => c.codePointAt(0) ?? 0);
  const y = Array.from(b, (c) => c.codePointAt(0) ?? 0);
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    const d = (x[i] ?? 0) - (y[i] ?? 0);
    if (d !== 0) return d;
  }
  return x.length - y.length;
}

const fileError = (file: string, reason: string): InputErrorTask => ({
  kind: 'error',
  error: { file, reason },
});

async function entryIsFile(path: string, entry: Dirent): Promise<boolean | 'dir'> {
  if (entry.isFile()) return true;
  if (entry.isDirectory()) return 'dir';
  if (!entry.isSymbolicLink()) return false;
  // Symbolic links to files are read; links to folders are not followed (no cycles).
  return stat(path).then(
    (s) => s.isFile(),
    () => false,
  );
}

/** Files with known extensions under `dir` (hidden entries skipped), plus errors for unreadable sub-folders. */
async function listFolder(dir: string, files: string[], errors: InputErrorTask[]): Promise<void> {
  let entries: Dirent[];
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (error) {
    errors.push(fileError(dir, ioReason(error)));
    return;
  }
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    const kind = await entryIsFile(path, entry);
    if (kind === 'dir') await listFolder(path, files, errors);
    else if (kind && isKnownPath(entry.name)) files.push(path);
  }
}

async function folderTasks(dir: string): Promise<Task[]> {
  const files: string[] = [];
  const errors: InputErrorTask[] = [];
  await listFolder(dir, files, errors);
  files.sort(compareCodePoints);
  const tasks: Task[] = files.map((path) => ({ kind: 'file', path }));
  if (tasks.length === 0 && errors.length === 0) return [fileError(dir, NO_USABLE_FILES)];
  return [...tasks, ...errors];
}

/** Expands the inputs into tasks in output order: folders become their sorted files; duplicates are read once. */
export async function plan(inputs: readonly string[]): Promise<Task[]> {
  const tasks: Task[] = [];
  const seen = new Set<string>();
  for (const input of inputs) {
    if (input === STDIN) {
      tasks.push(
        seen.has(STDIN) ? fileError(STDIN, 'standard input can be read only once') : { kind: 'stdin' },
      );
      seen.add(STDIN);
      continue;
    }
    let info: Stats;
    try {
      info = await stat(input);
    } catch (error) {
      tasks.push(fileError(input, ioReason(error)));
      continue;
    }
    const expanded: Task[] = info.isDirectory() ? await folderTasks(input) : [{ kind: 'file', path: input }];
    for (const task of expanded) {
      if (task.kind !== 'file') tasks.push(task);
      else if (!seen.has(resolve(task.path))) {
        seen.add(resolve(task.path));
        tasks.push(task);
      }
    }
  }
  return tasks;
}

/** What a reader that threw says about the input (its message; a stack overflow in plain words). */
export function thrownReason(error: unknown): string {
  if (error instanceof RangeError && /call stack/u.test(error.message)) return TOO_DEEP;
  return `could not be read: ${error instanceof Error ? error.message : String(error)}`;
}

export const TOO_DEEP = 'too deeply nested to read';

/**
 * One input's bytes → documents and errors, as a feed or as a document. A reader that throws (a parser library
 * that overflows its stack on a crafted page, say) fails this input alone: its error names the file and the
 * other inputs go on. So does an input over its read budget (`options.budgetMs`, measured with `options.now`,
 * checked between the stages and at the end): `too slow to read (over its budget of 60 s)`.
 */
export function readBytes(input: InputBytes, options: NormalisedIngestOptions): InputOutcome {
  const started = options.now();
  const checkpoint = (): void => {
    if (options.now() - started > options.budgetMs) throw new OverBudget();
  };
  try {
    const outcome = readFeedBytes(input, options, checkpoint) ?? readInputBytes(input, options, checkpoint);
    checkpoint();
    return outcome;
  } catch (error) {
    const reason = error instanceof OverBudget ? tooSlowReason(options.budgetMs) : thrownReason(error);
    return { pending: [], errors: [{ file: input.file, reason }] };
  }
}

/** Thrown at a checkpoint of an input that is over its read budget. */
class OverBudget extends Error {}

/** Reads whole inputs (`readBytes`): in worker threads when the options isolate them, else in this thread. */
export interface InputReader {
  readonly read: (input: InputBytes) => Promise<InputOutcome>;
  /**
   * Guards documents read in this thread (a JSON Lines record): those long enough are cleaned and analysed in the
   * worker under the limits (read-serve.ts); resolves with the error that stopped them, or none. Absent when the
   * options do not isolate.
   */
  readonly guard?: (file: string, documents: readonly PendingDocument[]) => Promise<readonly InputError[]>;
  /**
   * Reads something the worker script's named reader reads (`reader`: a posted article, a watched page or feed),
   * `file` naming it: in a worker under the limits when the options isolate and it is `size` bytes or more (its
   * length in bytes or characters, as the caller measures it), else `here`, in this thread. Never rejects: what
   * threw or passed the limits comes back with its error and no value.
   */
  readonly named: (
    file: string,
    reader: NamedRead,
    size: number,
    here: () => ReaderResult,
  ) => Promise<ReaderResult>;
  /** Ends the workers (call it when every input is read). */
  readonly close: () => Promise<void>;
}

/**
 * Worker threads that read whole inputs at once. One: a second isolate compiles the readers again, so two workers
 * cost about 20 % more CPU on 181 HTML pages than one (docs/design.md, "Budgets"); inputs are read one at a time
 * in this thread too.
 */
export const READ_WORKERS = 1;

/** The reader of whole inputs the options ask for; workers are started only when an input is read. */
export function inputReader(options: NormalisedIngestOptions): InputReader {
  const { isolation } = options;
  const inThread = (file: string, here: () => ReaderResult): Promise<ReaderResult> => {
    try {
      return Promise.resolve(here());
    } catch (error) {
      return Promise.resolve({ outcome: { pending: [], errors: [{ file, reason: thrownReason(error) }] } });
    }
  };
  if (isolation === undefined)
    return {
      read: (input) => Promise.resolve(readBytes(input, options)),
      named: (file, _reader, _size, here) => inThread(file, here),
      close: () => Promise.resolve(),
    };
  const pool = new ReadPool({
    budgetMs: options.budgetMs,
    maxMemoryMb: options.maxMemoryMb,
    workerUrl: isolation.workerUrl,
    size: Math.min(options.concurrency, READ_WORKERS),
    ...(isolation.timer !== undefined ? { timer: isolation.timer } : {}),
    ...(isolation.onStage !== undefined ? { onStage: isolation.onStage } : {}),
  });
  const job = {
    maxBytes: options.maxBytes,
    format: options.format,
    budgetMs: options.budgetMs,
    guard: isolation.guard,
  };
  return {
    read: (input) =>
      input.bytes.length >= isolation.fromBytes
        ? pool.read(input, job)
        : Promise.resolve(readBytes(input, options)),
    guard: (file, documents) =>
      guarded(documents, isolation.guard).length > 0 ? pool.guard(file, documents, job) : Promise.resolve([]),
    named: (file, reader, size, here) =>
      size >= isolation.fromBytes ? pool.readNamed(file, reader, job) : inThread(file, here),
    close: () => pool.close(),
  };
}

/** A reader of whole inputs with these options, for several `ingest` calls (its `io.reader`); close it after. */
export function openInputReader(options: IngestOptions = {}): InputReader {
  return inputReader(normaliseIngestOptions(options));
}

export async function readFileInput(
  path: string,
  options: NormalisedIngestOptions,
  reader: InputReader,
): Promise<InputOutcome> {
  const fail = (reason: string): InputOutcome => ({ pending: [], errors: [{ file: path, reason }] });
  let bytes: Uint8Array;
  try {
    const info = await stat(path);
    if (!info.isFile()) return fail('not a regular file');
    if (info.size > options.maxBytes) return fail(sizeLimitReason(info.size, options.maxBytes));
    bytes = await readFile(path);
  } catch (error) {
    return fail(ioReason(error));
  }
  // The file may have grown between stat and read.
  if (bytes.length > options.maxBytes) return fail(sizeLimitReason(bytes.length, options.maxBytes));
  const input: InputBytes = {
    file: path,
    base: basename(path, extname(path)) || basename(path),
    path,
    bytes,
  };
  return reader.read(input);
}

async function readProcessStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin)
    chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
  return Buffer.concat(chunks);
}

async function readStdinInput(
  options: NormalisedIngestOptions,
  io: IngestIo,
  reader: InputReader,
): Promise<InputOutcome> {
  const fail = (reason: string): InputOutcome => ({ pending: [], errors: [{ file: STDIN, reason }] });
  let bytes: Uint8Array;
  try {
    bytes = await (io.readStdin ?? readProcessStdin)();
  } catch (error) {
    return fail(`could not read standard input: ${ioReason(error)}`);
  }
  if (bytes.length > options.maxBytes) return fail(sizeLimitReason(bytes.length, options.maxBytes, 'input'));
  const input: InputBytes = { file: STDIN, base: 'stdin', bytes };
  return reader.read(input);
}

export function runTask(
  task: Task,
  options: NormalisedIngestOptions,
  io: IngestIo,
  reader: InputReader,
): Promise<InputOutcome> {
  if (task.kind === 'error') return Promise.resolve({ pending: [], errors: [task.error] });
  if (task.kind === 'stdin') return readStdinInput(options, io, reader);
  return readFileInput(task.path, options, reader);
}

/** Runs `fn` over `items` with at most `limit` at a time; results keep the order of `items`. */
async function mapInOrder<T, R>(
  items: readonly T[],
  limit: number,
  fn: (item: T) => Promise<R>,
): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    for (let i = next++; i < items.length; i = next++) results[i] = await fn(items[i] as T);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/**
 * Reads the inputs (files, folders, `-` for stdin) into documents in input order (folder entries sorted by code
 * point). A bad input becomes an `{file, reason}` error and the others go on. Ids: the file's base name, a JSON
 * record's `id` or `<base>#<n>`, `stdin`; collisions get `-2`, `-3`, ….
 */
export async function ingest(
  inputs: readonly string[],
  options: IngestOptions = {},
  io: IngestIo = {},
): Promise<IngestResult> {
  const normalised = normaliseIngestOptions(options);
  const tasks = await plan(inputs);
  let done = 0;
  const reader = io.reader ?? inputReader(normalised);
  const outcomes = await mapInOrder(tasks, normalised.concurrency, async (task) => {
    const outcome = await runTask(task, normalised, io, reader);
    io.onProgress?.(++done, tasks.length);
    return outcome;
  }).finally(() => (io.reader === undefined ? reader.close() : undefined));
  return {
    documents: assignIds(outcomes.flatMap((o) => o.pending)),
    errors: outcomes.flatMap((o) => o.errors),
  };
}
