/**
 * Migration of a schema version 3 store (story texts in the story row) to version 4 (`story_texts` apart, the live
 * stories indexed), on SQLite and on PostgreSQL (skipped, with the reason in the test name, only where no server
 * can be started): every story keeps its brief, its failed-refresh reason and its storyline summary; the list, the
 * search and a story read the same before and after.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openStore } from '../../src/flows/store.js';
import { TO_VERSION_3 } from './downgrade.js';
import { exampleDocuments, STORM, STRIKE } from './fixtures.js';
import { startPostgres } from './pg-server.js';
import { sql } from './sql.js';
import { topicClusterer } from './test-clusterer.js';

const STORY_IDS = ['s:storm-bbc', 's:streik-spiegel'];

function migrationTest(name: string, target: () => Promise<string>): void {
  it(`${name}: a version 3 store keeps every brief, refresh error and storyline summary`, async () => {
    const db = await target();
    const first = await openStore(db, { clusterer: topicClusterer });
    await first.ingest([...(await exampleDocuments()), ...STORM, ...STRIKE]);
    const list = await first.listStories({ limit: 10, offset: 0 });
    const search = await first.listStories({ limit: 1, offset: 1, q: 'Streik' });
    const stories = await Promise.all(STORY_IDS.map((id) => first.getStory(id)));
    await first.close();
    expect(list.total).toBe(3);
    expect(stories.map((s) => s?.brief?.articles.length)).toEqual([2, 2]);

    await sql(db, TO_VERSION_3);
    const v3 = await sql(db, [
      "UPDATE stories SET brief_error = 'brief not recomputed: test' WHERE id = 's:streik-spiegel'",
      'SELECT id, brief_version, brief_error, storyline_summary FROM stories WHERE brief IS NOT NULL ORDER BY id',
    ]);
    expect(v3).toHaveLength(3);
    expect(v3.map((r) => typeof r.storyline_summary)).toEqual(['string', 'string', 'string']);
    expect(await sql(db, ['SELECT MAX(version) AS v FROM schema_migrations'])).toEqual([{ v: 3 }]);

    const store = await openStore(db, { clusterer: topicClusterer });
    try {
      expect(await store.health()).toMatchObject({ schemaVersion: 10, stories: 3 });
      expect(
        await sql(db, [
          'SELECT story AS id, brief_version, brief_error, storyline_summary FROM story_texts ORDER BY story',
        ]),
      ).toEqual(v3);
      expect(await store.listStories({ limit: 10, offset: 0 })).toEqual(list);
      expect(await store.listStories({ limit: 1, offset: 1, q: 'Streik' })).toEqual(search);
      const after = await Promise.all(STORY_IDS.map((id) => store.getStory(id)));
      expect(after.map((s) => s?.brief)).toEqual(stories.map((s) => s?.brief));
      expect(after.map((s) => s?.briefError)).toEqual([null, 'brief not recomputed: test']);
    } finally {
      await store.close();
    }
  });
}

const tmp = mkdtempSync(join(tmpdir(), 'lagebild-migrate-v4-'));
const server = await startPostgres();
const reason = typeof server === 'string' ? server : undefined;
afterAll(async () => {
  rmSync(tmp, { recursive: true, force: true });
  if (typeof server !== 'string') await server.stop();
});

describe('migration to schema version 4', () => {
  let n = 0;
  migrationTest('SQLite', () => Promise.resolve(join(tmp, `store-${String(++n)}.db`)));
  if (typeof server !== 'string') migrationTest('PostgreSQL', () => server.database());
  else it.skip(`PostgreSQL: skipped, no server here (${reason ?? ''})`, () => undefined);
});
