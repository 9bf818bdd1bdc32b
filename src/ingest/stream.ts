/**
 * The ingest stage as a stream: documents and per-input errors are yielded as they are read, so a caller can
 * store each before the next is read and memory stays flat however large the input. JSON Lines (`.jsonl` /
 * `.ndjson` files, and standard input when its first line is a JSON object) are read line by line, the size limit
 * applying to each line; any other input is read whole (size limit per file), a few files ahead of the one yielded.
 * The documents, ids and errors are those `ingest` gives for the same inputs, in the same order.
 */
import { createReadStream } from 'node:fs';
import { basename, extname } from 'node:path';
import type { InputError, SourceDocument } from '../core/types.js';
import { BINARY_ERROR, EMPTY_ERROR, looksBinary } from './decode.js';
import { releaseId, uniqueId, type InputOutcome } from './documents.js';
import {
  inputReader,
  ioReason,
  plan,
  runTask,
  STDIN,
  type IngestIo,
  type InputReader,
  type Task,
} from './files.js';
import { isJsonLinesPath } from './format.js';
import { readRecord } from './json.js';
import { readAll, readLines, sniffJsonLines, type Chunk } from './lines.js';
import { normaliseIngestOptions, type IngestOptions, type NormalisedIngestOptions } from './options.js';

/** One thing read: a document (with its unique id) or why an input (or a record of it) could not be used. */
export type IngestItem = { readonly document: SourceDocument } | { readonly error: InputError };

/** Where JSON Lines come from: the name errors use, the base of record ids, and the bytes as they arrive. */
interface LineSource {
  readonly file: string;
  readonly base: string;
  readonly chunks: AsyncIterable<Chunk>;
}

const UTF16_BOMS: readonly (readonly [number, number])[] = [
  [0xff, 0xfe],
  [0xfe, 0xff],
];

function utf16(bytes: Uint8Array): boolean {
  return UTF16_BOMS.some(([a, b]) => bytes[0] === a && bytes[1] === b);
}

/** One line of JSON Lines → a document, an error, or nothing (a blank line). */
function lineItem(source: LineSource, n: number, text: string, taken: Set<string>): IngestItem | undefined {
  if (text.trim() === '') return undefined;
  const file = `${source.file}#${String(n)}`;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { error: { file: source.file, reason: `invalid JSON at line ${String(n)}: ${message}` } };
  }
  const read = readRecord(value, n);
  if (!read.ok) return { error: { file, reason: read.problem.reason } };
  const { text: body, meta, removed, id } = read.value;
  const document: SourceDocument = {
    id: uniqueId(id ?? `${source.base}#${String(n)}`, taken),
    file,
    format: 'json',
    text: body,
    meta,
    removed,
    encoding: 'utf-8',
  };
  return { document };
}

/**
 * A record's document, or the error that stopped its guard: a long record is cleaned and analysed in the reader's
 * worker first, under the limits (read-serve.ts), and one stopped there fails alone, its id given back.
 */
async function guardItem(item: IngestItem, taken: Set<string>, reader: InputReader): Promise<IngestItem> {
  if (!('document' in item) || reader.guard === undefined) return item;
  const { id, file = id, ...document } = item.document;
  const [error] = await reader.guard(file, [{ idBase: id, document: { file, ...document } }]);
  if (error === undefined) return item;
  releaseId(id, taken);
  return { error };
}

/** JSON Lines as they arrive; a read error ends the source with one error (the lines before it are kept). */
async function* streamLines(
  source: LineSource,
  maxBytes: number,
  taken: Set<string>,
  reader: InputReader,
): AsyncGenerator<IngestItem> {
  let records = 0;
  try {
    for await (const line of readLines(source.chunks, maxBytes)) {
      records++;
      const file = `${source.file}#${String(line.n)}`;
      const item =
        'error' in line
          ? { error: { file, reason: line.error } }
          : lineItem(source, line.n, line.text, taken);
      if (item === undefined) records--;
      else yield await guardItem(item, taken, reader);
    }
  } catch (error) {
    yield { error: { file: source.file, reason: ioReason(error) } };
    return;
  }
  if (records === 0) yield { error: { file: source.file, reason: 'no records' } };
}

/** The first chunk of a file and the whole file again (that chunk first), without reading it twice. */
async function peek(
  chunks: AsyncIterable<Chunk>,
): Promise<{ first: Uint8Array | undefined; chunks: AsyncIterable<Uint8Array> }> {
  const iterator = chunks[Symbol.asyncIterator]();
  const next = await iterator.next();
  const first = next.done === true ? undefined : Buffer.from(next.value as Chunk);
  return {
    first,
    chunks: {
      async *[Symbol.asyncIterator]() {
        if (first !== undefined) yield first;
        for (let n = await iterator.next(); n.done !== true; n = await iterator.next())
          yield Buffer.from(n.value as Chunk);
      },
    },
  };
}

