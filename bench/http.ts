/**
 * HTTP benchmark: requests per second and p99 latency of `GET /api/stories/:id` (the brief of the example story
 * with its analysis and articles, about 50 KB of JSON) under 50 concurrent clients, with autocannon, loopback
 * only, for a bounded time. The server is the real `lagebild serve` in its own process over a SQLite file, so
 * client and server do not share one event loop. Needs the build (`npm run build`); run alone with
 * `node dist/bench/http.js`.
 */
import autocannon from 'autocannon';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ingest } from '../src/ingest/index.js';
import { openStore } from '../src/flows/store.js';
import { EXAMPLE } from './corpus.js';

export interface HttpBenchResult {
  readonly name: string;
  readonly value: number;
  readonly unit: string;
  readonly target: string;
}

export interface HttpBenchOptions {
  /** Seconds of load (default 10). */
  readonly duration?: number;
  /** Concurrent clients (default 50). */
  readonly connections?: number;
}

const BIN = new URL('../src/cli/bin.js', import.meta.url).pathname;

/** A SQLite store file holding the example story; the id of its story with the most articles. */
async function prepare(db: string): Promise<string> {
  const store = await openStore(db);
  try {
    const { documents } = await ingest([EXAMPLE], {});
    await store.ingest(documents);
    const page = await store.listStories({ limit: 100, offset: 0 });
    const top = [...page.items].sort((a, b) => b.articles - a.articles)[0];
    if (top === undefined) throw new Error('the example made no story');
    return top.id;
  } finally {
    await store.close();
  }
}

/** Starts `lagebild serve` on 127.0.0.1, port 0; resolves with its URL. */
export function serve(db: string): { child: ChildProcess; url: Promise<string> } {
  const child = spawn(process.execPath, [BIN, 'serve', '--db', db, '--host', '127.0.0.1', '--port', '0'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (err += chunk));
  const url = new Promise<string>((resolve, reject) => {
    child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
      out += chunk;
      const found = /http:\/\/127\.0\.0\.1:\d+\//u.exec(out)?.[0];
      if (found !== undefined) resolve(found);
    });
    child.on('close', (code) => reject(new Error(`lagebild serve exited (${String(code)}): ${err}`)));
  });
  return { child, url };
}

export function stop(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.on('close', () => resolve());
    child.kill('SIGTERM');
  });
}

export async function httpBench(options: HttpBenchOptions = {}): Promise<HttpBenchResult[]> {
  const { duration = 10, connections = 50 } = options;
  const tmp = mkdtempSync(join(tmpdir(), 'lagebild-bench-http-'));
  const db = join(tmp, 'bench.db');
  let server: ReturnType<typeof serve> | undefined;
  try {
    const id = await prepare(db);
    server = serve(db);
    const url = `${await server.url}api/stories/${encodeURIComponent(id)}`;
    await autocannon({ url, connections: 5, duration: 1 });
    const result = await autocannon({ url, connections, duration });
    const failed = result.non2xx + result.errors + result.timeouts;
    if (failed > 0) throw new Error(`${String(failed)} of ${String(result.requests.total)} requests failed`);
    process.stderr.write(
      `  GET /api/stories/:id: ${String(result.requests.total)} requests in ${String(duration)} s, ${String(connections)} clients, ${(result.throughput.average / 1024 / 1024).toFixed(1)} MB/s\n`,
    );
    return [
      {
        name: `GET /api/stories/:id, ${String(connections)} clients (requests/s)`,
        value: result.requests.average,
        unit: 'requests/s',
        target: '≥ 200',
      },
      {
        name: `GET /api/stories/:id, ${String(connections)} clients (p99 latency)`,
        value: result.latency.p99,
        unit: 'ms',
        target: '< 500',
      },
    ];
  } finally {
    if (server !== undefined) await stop(server.child);
    rmSync(tmp, { recursive: true, force: true });
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  for (const r of await httpBench()) {
    process.stdout.write(`${r.name}  ${r.value.toFixed(1)} ${r.unit}  (target ${r.target})\n`);
  }
}
