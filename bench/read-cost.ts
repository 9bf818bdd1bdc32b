/**
 * What reading in the read pool's reader processes costs the watcher and the server (issue 17, item 1): the CPU
 * time (this process's, `process.cpuUsage`, plus its reader processes', bench/children-cpu.ts) of reading the 181 Scrapinghub pages as fetched
 * pages (`page` reader: decode → HTML reader → metadata) and the 271 Multi-News documents as posted articles
 * (`record` reader), in this thread, and in a reader process from 0 bytes / from 16 KB (the default). Each arm runs in a
 * fresh reader (so the process's start is counted once; `warm`: the second pass of a reader, as in a watcher or
 * server that has run a while), `rounds` times in turn; the median is reported.
 * Run: `node dist/bench/read-cost.js [rounds]` after a build (the data is read from ../shared/data).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { readRecord } from '../src/ingest/json.js';
import { openInputReader, type NamedRead, type ReaderResult } from '../src/ingest/index.js';
import { readPageJob } from '../src/watch/readers.js';
import { descendantsCpuSeconds } from './children-cpu.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const DATA = join(ROOT, '../shared/data');
const WORKER = new URL('../src/cli/guard-worker.js', import.meta.url);

interface Input {
  readonly file: string;
  readonly size: number;
  readonly read: NamedRead;
  readonly here: () => ReaderResult;
}

function pages(): Input[] {
  const dir = join(DATA, 'extract-scrapinghub/html');
  return readdirSync(dir)
    .sort()
    .map((name) => {
      const bytes = new Uint8Array(gunzipSync(readFileSync(join(dir, name))));
      const url = `https://example.org/${name}`;
      const payload = {
        page: { url, mediaType: 'text/html', charset: 'utf-8', bytes },
        item: { key: url, url, meta: {} },
      };
      return {
        file: url,
        size: bytes.length,
        read: { name: 'page', payload },
        here: () => readPageJob(payload),
      };
    });
}

function articles(): Input[] {
  const lines = readFileSync(join(DATA, 'multinews/clusters.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l !== '');
  const texts = lines.flatMap((l) => (JSON.parse(l) as { documents: string[] }).documents);
  return texts.map((text, i) => {
    const item = { id: `mn-${String(i)}`, text };
    const payload = { item, n: i + 1, file: `articles[${String(i)}]` };
    return {
      file: payload.file,
      size: text.length,
      read: { name: 'record', payload },
      here: () => ({ outcome: { pending: [], errors: [] }, value: readRecord(item, i + 1) }),
    };
  });
}

/**
 * CPU-s of reading every input with a fresh reader: in this thread (`from` undefined) or in the worker from `from`;
 * `warm`: the second of two passes with the same reader (a watcher or server that has run a while).
 */
async function arm(inputs: readonly Input[], from: number | undefined, warm: boolean): Promise<number> {
  const reader = openInputReader(
    from === undefined ? { isolate: false } : { isolate: true, workerUrl: WORKER, isolateFromBytes: from },
  );
  let used = 0;
  for (let pass = 0; pass < (warm ? 2 : 1); pass++) {
    const start = process.cpuUsage();
    const children = descendantsCpuSeconds();
    for (const input of inputs) {
      const result = await reader.named(input.file, input.read, input.size, input.here);
      if (result.outcome.errors.length > 0)
        throw new Error(`${input.file}: ${result.outcome.errors[0]?.reason}`);
    }
    const own = process.cpuUsage(start);
    used = (own.user + own.system) / 1e6 + descendantsCpuSeconds() - children;
  }
  await reader.close();
  return used;
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

async function main(): Promise<void> {
  const rounds = Number(process.argv[2] ?? 5);
  for (const [name, inputs] of [
    ['Scrapinghub pages', pages()],
    ['Multi-News articles', articles()],
  ] as const) {
    const over = inputs.filter((i) => i.size >= 16 * 1024).length;
    const arms: Record<string, number[]> = {};
    const runs: [string, number | undefined, boolean][] = [
      ['thread', undefined, false],
      ['process from 0', 0, false],
      ['process from 16 KB', 16 * 1024, false],
      ['warm: thread', undefined, true],
      ['warm: process from 0', 0, true],
      ['warm: process from 16 KB', 16 * 1024, true],
    ];
    for (let r = 0; r < rounds; r++)
      for (const [label, from, warm] of runs) (arms[label] ??= []).push(await arm(inputs, from, warm));
    process.stdout.write(`${name}: ${String(inputs.length)} inputs, ${String(over)} of 16 KB or more\n`);
    for (const [label, xs] of Object.entries(arms)) {
      const m = median(xs);
      const per = (m / inputs.length) * 1000;
      const base = median(arms[label.startsWith('warm') ? 'warm: thread' : 'thread'] ?? []);
      const change = ((m - base) / base) * 100;
      const extra = label.endsWith('thread') ? '' : ` (${change >= 0 ? '+' : ''}${change.toFixed(1)} %)`;
      process.stdout.write(
        `  ${label}: ${m.toFixed(3)} CPU-s, ${per.toFixed(2)} ms each${extra}  [${xs.map((x) => x.toFixed(2)).join(' ')}]\n`,
      );
    }
  }
}

await main();
