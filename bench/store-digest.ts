/**
 * What a store holds, as one digest per table, to check that a change to ingest keeps its outputs: two stores made
 * from the same input (`node dist/bench/ingest-child.js <file> <db>` before and after) must print the same lines.
 * Every column is compared but the wall-clock stamps of the run (`created_at`, `updated_at`, `added_at`); rows in
 * primary-key order. `node dist/bench/store-digest.js <a.db> [b.db]`: with two stores, the tables that differ and
 * the first row that does (exit 1 when any).
 */
import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { pathToFileURL } from 'node:url';

/** The tables an ingest writes, each with the order its rows are compared in. */
const TABLES: readonly (readonly [string, string])[] = [
  ['stories', 'id'],
  ['story_texts', 'story'],
  ['articles', 'seq'],
  ['brief_versions', 'story, version'],
  ['brief_version_articles', 'story, version, article'],
  ['alerts', 'watch, story'],
];

/** Stamps of when the run wrote a row, not what it wrote. */
const CLOCK = new Set(['created_at', 'updated_at', 'added_at']);

export interface TableDigest {
  readonly table: string;
  readonly rows: number;
  readonly digest: string;
  readonly lines: readonly string[];
}

/** The rows of each table (without the clock columns) as JSON lines, and their digest. */
export function storeDigest(path: string): TableDigest[] {
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    return TABLES.flatMap(([table, order]) => {
      const columns = db.prepare(`SELECT name FROM pragma_table_info(?)`).all(table) as { name: string }[];
      if (columns.length === 0) return [];
      const kept = columns.map((c) => c.name).filter((c) => !CLOCK.has(c));
      const rows = db
        .prepare(`SELECT ${kept.map((c) => `"${c}"`).join(', ')} FROM ${table} ORDER BY ${order}`)
        .raw()
        .all() as unknown[][];
      const lines = rows.map((r) => JSON.stringify(r));
      const hash = createHash('sha256');
      for (const line of lines) hash.update(line).update('\n');
      return [{ table, rows: rows.length, digest: hash.digest('hex').slice(0, 16), lines }];
    });
  } finally {
    db.close();
  }
}

function main(paths: readonly string[]): number {
  const [a, b] = paths;
  if (a === undefined) throw new Error('usage: store-digest <a.db> [b.db]');
  const left = storeDigest(a);
  if (b === undefined) {
    for (const t of left) process.stdout.write(`${t.table}\t${String(t.rows)}\t${t.digest}\n`);
    return 0;
  }
  const right = new Map(storeDigest(b).map((t) => [t.table, t]));
  let differ = 0;
  for (const t of left) {
    const other = right.get(t.table);
    const same = other !== undefined && other.digest === t.digest;
    process.stdout.write(
      `${same ? 'same' : 'DIFF'}\t${t.table}\t${String(t.rows)}\t${String(other?.rows)}\n`,
    );
    if (same || other === undefined) continue;
    differ++;
    const at = t.lines.findIndex((line, i) => line !== other.lines[i]);
    process.stdout.write(
      `  first difference at row ${String(at)}:\n  < ${String(t.lines[at]).slice(0, 400)}\n`,
    );
    process.stdout.write(`  > ${String(other.lines[at]).slice(0, 400)}\n`);
  }
  return differ > 0 ? 1 : 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href)
  process.exitCode = main(process.argv.slice(2));
