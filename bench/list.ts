/**
 * Story-list benchmark: `GET /api/stories` (the first page) and `GET /api/stories?q=` at 10 000 stories, served
 * by the real `lagebild serve` in its own process over a SQLite file. Two figures per request: the server's CPU
 * per request (its user + system time from /proc over a sequential run, Linux only) and the p99 latency under
 * 20 concurrent clients (autocannon, loopback, a bounded run). The store is seeded directly in SQL (10 000 live
 * stories of one article each with a brief of about 12 KB, and 1 000 stories merged away), because making 10 000
 * briefs through ingest would take minutes; the rows are what the store itself writes. Needs the build
 * (`npm run build`); run alone with `node dist/bench/list.js`.
 */
import autocannon from 'autocannon';
import Database from 'better-sqlite3';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { openStore } from '../src/flows/store.js';
import { serve, stop } from './http.js';

export interface ListBenchResult {
  readonly name: string;
  readonly value: number;
  readonly unit: string;
  readonly target: string;
}

export interface ListBenchOptions {
  /** Live stories in the store (default 10 000). */
  readonly stories?: number;
  /** Seconds of load per URL (default 5). */
  readonly duration?: number;
  /** Concurrent clients (default 20). */
  readonly connections?: number;
  /** Sequential requests for the CPU figure (default 500). */
  readonly requests?: number;
}

const WORDS = [
  'storm',
  'strike',
  'election',
  'court',
  'market',
  'harbour',
  'school',
  'bridge',
  'vote',
  'fire',
];

/** A brief-sized JSON text (about 12 KB), as large as a real story's brief. */
function briefJson(i: number): string {
  const sentence = (k: number): string =>
    `Sentence ${String(k)} of story ${String(i)} says what the reports agree on, with its sources and quotes.`;
  return JSON.stringify({
    headline: `Story ${String(i)}`,
    sentences: Array.from({ length: 120 }, (_, k) => sentence(k)),
  });
}

/** Seeds `stories` live stories (and a tenth as many merged away) through SQL, into the store's own schema. */
export async function seed(db: string, stories: number): Promise<void> {
  await (await openStore(db)).close(); // the schema, at this lagebild's version
  const d = new Database(db);
  try {
    const separate = d.prepare("SELECT 1 FROM sqlite_master WHERE name = 'story_texts'").get() !== undefined;
    // schema 7 keeps the story's outlets on its row: one to three per story (a third each)
    const facts = (d.prepare('PRAGMA table_info(stories)').all() as { name: string }[]).some(
      (c) => c.name === 'outlets',
    );
    const outlets = facts
      ? d.prepare('UPDATE stories SET source_count = ?, outlets = ?, unknown_outlets = 0 WHERE id = ?')
      : undefined;
    const article = d.prepare(
      `INSERT INTO articles (seq, id, story, url, url_norm, content_hash, title, source, author, published, language,
         outlet, text, document, assignment, file, added_at) VALUES (?, ?, ?, NULL, NULL, ?, ?, 'bench', NULL, ?, ?,
         ?, ?, '{}', '{}', NULL, ?)`,
    );
    const fts = d.prepare('INSERT INTO articles_fts (rowid, title, text) VALUES (?, ?, ?)');
    const story = d.prepare(
      `INSERT INTO stories (id, headline, article_count, source_count, languages, first_at, last_at, created_at,
         updated_at, sort_key, version, stale, merged_into) VALUES (?, ?, 1, 1, ?, ?, ?, ?, ?, ?, 1, 0, ?)`,
    );
    const brief = separate
      ? d.prepare('INSERT INTO story_texts (story, brief, brief_version) VALUES (?, ?, 1)')
      : d.prepare('UPDATE stories SET brief = ?, brief_version = 1 WHERE id = ?');
    const merged = Math.floor(stories / 10);
    d.transaction(() => {
      for (let i = 0; i < stories + merged; i++) {
        const id = `s:bench-${String(i)}`;
        const day = new Date(Date.UTC(2024, 0, 1) + i * 60_000).toISOString();
        const language = i % 3 === 0 ? 'de' : 'en';
        // each word is in a tenth of the stories, so a one-word search matches about 1 000 of them
        const title = `Report ${String(i)} on the ${WORDS[i % WORDS.length] ?? 'storm'}`;
        const text = `${title}. ${'The report tells what happened and who said it. '.repeat(20)}`;
        article.run(
          i + 1,
          `bench-${String(i)}`,
          id,
          `hash-${String(i)}`,
          title,
          day,
          language,
          `outlet-${String(i % 50)}`,
          text,
          day,
        );
        fts.run(i + 1, title, text);
        const into = i >= stories ? `s:bench-${String(i - stories)}` : null;
        story.run(id, title, language, day, day, day, day, day, into);
        const names = Array.from({ length: 1 + (i % 3) }, (_, k) => `outlet-${String((i + k) % 50)}`);
        outlets?.run(names.length, JSON.stringify(names), id);
        if (separate) brief.run(id, briefJson(i));
        else brief.run(briefJson(i), id);
      }
    })();
  } finally {
    d.close();
  }
}

