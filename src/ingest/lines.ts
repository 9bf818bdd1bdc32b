/**
 * Lines of a byte stream as they arrive (stdin, a JSONL file), for `lagebild cluster` on a stream: no line is
 * held longer than it takes to arrive, and a line over the size limit is skipped (reported) without being held.
 */
import { sniffFeed } from './format.js';

export type Chunk = Uint8Array | string;

/** One line: its 1-based number and its text, or why it cannot be used. */
export type StreamLineRead =
  { readonly n: number; readonly text: string } | { readonly n: number; readonly error: string };

const NEWLINE = 0x0a;

function toBytes(chunk: Chunk): Uint8Array {
  return typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
}

function sizeText(bytes: number): string {
  const MB = 1024 * 1024;
  if (bytes >= MB) return `${String(Number((bytes / MB).toFixed(1)))} MB`;
  if (bytes >= 1024) return `${String(Number((bytes / 1024).toFixed(1)))} KB`;
  return `${String(bytes)} bytes`;
}

const decoder = new TextDecoder('utf-8', { fatal: true });

function decodeLine(parts: readonly Uint8Array[], n: number): StreamLineRead {
  let text: string;
  try {
    text = decoder.decode(parts.length === 1 ? parts[0] : Buffer.concat(parts));
  } catch {
    return { n, error: 'line is not valid UTF-8' };
  }
  if (text.endsWith('\r')) text = text.slice(0, -1);
  if (n === 1) text = text.replace(/^\uFEFF/u, '');
  return { n, text };
}

/** Splits the stream into lines; a line longer than `maxBytes` becomes an error and is not held in memory. */
export async function* readLines(
  chunks: AsyncIterable<Chunk>,
  maxBytes: number,
): AsyncGenerator<StreamLineRead> {
  let parts: Uint8Array[] = [];
  let length = 0;
  let n = 0;
  const finish = (): StreamLineRead => {
    n++;
    const line =
      length > maxBytes
        ? {
            n,
            error: `line is ${sizeText(length)}, over the ${sizeText(maxBytes)} limit (raise it with --max-size)`,
          }
        : decodeLine(parts, n);
    parts = [];
    length = 0;
    return line;
  };
  for await (const chunk of chunks) {
    const bytes = toBytes(chunk);
    let start = 0;
    for (let end = bytes.indexOf(NEWLINE); end >= 0; end = bytes.indexOf(NEWLINE, start)) {
      length += end - start;
      if (length <= maxBytes) parts.push(bytes.subarray(start, end));
      yield finish();
      start = end + 1;
    }
    length += bytes.length - start;
    if (length <= maxBytes && start < bytes.length) parts.push(bytes.subarray(start));
    else if (length > maxBytes) parts = [];
  }
  if (length > 0) yield finish();
}

/** Standard input's first chunks, enough to tell JSON Lines, and the whole stream again (those chunks first). */
export async function sniffJsonLines(
  chunks: AsyncIterable<Chunk>,
  maxBytes: number,
): Promise<{ readonly jsonl: boolean; readonly chunks: AsyncIterable<Uint8Array> }> {
  const iterator = chunks[Symbol.asyncIterator]();
  const head: Uint8Array[] = [];
  let size = 0;
  let first: string | undefined;
  while (first === undefined && size <= maxBytes) {
    const next = await iterator.next();
    if (next.done === true) break;
    const bytes = toBytes(next.value as Chunk);
    head.push(bytes);
    size += bytes.length;
    first = firstCompleteLine(Buffer.concat(head).toString('utf8'));
  }
  const text = first ?? Buffer.concat(head).toString('utf8').trim();
  const rest: AsyncIterable<Uint8Array> = {
    async *[Symbol.asyncIterator]() {
      yield* head;
      for (let next = await iterator.next(); next.done !== true; next = await iterator.next())
        yield toBytes(next.value as Chunk);
    },
  };
  return { jsonl: isJsonObjectLine(text), chunks: rest };
}

/** The first non-blank line that is complete (a newline follows it), trimmed; undefined when none is yet. */
function firstCompleteLine(text: string): string | undefined {
  const lines = text.replace(/^\uFEFF/u, '').split('\n');
  lines.pop();
  return lines.map((l) => l.trim()).find((l) => l !== '');
}

/** A JSON object on one line that is not a JSON Feed: the start of JSON Lines. */
export function isJsonObjectLine(line: string): boolean {
  if (!line.startsWith('{') || sniffFeed(line)) return false;
  try {
    const value: unknown = JSON.parse(line);
    return typeof value === 'object' && value !== null && !Array.isArray(value);
  } catch {
    return false;
  }
}

/** Every byte of a stream (for inputs that are not JSON Lines: they are read whole, as in batch mode). */
export async function readAll(chunks: AsyncIterable<Chunk>): Promise<Uint8Array> {
  const all: Uint8Array[] = [];
  for await (const chunk of chunks) all.push(toBytes(chunk));
  return Buffer.concat(all);
}
