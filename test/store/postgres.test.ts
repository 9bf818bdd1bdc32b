/**
 * The store on a real PostgreSQL server: the same contract as SQLite. Skipped, with the reason in the test
 * name, only where no server can be installed and started.
 */
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { openStore } from '../../src/flows/store.js';
import { storeContract } from './contract.js';
import { exampleDocuments } from './fixtures.js';
import { startPostgres } from './pg-server.js';

const server = await startPostgres();
const reason = typeof server === 'string' ? server : undefined;
if (reason !== undefined) process.stderr.write(`PostgreSQL tests skipped: ${reason}\n`);
afterAll(async () => {
  if (typeof server !== 'string') await server.stop();
});

describe.skipIf(reason !== undefined)('PostgreSQL', () => {
  storeContract('PostgreSQL', () =>
    typeof server === 'string' ? undefined : async (options) => openStore(await server.database(), options),
  );

  it('stores large values compressed with LZ4 where the server has it, and reads them back the same', async () => {
    if (typeof server === 'string') return;
    const url = await server.database();
    const store = await openStore(url);
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      const outcome = await store.ingest(await exampleDocuments());
      expect(outcome.failed).toEqual([]);
      const lz4 = await client.query(
        "SELECT 1 FROM pg_settings WHERE name = 'default_toast_compression' AND 'lz4' = ANY (enumvals)",
      );
      const rows = await client.query<{ id: string; method: string | null }>(
        'SELECT id, pg_column_compression(analysed) AS method FROM articles ORDER BY id',
      );
      expect(rows.rows).toHaveLength(5);
      // an analysed article is several KB: each one is compressed, with LZ4 when the server was built with it
      for (const row of rows.rows) expect(row.method).toBe(lz4.rowCount === 1 ? 'lz4' : 'pglz');
      const article = await store.getArticle(rows.rows[0]?.id ?? '');
      expect(article?.text.length).toBeGreaterThan(500);
    } finally {
      await client.end();
      await store.close();
    }
  });
});

if (reason !== undefined) {
  describe('PostgreSQL', () => {
    it.skip(`skipped: no PostgreSQL server here (${reason})`, () => undefined);
  });
}
