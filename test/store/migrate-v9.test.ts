/**
 * Migration of a schema version 7 store to version 9 (story rows count independent publishers), on SQLite and on
 * PostgreSQL (skipped, with the reason in the test name, only where no server can be started): a story row that
 * counted each article of an unknown outlet as a source, with articles stored under the old outlet rule (source
 * name, else URL host, else the article's id), is counted again when the store opens, and the list's `minSources`
 * and the story's outlets follow.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openStore } from '../../src/flows/store.js';
import { TO_VERSION_7 } from './downgrade.js';
import { exampleDocuments } from './fixtures.js';
import { startPostgres } from './pg-server.js';
import { sql } from './sql.js';
import { topicClusterer } from './test-clusterer.js';

function migrationTest(name: string, target: () => Promise<string>): void {
  it(`${name}: a version 7 store's story rows count publishers, not articles of unknown outlets`, async () => {
    const db = await target();
    const example = await exampleDocuments();
    const first = await openStore(db, { clusterer: topicClusterer });
    await first.ingest(example);
    const story = (await first.listStories({ limit: 10, offset: 0 })).items[0]?.id ?? '';
    await first.close();
    // what version 7 left: outlets as the old rule stored them, the unknown ones counted as sources
    await sql(db, [
      ...TO_VERSION_7,
      "UPDATE articles SET outlet = id WHERE outlet = ''",
      `UPDATE stories SET source_count = 5, outlets = '["DER STANDARD","SZ","Der Tagesspiegel"]',
         unknown_outlets = 2`,
    ]);
    expect(await sql(db, ['SELECT MAX(version) AS v FROM schema_migrations'])).toEqual([{ v: 7 }]);

    const store = await openStore(db, { clusterer: topicClusterer });
    try {
      expect(await store.health()).toMatchObject({ schemaVersion: 9 });
      const item = (await store.listStories({ limit: 10, offset: 0 })).items[0];
      expect(item).toMatchObject({
        id: story,
        sources: 3,
        outlets: ['DER STANDARD', 'Süddeutsche Zeitung', 'Der Tagesspiegel'],
        unknownOutlets: 2,
      });
      expect((await store.listStories({ limit: 10, offset: 0, minSources: 4 })).total).toBe(0);
      expect((await store.listStories({ limit: 10, offset: 0, minSources: 3 })).total).toBe(1);
      // the old rows' ids in `outlet` name no publisher: the changes list them as unknown
      const changes = await store.storyChanges(story, '2000-01-01T00:00:00.000Z');
      const outlets = Object.fromEntries(changes?.articles.map((a) => [a.id.slice(0, 3), a.outlet]) ?? []);
      expect(outlets).toEqual({
        '000': null,
        '001': 'DER STANDARD',
        '002': 'Süddeutsche Zeitung',
        '003': null,
        '004': 'Der Tagesspiegel',
      });
    } finally {
      await store.close();
    }
  });
}

const tmp = mkdtempSync(join(tmpdir(), 'lagebild-migrate-v9-'));
const server = await startPostgres();
const reason = typeof server === 'string' ? server : undefined;
afterAll(async () => {
  rmSync(tmp, { recursive: true, force: true });
  if (typeof server !== 'string') await server.stop();
});

describe('migration to schema version 9', () => {
  let n = 0;
  migrationTest('SQLite', () => Promise.resolve(join(tmp, `store-${String(++n)}.db`)));
  if (typeof server !== 'string') migrationTest('PostgreSQL', () => server.database());
  else it.skip(`PostgreSQL: skipped, no server here (${reason ?? ''})`, () => undefined);
});
