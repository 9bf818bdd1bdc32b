/**
 * The I/O shell of `lagebild cluster` on a stream: reads JSON Lines as they come (stdin, `.jsonl` files) and other
 * inputs one at a time, feeds the pure core (src/flows/cluster-stream.ts) and writes every event at once — one line
 * per article, one per merge, a brief per closed story — so memory stays bounded however long the input runs.
 */
import { createReadStream } from 'node:fs';
import { mkdir, open, writeFile, type FileHandle } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import type { StoryInfo, StoryMerge, StorySplit } from '../cluster/index.js';
import {
  CLUSTERS_SCHEMA,
  StreamClusterRun,
  type ClosedStory,
  type RecordName,
  type StreamEvent,
  type StreamRunOptions,
  type StreamSummary,
} from '../flows/index.js';
import type { SourceDocument } from '../core/types.js';
import { ingest, ioReason, openInputReader, type IngestOptions, type InputReader } from '../ingest/index.js';
import { isJsonLinesPath } from '../ingest/format.js';
import { DEFAULT_MAX_BYTES } from '../ingest/options.js';
import { briefFromDocuments } from '../brief/index.js';
import { render } from '../render/index.js';
import { documentBudget, ingestOptions } from './brief-command.js';
import { EXIT, type CliIo, type ExitCode, type OutputStream } from './io.js';
import { readLines, type Chunk, type StreamLineRead } from './line-reader.js';

/** The flags the stream path reads (a subset of `cluster`'s). */
export interface StreamFlags {
  readonly threshold: number;
  readonly window: number;
  readonly mergeThreshold: number;
  /** `--late-hours`: how long after a story's last article a late one may still reopen it. */
  readonly lateHours?: number;
  /** `--closed-stories`: how many closed stories are kept findable for late articles. */
  readonly closedStories?: number;
  readonly out?: string;
  readonly stories?: string;
  readonly briefs?: string;
  readonly briefFormat: 'md' | 'json';
  readonly words: number;
  readonly lang?: string;
  readonly maxSize?: number;
  /** `--budget`, in ms: how long one input may take to be read, and each document (a line) to be cleaned. */
  readonly budget?: number;
  /** `--max-memory`, in MB: the heap one whole input may use while it is read. */
  readonly maxMemory?: number;
  readonly crossDoc: boolean;
}

/** Where the stream comes from: lines as they arrive, or an input read whole (a file, folder or feed). */
export type StreamSource =
  | {
      readonly kind: 'lines';
      readonly file: string;
      readonly base: string;
      readonly chunks: AsyncIterable<Chunk>;
    }
  | { readonly kind: 'input'; readonly path: string; readonly bytes?: Uint8Array };

/** Articles between two progress lines when stderr is not a terminal (on a terminal: one line, redrawn). */
export const PROGRESS_EVERY = 1000;
const TTY_EVERY = 100;

/** A sink for output lines: each line is written (and so seen by a consumer) before the next article is read. */
interface Sink {
  line(text: string): Promise<void>;
  close(): Promise<void>;
}

async function openSink(flags: StreamFlags, stdout: OutputStream): Promise<Sink> {
  if (flags.out === undefined) {
    return { line: (text) => Promise.resolve(stdout.write(text)), close: () => Promise.resolve() };
  }
  const handle: FileHandle = await open(flags.out, 'w');
  return {
    line: async (text) => void (await handle.write(text)),
    close: () => handle.close(),
  };
}

/** The clustering options the flags give, in batch and stream mode alike. */
export function clusterOptionsOf(flags: StreamFlags): {
  threshold: number;
  windowHours: number;
  mergeThreshold: number;
  lateHours?: number;
  closedStories?: number;
  crossDocument: boolean;
  language?: string;
} {
  return {
    threshold: flags.threshold,
    windowHours: flags.window,
    mergeThreshold: flags.mergeThreshold,
    ...(flags.lateHours !== undefined ? { lateHours: flags.lateHours } : {}),
    ...(flags.closedStories !== undefined ? { closedStories: flags.closedStories } : {}),
    crossDocument: flags.crossDoc,
    ...(flags.lang !== undefined ? { language: flags.lang } : {}),
  };
}

function streamOptions(flags: StreamFlags, io: CliIo): StreamRunOptions {
  return {
    ...clusterOptionsOf(flags),
    keepDocuments: flags.briefs !== undefined,
    keepStories: flags.stories !== undefined,
    budget: documentBudget(flags, io),
  };
}

