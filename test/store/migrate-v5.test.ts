/**
 * Migration of a schema version 4 store to version 5 (brief versions, watches, alerts), on SQLite and on PostgreSQL
 * (skipped, with the reason in the test name, only where no server can be started): each story's brief becomes its
 * version 1, covering the story's articles; the next brief is version 2; watches and alerts work.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openStore } from '../../src/flows/store.js';
import { TO_VERSION_4 } from './downgrade.js';
import { exampleDocuments, STORM } from './fixtures.js';
import { startPostgres } from './pg-server.js';
import { sql } from './sql.js';
import { topicClusterer } from './test-clusterer.js';

function migrationTest(name: string, target: () => Promise<string>): void {
  it(`${name}: a version 4 store's briefs become version 1 of their stories`, async () => {
    const db = await target();
    const example = await exampleDocuments();
    const first = await openStore(db, { clusterer: topicClusterer });
    await first.ingest([...example.slice(0, 3), ...STORM]);
    const before = await first.getStory('s:storm-bbc');
    await first.close();
    await sql(db, TO_VERSION_4);
    expect(await sql(db, ['SELECT MAX(version) AS v FROM schema_migrations'])).toEqual([{ v: 4 }]);

    const store = await openStore(db, { clusterer: topicClusterer });
    try {
      expect(await store.health()).toMatchObject({ schemaVersion: 10, stories: 2 });
      const history = await store.storyVersions('s:storm-bbc');
      expect(history?.versions.map((v) => [v.version, v.articles])).toEqual([
        [1, ['storm-bbc', 'storm-guardian']],
      ]);
      expect((await store.briefVersion('s:storm-bbc', 1))?.brief).toEqual(before?.brief);
      const story = (await store.listStories({ limit: 10, offset: 0, q: 'Putin' })).items[0]?.id ?? '';
      await store.ingest(example.slice(3, 4));
      const versions = (await store.storyVersions(story))?.versions ?? [];
      expect(versions.map((v) => [v.version, v.articles.length])).toEqual([
        [1, 3],
        [2, 4],
      ]);
      const watch = await store.addWatch({
        query: 'Cornwall',
        lang: 'en',
        minSources: 2,
        webhook: 'http://127.0.0.1:9/',
      });
      expect(await store.listWatches()).toEqual([watch]);
      expect(await store.deleteWatch(watch.id)).toBe(true);
      expect(await store.getWatch(watch.id)).toBeUndefined();
    } finally {
      await store.close();
    }
  });
}

const tmp = mkdtempSync(join(tmpdir(), 'lagebild-migrate-v5-'));
const server = await startPostgres();
const reason = typeof server === 'string' ? server : undefined;
afterAll(async () => {
  rmSync(tmp, { recursive: true, force: true });
  if (typeof server !== 'string') await server.stop();
});

describe('migration to schema version 5', () => {
  let n = 0;
  migrationTest('SQLite', () => Promise.resolve(join(tmp, `store-${String(++n)}.db`)));
  if (typeof server !== 'string') migrationTest('PostgreSQL', () => server.database());
  else it.skip(`PostgreSQL: skipped, no server here (${reason ?? ''})`, () => undefined);
});
