/**
 * The hostile corpus (test/hostile/corpus.ts, every class of issue 17) through every command of the built CLI:
 * nothing hangs (a process that outlives the safety limit is killed and fails the test), nothing crashes (no
 * signal, no exit 134), nothing vanishes (every input is used or named on stderr with its reason), and the exit
 * code is the documented 1 (some inputs failed, the others were used).
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingest } from '../../src/ingest/index.js';
import type { IngestResult } from '../../src/core/types.js';
import { BIN, ensureBuilt } from '../store/cli-process.js';
import { GOOD_ARTICLE, HOSTILE_CLASSES, hostileCorpus } from './corpus.js';

/** Small enough for the suite, large enough that every deep class is past the nesting limit. */
const SCALE = 0.01;
/** Ends a hang; not a speed limit (the runs take seconds). */
const SAFETY_MS = 240_000;

interface Run {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
}

function run(args: readonly string[]): Promise<Run> {
  const child = spawn(process.execPath, [BIN, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (c: string) => void (stdout += c));
  child.stderr.setEncoding('utf8').on('data', (c: string) => void (stderr += c));
  const timer = setTimeout(() => child.kill('SIGKILL'), SAFETY_MS);
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr });
    });
  });
}

let tmp = '';
let dir = '';
let read: IngestResult;

beforeAll(async () => {
  await ensureBuilt();
  tmp = mkdtempSync(join(tmpdir(), 'lagebild-hostile-'));
  dir = join(tmp, 'corpus');
  mkdirSync(dir);
  for (const input of hostileCorpus(SCALE)) writeFileSync(join(dir, input.file), input.content);
  writeFileSync(join(dir, GOOD_ARTICLE.file), GOOD_ARTICLE.content);
  read = await ingest([dir]);
});

afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** The corpus file an ingest error or document belongs to (`file#3` → `file`). */
const fileOf = (file: string): string => file.replace(/#\d+$/u, '');

function expectNoCrash(result: Run): void {
  expect(result.signal).toBeNull();
  expect(result.stderr).not.toMatch(/Maximum call stack|heap out of memory|\n\s+at /u);
  expect(result.code).toBe(1);
}

describe('the hostile corpus', () => {
  it('is read by the library: every file becomes documents or errors naming it', () => {
    const files = [...HOSTILE_CLASSES.map((c) => `${c.name}.${c.ext}`), GOOD_ARTICLE.file];
    const seen = new Set([
      ...read.documents.map((d) => fileOf(d.file ?? '')),
      ...read.errors.map((e) => fileOf(e.file)),
    ]);
    for (const file of files) expect(seen, file).toContain(join(dir, file));
    const reasons = new Map(read.errors.map((e) => [fileOf(e.file), e.reason]));
    // The classes that stalled or crashed the reader are refused by name, with a reason a user understands.
    for (const deep of ['deep-div', 'deep-span', 'unclosed-tags', 'many-tables'])
      expect(reasons.get(join(dir, `${deep}.html`)), deep).toMatch(/^too deeply nested to read/u);
    expect(reasons.get(join(dir, 'huge.txt'))).toMatch(/over the 5 MB limit/u);
    expect(reasons.get(join(dir, 'binary.txt'))).toBe('binary file (not text)');
    expect(reasons.get(join(dir, 'external-entity.rss'))).toMatch(/not a readable feed/u);
    // 400 records with one id: every one kept, each with its own id.
    const sameIds = read.documents
      .filter((d) => d.id === 'same' || d.id.startsWith('same-'))
      .map((d) => d.id);
    expect(new Set(sameIds).size).toBe(Math.round(20_000 * SCALE));
  });

  it('is read the same in worker threads (every input, however small) as in this thread', async () => {
    const workerUrl = new URL('../../dist/src/ingest/read-worker.js', import.meta.url);
    const isolated = await ingest([dir], { isolate: true, workerUrl, isolateFromBytes: 0 });
    expect(isolated).toEqual(read);
  });

  it('clean: every document is shown or reported, exit 1', async () => {
    const result = await run(['clean', dir]);
    expectNoCrash(result);
    for (const d of read.documents) {
      const shown = result.stdout.includes(`=== ${d.file ?? d.id}\n`);
      expect(shown || result.stderr.includes(d.file ?? d.id), d.file).toBe(true);
    }
    for (const e of read.errors) expect(result.stderr, e.file).toContain(`${e.file}: ${e.reason}`);
  });

  it('brief: a brief is made, every article in it or reported, exit 1', async () => {
    const result = await run(['brief', '--format', 'json', dir]);
    expectNoCrash(result);
    const brief = JSON.parse(result.stdout) as { articles: { id: string }[]; sentences: unknown[] };
    expect(brief.sentences.length).toBeGreaterThan(0);
    const used = new Set(brief.articles.map((a) => a.id));
    for (const d of read.documents)
      expect(used.has(d.id) || result.stderr.includes(d.file ?? d.id), d.file).toBe(true);
    for (const e of read.errors) expect(result.stderr, e.file).toContain(`${e.file}: ${e.reason}`);
  });

  it('cluster: every article is assigned a story or reported, exit 1', async () => {
    const result = await run(['cluster', dir]);
    expectNoCrash(result);
    const lines = result.stdout.trim().split('\n');
    const assigned = new Set(lines.map((l) => (JSON.parse(l) as { article: string }).article));
    for (const d of read.documents)
      expect(assigned.has(d.id) || result.stderr.includes(d.file ?? d.id), d.file).toBe(true);
    for (const e of read.errors) expect(result.stderr, e.file).toContain(e.file);
  });

  it('ingest: every article stored, a duplicate or reported, exit 1', async () => {
    const db = join(tmp, 'hostile.db');
    const result = await run(['ingest', '--create', '--db', db, dir]);
    expectNoCrash(result);
    const summary = /(\d+) new \(\d+ stor(?:y|ies) changed\), (\d+) duplicate, (\d+) failed/u.exec(
      result.stderr,
    );
    expect(summary, result.stderr.slice(-2000)).not.toBeNull();
    const [added, duplicates, failed] = [summary?.[1], summary?.[2], summary?.[3]].map(Number);
    const stored = new Database(db, { readonly: true });
    try {
      const files = new Set(
        (stored.prepare('SELECT file FROM articles').all() as { file: string }[]).map((r) => r.file),
      );
      expect(files.size).toBe(added);
      expect(files).toContain(join(dir, GOOD_ARTICLE.file));
    } finally {
      stored.close();
    }
    expect((added ?? 0) + (duplicates ?? 0) + (failed ?? 0)).toBe(read.documents.length + read.errors.length);
    for (const e of read.errors) expect(result.stderr, e.file).toContain(e.file);
  });
});
