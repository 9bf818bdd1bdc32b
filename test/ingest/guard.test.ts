/**
 * The guard of the commands' read worker (src/cli/guard-worker.ts, src/ingest/read-serve.ts; issue 17 item 1): the
 * documents of an input with at least 64 K characters of text are cleaned and analysed in the worker too, under the
 * same hard time limit and heap limit, so an input that is quick to READ but slow or greedy to CLEAN or ANALYSE is
 * stopped and fails alone, with its file, while the others are read. Runs the built worker (dist/). The hard time
 * limit is an injected timer that runs out when the worker says it started the guard (never the wall clock).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  DEFAULT_GUARD_FROM_CHARS,
  guarded,
  ingest,
  ingestStream,
  normaliseIngestOptions,
  readBytes,
  type HardTimer,
  type IngestOptions,
  type ReadStage,
} from '../../src/ingest/index.js';
import { hostileInput } from '../hostile/corpus.js';

const GUARD = new URL('../../dist/src/cli/guard-worker.js', import.meta.url);
const READER = new URL('../../dist/src/ingest/read-worker.js', import.meta.url);
const PARAGRAPH =
  'Die Stadtverwaltung hat am Dienstag neue Pläne für den Ausbau des Hafens vorgestellt. ' +
  'Bürgermeisterin Anna Keller sagte, der Umbau solle bis 2027 abgeschlossen sein.\n\n';

const work = mkdtempSync(join(tmpdir(), 'lagebild-guard-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function write(name: string, content: string | Uint8Array): string {
  const path = join(work, name);
  writeFileSync(path, content);
  return path;
}

const small = write('small.txt', PARAGRAPH);
/** An ordinary article, long (76 K characters): guarded, and passes. */
const long = write('long.txt', PARAGRAPH.repeat(450));
/**
 * The corpus class "many initials" (`A. B. C. …`), 480 KB on one line: read in a few ms (plain text), but its
 * sentence splitting and analysis take about a second and tens of MB of heap.
 */
const initials = hostileInput('initials', 480_000);
const slow = write(initials.file, initials.content);
/** The same class at 1.5 MB: read in a few MB of heap; cleaned and analysed, it needs more than 64 MB. */
const greedyInput = hostileInput('initials', 1_500_000);
const greedy = write(`greedy-${greedyInput.file}`, greedyInput.content);
/** JSON Lines: a record, the slow text as a record, a record (read line by line in this thread). */
const records = write(
  'records.jsonl',
  [PARAGRAPH, String(initials.content), PARAGRAPH]
    .map((text, i) => JSON.stringify({ id: `r${String(i + 1)}`, text }))
    .join('\n'),
);

/** A hard timer that runs out when the worker starts guarding one of `files` (records the stages it is told of). */
function atGuard(files: readonly string[]): {
  timer: HardTimer;
  onStage: (file: string, stage: ReadStage) => void;
  stages: string[];
} {
  const fires = new Map<string, () => void>();
  const stages: string[] = [];
  return {
    stages,
    timer: (_ms, fire, file) => {
      fires.set(file, fire);
      return () => fires.delete(file);
    },
    onStage: (file, stage) => {
      stages.push(`${file}: ${stage}`);
      if (files.includes(file)) fires.get(file)?.();
    },
  };
}

const guarding = (options: IngestOptions = {}): IngestOptions => ({
  isolate: true,
  workerUrl: GUARD,
  isolateFromBytes: 0,
  concurrency: 1,
  ...options,
});

describe('the guard of the read worker', () => {
  it('is about cleaning and analysis: the slow input is read at once in this thread', () => {
    const read = readBytes(
      { file: slow, base: 'initials', path: slow, bytes: new TextEncoder().encode(String(initials.content)) },
      normaliseIngestOptions({ isolate: false }),
    );
    expect(read.errors).toEqual([]);
    expect(guarded(read.pending, { fromChars: DEFAULT_GUARD_FROM_CHARS })).toHaveLength(1);
    expect(DEFAULT_GUARD_FROM_CHARS).toBe(64 * 1024);
  });

  it('stops an input whose cleaning and analysis pass the time budget; the others are read', async () => {
    const clock = atGuard([slow]);
    const result = await ingest(
      [small, slow, long],
      guarding({ timer: clock.timer, onStage: clock.onStage }),
    );
    expect(result.errors).toEqual([{ file: slow, reason: 'too slow to read (over its budget of 60 s)' }]);
    expect(result.documents.map((d) => d.file)).toEqual([small, long]);
    // only the long documents were guarded; the small one was only read
    expect(clock.stages).toEqual([`${slow}: prepare`, `${long}: prepare`]);
  });

  it('stops an input whose cleaning and analysis pass the memory budget; reading alone fits', async () => {
    // the long article is guarded too, and needs about 20 MB
    const result = await ingest([small, greedy, long], guarding({ maxMemoryMb: 48 }));
    expect(result.errors).toEqual([
      { file: greedy, reason: 'too large to read (over its memory budget of 48 MB)' },
    ]);
    expect(result.documents.map((d) => d.file)).toEqual([small, long]);
    const read = await ingest([greedy], guarding({ maxMemoryMb: 48, workerUrl: READER }));
    expect(read.errors).toEqual([]);
  });

  it('gives the documents of reading alone, and guards nothing below guardFromChars', async () => {
    const clock = atGuard([slow, long]);
    const alone = await ingest([small, slow, long], guarding({ workerUrl: READER }));
    const guardedRun = await ingest(
      [small, slow, long],
      guarding({ timer: clock.timer, onStage: clock.onStage, guardFromChars: 10_000_000 }),
    );
    expect(guardedRun).toEqual(alone);
    expect(clock.stages).toEqual([]);
    expect(() => normaliseIngestOptions({ isolate: true, guardFromChars: -1 })).toThrow(/guardFromChars/u);
  });

  it('guards a long JSON Lines record too: the record stopped fails alone, in its place', async () => {
    const clock = atGuard([`${records}#2`]);
    const items = [];
    for await (const item of ingestStream(
      [records],
      guarding({ timer: clock.timer, onStage: clock.onStage }),
    ))
      items.push('error' in item ? item.error : item.document.id);
    expect(items).toEqual([
      'r1',
      { file: `${records}#2`, reason: 'too slow to read (over its budget of 60 s)' },
      'r3',
    ]);
    expect(clock.stages).toEqual([`${records}#2: prepare`]);
  });
});
