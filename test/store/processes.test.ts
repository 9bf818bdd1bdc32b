/**
 * The store under real processes (the built CLI): an ingest killed with SIGKILL mid-way and run again leaves
 * every article exactly once with fresh briefs; two ingests at the same time on one database neither lose nor
 * duplicate articles and make the same stories as one process would; one of two workers killed with SIGKILL mid-way
 * and run again leaves every article once and the same stories as one uninterrupted process. SQLite always;
 * PostgreSQL when a server can be started here (otherwise skipped, with the reason in the test name).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Assignment } from '../../src/cluster/types.js';
import { createClusterer } from '../../src/cluster/index.js';
import { openStore } from '../../src/flows/store.js';
import { partition } from './contract.js';
import { corpusIds, corpusJsonl } from './corpus.js';
import { ensureBuilt, runIngest } from './cli-process.js';
import { startPostgres } from './pg-server.js';

type Row = Record<string, unknown>;

async function query(target: string, sql: string): Promise<Row[]> {
  if (!target.startsWith('postgres')) {
    const db = new Database(target, { readonly: true });
    try {
      return db.prepare(sql).all() as Row[];
    } finally {
      db.close();
    }
  }
  const client = new pg.Client({ connectionString: target });
  await client.connect();
  try {
    return (await client.query(sql)).rows as Row[];
  } finally {
    await client.end();
  }
}

/**
 * Every expected article stored exactly once; no stale story and none left to link into its storyline; every story's
 * brief cites exactly its articles.
 */
async function expectComplete(target: string, ids: readonly string[]): Promise<void> {
  const stored = (await query(target, 'SELECT id FROM articles ORDER BY id')).map((r) => String(r.id));
  expect(stored).toEqual([...ids].sort());
  expect(await query(target, 'SELECT id FROM stories WHERE stale = 1 AND merged_into IS NULL')).toEqual([]);
  expect(
    await query(
      target,
      'SELECT id FROM stories WHERE merged_into IS NULL AND (linked_version IS NULL OR linked_version <> version)',
    ),
  ).toEqual([]);
  const store = await openStore(target);
  try {
    for (const item of (await store.listStories({ limit: 1000, offset: 0 })).items) {
      const detail = await store.getStory(item.id);
      expect(detail?.brief?.articles.map((a) => a.id).sort()).toEqual(
        detail?.articles.map((a) => a.id).sort(),
      );
    }
  } finally {
    await store.close();
  }
}

/** The stored assignments are exactly what one clusterer makes when it is given the articles in `seq` order. */
async function expectOneClustererHistory(target: string): Promise<void> {
  const rows = await query(
    target,
    'SELECT id, title, text, published, url, language, source, assignment FROM articles ORDER BY seq',
  );
  const clusterer = createClusterer();
  for (const row of rows) {
    const made = clusterer.add({
      id: String(row.id),
      text: String(row.text),
      language: String(row.language),
      title: String(row.title),
      published: String(row.published),
      url: String(row.url),
      source: String(row.source),
    });
    expect(made).toEqual(JSON.parse(String(row.assignment)) as Assignment);
  }
}

/** The counts of the summary line ("5 new (1 story changed), 0 duplicate, 0 failed"), not of a progress line. */
const newCount = (stderr: string): number => Number(/(\d+) new \(/u.exec(stderr)?.[1] ?? NaN);
const duplicateCount = (stderr: string): number => Number(/\), (\d+) duplicate,/u.exec(stderr)?.[1] ?? NaN);

/**
 * Each process test runs the built CLI several times over hundreds of articles: on a loaded 2-core machine that may
 * take minutes. The tests wait on events (the CLI's progress lines, process exit), never on a clock; this limit only
 * ends a hang.
 */
const PROCESS_TIMEOUT = 600_000;