/** Writes the brief of one story's documents to `dir` (as `lagebild brief` would make it), named by the story. */
export async function writeStoryBrief(
  dir: string,
  storyId: string,
  documents: readonly SourceDocument[],
  flags: StreamFlags,
): Promise<void> {
  const brief = briefFromDocuments(documents, {
    words: flags.words,
    crossDocument: flags.crossDoc,
    ...(flags.lang !== undefined ? { language: flags.lang } : {}),
  });
  await writeFile(join(dir, storyFileName(storyId, flags.briefFormat)), render(brief, flags.briefFormat));
}

/** The story list as its own document (`--stories`), in batch and stream mode alike. */
export function storiesJson(
  stories: readonly StoryInfo[],
  merges: readonly StoryMerge[],
  splits: readonly StorySplit[] = [],
): string {
  const split = splits.length > 0 ? { splits } : {};
  return JSON.stringify({ schema: CLUSTERS_SCHEMA, stories, merges, ...split }, null, 2) + '\n';
}

/** Progress on stderr: a redrawn line on a terminal, a plain line every {@link PROGRESS_EVERY} articles otherwise. */
function streamProgress(stderr: OutputStream): { tick: (run: StreamClusterRun) => void; stop: () => void } {
  const tty = stderr.isTTY === true;
  let shown = false;
  return {
    tick(run) {
      const { articles, openStories } = run.stats();
      if (articles === 0 || articles % (tty ? TTY_EVERY : PROGRESS_EVERY) !== 0) return;
      const text = `lagebild: ${String(articles)} articles so far, ${String(openStories)} stories open`;
      stderr.write(tty ? `\r${text}` : `${text}\n`);
      shown = tty;
    },
    stop() {
      if (shown) stderr.write('\r\u001b[K');
      shown = false;
    },
  };
}

/** Everything the event loop touches. */
class StreamShell {
  readonly run: StreamClusterRun;
  readonly #flags: StreamFlags;
  readonly #io: CliIo;
  readonly #sink: Sink;
  readonly #progress: ReturnType<typeof streamProgress>;
  #briefs = 0;
  #briefDirReady = false;

  constructor(flags: StreamFlags, io: CliIo, sink: Sink) {
    this.run = new StreamClusterRun(streamOptions(flags, io));
    this.#flags = flags;
    this.#io = io;
    this.#sink = sink;
    this.#progress = streamProgress(io.stderr);
  }

  get briefs(): number {
    return this.#briefs;
  }

  async emit(events: readonly StreamEvent[]): Promise<void> {
    for (const event of events) {
      if (event.kind === 'assignment') {
        await this.#sink.line(JSON.stringify(event.line) + '\n');
        this.#progress.tick(this.run);
      } else if (event.kind === 'merge') {
        await this.#sink.line(JSON.stringify({ merge: event.merge }) + '\n');
      } else if (event.kind === 'split') {
        await this.#sink.line(JSON.stringify({ split: event.split }) + '\n');
      } else if (event.kind === 'error') {
        this.#io.stderr.write(`lagebild: ${event.error.file}: ${event.error.reason}\n`);
      } else await this.#closed(event.story);
    }
  }

  stopProgress(): void {
    this.#progress.stop();
  }

