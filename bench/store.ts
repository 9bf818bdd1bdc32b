/**
 * Store benchmark: articles per second through `store.ingest` (clean, dedupe, cluster, one transaction per
 * article, then the briefs of the changed stories) into SQLite and into PostgreSQL. The corpus is Multi-News
 * (real articles, about 270 in 98 stories) when `/work/shared/data` is there, else one built from the example.
 * PostgreSQL runs on a throw-away local server (`scripts/pg-test-server.sh`); where none can be started the row
 * says why and its value is NaN.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { SourceDocument } from '../src/core/types.js';
import { openStore } from '../src/flows/store.js';
import { buildCorpus } from './corpus.js';

interface Result {
  readonly name: string;
  readonly value: number;
  readonly unit: string;
  readonly target: string;
}

const MULTINEWS = '/work/shared/data/multinews/clusters.jsonl';
const SCRIPT = new URL('../../scripts/pg-test-server.sh', import.meta.url).pathname;
const TARGET = '≥ 50';

function corpus(): { label: string; documents: SourceDocument[] } {
  const doc = (id: string, text: string): SourceDocument => ({
    id,
    format: 'text',
    text,
    meta: {},
    removed: [],
  });
  if (existsSync(MULTINEWS)) {
    const clusters = readFileSync(MULTINEWS, 'utf8')
      .split('\n')
      .filter((l) => l.trim() !== '')
      .map((l) => JSON.parse(l) as { id: string; documents: string[] });
    const documents = clusters.flatMap((c) =>
      c.documents.map((text, i) => doc(`${c.id}-${String(i)}`, text)),
    );
    return { label: `Multi-News, ${documents.length} articles`, documents };
  }
  const documents = buildCorpus(300).map((text, i) => doc(`a${String(i)}`, text));
  return { label: `${documents.length} articles built from the example`, documents };
}

async function measure(target: string, label: string, documents: readonly SourceDocument[]): Promise<number> {
  const store = await openStore(target);
  try {
    const started = performance.now();
    const outcome = await store.ingest(documents);
    const seconds = (performance.now() - started) / 1000;
    const health = await store.health();
    process.stderr.write(
      `  ${label}: ${outcome.added.length} new, ${outcome.duplicates.length} duplicate, ` +
        `${outcome.failed.length} failed, ${health.stories} stories in ${seconds.toFixed(2)} s\n`,
    );
    return documents.length / seconds;
  } finally {
    await store.close();
  }
}

async function postgres(label: string, documents: readonly SourceDocument[]): Promise<Result> {
  const name = `store ingest into PostgreSQL (${label})`;
  const run = promisify(execFile);
  let out: string;
  try {
    out = (await run('bash', [SCRIPT, 'start'], { timeout: 600_000 })).stdout;
  } catch (error) {
    const reason = ((error as { stderr?: string }).stderr ?? String(error)).trim();
    process.stderr.write(`  PostgreSQL bench skipped: ${reason}\n`);
    return { name: `${name}: skipped, ${reason}`, value: NaN, unit: 'articles/s', target: TARGET };
  }
  const url = /^PGTEST_URL=(.*)$/mu.exec(out)?.[1] ?? '';
  const dir = /^PGTEST_DIR=(.*)$/mu.exec(out)?.[1] ?? '';
  try {
    return { name, value: await measure(url, 'PostgreSQL', documents), unit: 'articles/s', target: TARGET };
  } finally {
    await run('bash', [SCRIPT, 'stop', dir]).catch(() => undefined);
  }
}

/** The store's rows for `npm run bench`. */
export async function storeBench(): Promise<Result[]> {
  const { label, documents } = corpus();
  const tmp = mkdtempSync(join(tmpdir(), 'lagebild-bench-store-'));
  try {
    const db = join(tmp, 'bench.db');
    const sqlite = await measure(db, 'SQLite', documents);
    const again = await measure(db, 'SQLite, same input again (all duplicates)', documents);
    return [
      { name: `store ingest into SQLite (${label})`, value: sqlite, unit: 'articles/s', target: TARGET },
      { name: 'store ingest into SQLite, all duplicates', value: again, unit: 'articles/s', target: '≥ 500' },
      await postgres(label, documents),
    ];
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}