/**
 * A `.jsonl` file line by line: binary bytes are refused as a whole, and a UTF-16 file (a byte-order mark) is read
 * whole like any other input (its lines are not UTF-8).
 */
async function* jsonLinesFile(
  path: string,
  options: NormalisedIngestOptions,
  taken: Set<string>,
  reader: InputReader,
): AsyncGenerator<IngestItem> {
  let head: Awaited<ReturnType<typeof peek>>;
  try {
    head = await peek(createReadStream(path) as AsyncIterable<Buffer>);
  } catch (error) {
    yield { error: { file: path, reason: ioReason(error) } };
    return;
  }
  const { first } = head;
  if (first !== undefined && utf16(first)) {
    yield* outcomeItems(await runTask({ kind: 'file', path }, options, {}, reader), taken);
    return;
  }
  if (first !== undefined && looksBinary(first)) {
    yield { error: { file: path, reason: BINARY_ERROR } };
    return;
  }
  if (first === undefined) {
    yield { error: { file: path, reason: EMPTY_ERROR } };
    return;
  }
  const base = basename(path, extname(path)) || basename(path);
  yield* streamLines({ file: path, base, chunks: head.chunks }, options.maxBytes, taken, reader);
}

/** Standard input: JSON Lines line by line when its first line is a JSON object, else read whole. */
async function* stdinItems(
  options: NormalisedIngestOptions,
  io: IngestIo,
  taken: Set<string>,
  reader: InputReader,
): AsyncGenerator<IngestItem> {
  if (io.stdinChunks === undefined || (options.format !== 'auto' && options.format !== 'json')) {
    yield* outcomeItems(await runTask({ kind: 'stdin' }, options, io, reader), taken);
    return;
  }
  let sniffed: Awaited<ReturnType<typeof sniffJsonLines>>;
  try {
    sniffed = await sniffJsonLines(io.stdinChunks(), options.maxBytes);
  } catch (error) {
    yield { error: { file: STDIN, reason: `could not read standard input: ${ioReason(error)}` } };
    return;
  }
  if (sniffed.jsonl) {
    yield* streamLines(
      { file: STDIN, base: 'stdin', chunks: sniffed.chunks },
      options.maxBytes,
      taken,
      reader,
    );
    return;
  }
  const bytes = await readAll(sniffed.chunks);
  yield* outcomeItems(
    await runTask({ kind: 'stdin' }, options, { readStdin: () => Promise.resolve(bytes) }, reader),
    taken,
  );
}

function* outcomeItems(outcome: InputOutcome, taken: Set<string>): Generator<IngestItem> {
  for (const { idBase, document } of outcome.pending)
    yield { document: { id: uniqueId(idBase, taken), ...document } };
  for (const error of outcome.errors) yield { error };
}

function streams(task: Task, options: NormalisedIngestOptions): boolean {
  return (
    task.kind === 'file' &&
    isJsonLinesPath(task.path) &&
    (options.format === 'auto' || options.format === 'json')
  );
}

/**
 * Reads the inputs (files, folders, `-` for stdin) as a stream of documents and errors, in input order (folder
 * entries sorted by code point), with the ids `ingest` gives. Whole inputs are read up to `concurrency` ahead.
 */
export async function* ingestStream(
  inputs: readonly string[],
  options: IngestOptions = {},
  io: IngestIo = {},
): AsyncGenerator<IngestItem> {
  const normalised = normaliseIngestOptions(options);
  const tasks = await plan(inputs);
  const taken = new Set<string>();
  const reader = io.reader ?? inputReader(normalised);
  try {
    yield* readTasks(tasks, normalised, io, taken, reader);
  } finally {
    if (io.reader === undefined) await reader.close();
  }
}

async function* readTasks(
  tasks: readonly Task[],
  normalised: NormalisedIngestOptions,
  io: IngestIo,
  taken: Set<string>,
  reader: InputReader,
): AsyncGenerator<IngestItem> {
  // whole inputs are started a few ahead (their reads overlap); streamed ones are read when their turn comes
  const ahead = new Map<number, Promise<InputOutcome>>();
  const start = (i: number): void => {
    const task = tasks[i];
    if (task === undefined || ahead.has(i) || streams(task, normalised) || task.kind === 'stdin') return;
    ahead.set(i, runTask(task, normalised, io, reader));
  };
  for (let i = 0; i < tasks.length; i++) {
    for (let j = i; j < Math.min(tasks.length, i + normalised.concurrency); j++) start(j);
    const task = tasks[i] as Task;
    if (task.kind === 'stdin') yield* stdinItems(normalised, io, taken, reader);
    else if (streams(task, normalised) && task.kind === 'file')
      yield* jsonLinesFile(task.path, normalised, taken, reader);
    else {
      const outcome = await (ahead.get(i) as Promise<InputOutcome>);
      ahead.delete(i);
      yield* outcomeItems(outcome, taken);
    }
    io.onProgress?.(i + 1, tasks.length);
  }
}