let dir = '';
const file = (name: string, from: number, to: number): string => {
  const path = join(dir, name);
  writeFileSync(path, corpusJsonl(from, to));
  return path;
};

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'lagebild-processes-'));
  await ensureBuilt();
}, PROCESS_TIMEOUT);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function crashTest(name: string, target: () => Promise<string>): void {
  it(`${name}: an ingest killed with SIGKILL mid-way and run again stores every article exactly once`, async () => {
    const total = 600;
    const input = file(`crash-${name}.jsonl`, 0, total);
    const db = await target();
    const killed = await runIngest([input, '--db', db], 60);
    expect(killed.signal).toBe('SIGKILL');
    const committed = (await query(db, 'SELECT id FROM articles')).length;
    expect(committed).toBeGreaterThanOrEqual(60);
    expect(committed).toBeLessThan(total);
    const rerun = await runIngest([input, '--db', db]);
    expect(rerun.code).toBe(0);
    expect(newCount(rerun.stderr)).toBe(total - committed);
    expect(duplicateCount(rerun.stderr)).toBe(committed);
    await expectComplete(db, corpusIds(0, total));
    await expectOneClustererHistory(db);
  });
}

function workersTest(name: string, target: () => Promise<string>): void {
  it(`${name}: two ingests at once on one database lose and duplicate nothing and agree on stories`, async () => {
    const [a, b] = [file(`a-${name}.jsonl`, 0, 200), file(`b-${name}.jsonl`, 100, 300)];
    const db = await target();
    const [first, second] = await Promise.all([runIngest([a, '--db', db]), runIngest([b, '--db', db])]);
    expect([first.code, second.code]).toEqual([0, 0]);
    expect(newCount(first.stderr) + newCount(second.stderr)).toBe(300);
    expect(duplicateCount(first.stderr) + duplicateCount(second.stderr)).toBe(100);
    await expectComplete(db, corpusIds(0, 300));
    await expectOneClustererHistory(db);
    const single = await target();
    expect((await runIngest([file(`all-${name}.jsonl`, 0, 300), '--db', single])).code).toBe(0);
    const [together, alone] = await Promise.all([openStore(db), openStore(single)]);
    try {
      expect(await partition(together)).toEqual(await partition(alone));
    } finally {
      await Promise.all([together.close(), alone.close()]);
    }
  });
}

function killedWorkerTest(name: string, target: () => Promise<string>): void {
  it(`${name}: one of two workers killed with SIGKILL mid-way, then run again: nothing lost or duplicated, same stories`, async () => {
    const [a, b] = [file(`ka-${name}.jsonl`, 0, 300), file(`kb-${name}.jsonl`, 300, 600)];
    const db = await target();
    const [killed, other] = await Promise.all([runIngest([a, '--db', db], 100), runIngest([b, '--db', db])]);
    expect(killed.signal).toBe('SIGKILL');
    expect(other.code).toBe(0);
    expect(newCount(other.stderr)).toBe(300);
    const committed = (await query(db, 'SELECT id FROM articles')).length - 300;
    expect(committed).toBeGreaterThanOrEqual(100);
    expect(committed).toBeLessThan(300);
    const rerun = await runIngest([a, '--db', db]);
    expect(rerun.code).toBe(0);
    expect(newCount(rerun.stderr)).toBe(300 - committed);
    expect(duplicateCount(rerun.stderr)).toBe(committed);
    await expectComplete(db, corpusIds(0, 600));
    await expectOneClustererHistory(db);
    // and the same stories as one uninterrupted process makes of all 600
    const single = await target();
    expect((await runIngest([file(`kall-${name}.jsonl`, 0, 600), '--db', single])).code).toBe(0);
    const [together, alone] = await Promise.all([openStore(db), openStore(single)]);
    try {
      expect(await partition(together)).toEqual(await partition(alone));
    } finally {
      await Promise.all([together.close(), alone.close()]);
    }
  });
}

let sqliteDbs = 0;
const sqliteTarget = (): Promise<string> => Promise.resolve(join(dir, `store-${++sqliteDbs}.db`));

describe('SQLite under processes', { timeout: PROCESS_TIMEOUT }, () => {
  crashTest('SQLite', sqliteTarget);
  workersTest('SQLite', sqliteTarget);
});

const server = await startPostgres();
afterAll(async () => {
  if (typeof server !== 'string') await server.stop();
});

if (typeof server === 'string') {
  process.stderr.write(`PostgreSQL process tests skipped: ${server}\n`);
  describe('PostgreSQL under processes', () => {
    it.skip(`skipped: no PostgreSQL server here (${server})`, () => undefined);
  });
} else {
  describe('PostgreSQL under processes', { timeout: PROCESS_TIMEOUT }, () => {
    crashTest('PostgreSQL', () => server.database());
    workersTest('PostgreSQL', () => server.database());
    killedWorkerTest('PostgreSQL', () => server.database());
  });
}