/** The CPU seconds (user + system) a process has used so far, from /proc (NaN where there is none). */
function cpuSeconds(pid: number): number {
  try {
    const fields =
      readFileSync(`/proc/${String(pid)}/stat`, 'utf8')
        .split(') ')[1]
        ?.split(' ') ?? [];
    // fields after the command: state is [0], utime [11], stime [12], in clock ticks (100 per second)
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return NaN;
  }
}

async function cpuPerRequest(pid: number, url: string, requests: number): Promise<number> {
  for (let i = 0; i < 20; i++) await (await fetch(url)).arrayBuffer();
  const before = cpuSeconds(pid);
  for (let i = 0; i < requests; i++) {
    const response = await fetch(url);
    if (!response.ok) throw new Error(`${url}: ${String(response.status)}`);
    await response.arrayBuffer();
  }
  return ((cpuSeconds(pid) - before) * 1000) / requests;
}

export async function listBench(options: ListBenchOptions = {}): Promise<ListBenchResult[]> {
  const { stories = 10_000, duration = 5, connections = 20, requests = 500 } = options;
  const tmp = mkdtempSync(join(tmpdir(), 'lagebild-bench-list-'));
  const db = join(tmp, 'bench.db');
  let server: ReturnType<typeof serve> | undefined;
  try {
    await seed(db, stories);
    server = serve(db);
    const base = await server.url;
    const pid = server.child.pid ?? 0;
    const results: ListBenchResult[] = [];
    const n = `${String(stories / 1000)}k stories`;
    for (const [label, path] of [
      ['GET /api/stories', 'api/stories'],
      ['GET /api/stories?q=storm', 'api/stories?q=storm'],
      ['GET /api/stories?minSources=2', 'api/stories?minSources=2'],
    ] as const) {
      const url = `${base}${path}`;
      const check = (await (await fetch(url)).json()) as { total: number; items: unknown[] };
      const cpu = await cpuPerRequest(pid, url, requests);
      const load = await autocannon({ url, connections, duration });
      const failed = load.non2xx + load.errors + load.timeouts;
      if (failed > 0)
        throw new Error(`${url}: ${String(failed)} of ${String(load.requests.total)} requests failed`);
      process.stderr.write(
        `  ${label}: total ${String(check.total)}, ${String(check.items.length)} items; ${cpu.toFixed(2)} ms CPU/request; ` +
          `${String(load.requests.total)} requests in ${String(duration)} s, ${String(connections)} clients, p50 ${String(load.latency.p50)} ms\n`,
      );
      results.push(
        { name: `${label}, ${n} (server CPU per request)`, value: cpu, unit: 'ms', target: '< 2' },
        {
          name: `${label}, ${n}, ${String(connections)} clients (p99 latency)`,
          value: load.latency.p99,
          unit: 'ms',
          target: '< 100',
        },
      );
    }
    return results;
  } finally {
    if (server !== undefined) await stop(server.child);
    rmSync(tmp, { recursive: true, force: true });
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  for (const r of await listBench()) {
    process.stdout.write(`${r.name}  ${r.value.toFixed(2)} ${r.unit}  (target ${r.target})\n`);
  }
}