  async #closed(story: ClosedStory): Promise<void> {
    const dir = this.#flags.briefs;
    if (dir === undefined || story.articles < 2 || story.documents.length < 2) return;
    if (!this.#briefDirReady) await mkdir(dir, { recursive: true });
    this.#briefDirReady = true;
    // a reopened story's late articles get a brief of their own beside the one written when it first closed
    const name = story.reopened ? `${story.id}.late-${story.documents[0]?.id ?? ''}` : story.id;
    await writeStoryBrief(dir, name, story.documents, this.#flags);
    this.#briefs++;
  }
}

/** A story id as a file name (letters, digits, `-`, `_`, `.` kept; anything else `_`). */
export function storyFileName(id: string, extension: string): string {
  const safe = id.replace(/^s:/u, '').replace(/[^\p{L}\p{N}._-]+/gu, '_') || 'story';
  return `${safe}.${extension}`;
}

/** Lines as they come; a read error (a missing file, a broken pipe) ends this source with one error. */
async function feedLines(
  shell: StreamShell,
  source: Extract<StreamSource, { kind: 'lines' }>,
  maxBytes: number,
): Promise<void> {
  const lines = readLines(source.chunks, maxBytes)[Symbol.asyncIterator]();
  for (;;) {
    let next: IteratorResult<StreamLineRead>;
    try {
      next = await lines.next();
    } catch (error) {
      await shell.emit(shell.run.addError({ file: source.file, reason: ioReason(error) }));
      return;
    }
    if (next.done === true) return;
    const read = next.value;
    const name: RecordName = {
      file: `${source.file}#${String(read.n)}`,
      idBase: `${source.base}#${String(read.n)}`,
    };
    await shell.emit(
      'error' in read
        ? shell.run.addError({ file: name.file, reason: read.error })
        : shell.run.addLine(read.text, name),
    );
  }
}

/** An input read whole (text, HTML, feed, folder): its documents go into the stream one at a time, in input order. */
async function feedInput(
  shell: StreamShell,
  source: Extract<StreamSource, { kind: 'input' }>,
  options: IngestOptions,
  reader: InputReader,
): Promise<void> {
  const { bytes } = source;
  const read = await ingest(
    [source.path],
    options,
    bytes ? { readStdin: () => Promise.resolve(bytes), reader } : { reader },
  );
  for (const error of read.errors) await shell.emit(shell.run.addError(error));
  for (const { id, ...doc } of read.documents) await shell.emit(shell.run.addDocument(doc, id));
}

/** `.jsonl` / `.ndjson` files are read line by line; anything else whole. */
export function fileSource(path: string): StreamSource {
  if (path === '-' || !isJsonLinesPath(path)) return { kind: 'input', path };
  const base = basename(path, extname(path)) || basename(path);
  return { kind: 'lines', file: path, base, chunks: createReadStream(path) as AsyncIterable<Buffer> };
}

/** The closing summary on stderr, in batch and stream mode alike. */
export function summaryLine(
  summary: Pick<StreamSummary, 'articles' | 'stories' | 'multi' | 'merges'> & { readonly splits?: number },
): string {
  const splits = summary.splits ? `, ${String(summary.splits)} splits` : '';
  return (
    `lagebild: ${String(summary.articles)} articles in ${String(summary.stories)} stories ` +
    `(${String(summary.multi)} with two or more articles, ${String(summary.merges)} merges${splits})\n`
  );
}

async function finish(shell: StreamShell, flags: StreamFlags, io: CliIo): Promise<ExitCode> {
  const { events, summary } = shell.run.end();
  await shell.emit(events);
  shell.stopProgress();
  if (flags.stories !== undefined) {
    const { stories, merges, splits } = shell.run.stories();
    await writeFile(flags.stories, storiesJson(stories, merges, splits));
  }
  const total = summary.articles + summary.errors;
  if (summary.errors > 0)
    io.stderr.write(
      `lagebild: ${String(summary.errors)} of ${String(total)} inputs could not be used (listed above)\n`,
    );
  if (summary.articles === 0) {
    io.stderr.write('lagebild: nothing usable in the input, no stories made\n');
    return EXIT.usage;
  }
  io.stderr.write(summaryLine(summary));
  if (flags.briefs !== undefined)
    io.stderr.write(`lagebild: ${String(shell.briefs)} briefs written to ${flags.briefs}\n`);
  return summary.errors > 0 ? EXIT.partial : EXIT.ok;
}

/** Clusters the sources as a stream (see the module comment) and returns the exit code. */
export async function runClusterStream(
  sources: readonly StreamSource[],
  flags: StreamFlags,
  io: CliIo,
): Promise<ExitCode> {
  const sink = await openSink(flags, io.stdout);
  const shell = new StreamShell(flags, io, sink);
  const maxBytes = flags.maxSize ?? DEFAULT_MAX_BYTES;
  // one reader for every whole input of the run: its worker thread is started once
  const options = ingestOptions(flags, io);
  const reader = openInputReader(options);
  try {
    for (const source of sources) {
      if (source.kind === 'lines') await feedLines(shell, source, maxBytes);
      else await feedInput(shell, source, options, reader);
    }
    return await finish(shell, flags, io);
  } finally {
    shell.stopProgress();
    await reader.close();
    await sink.close();
  }
}
