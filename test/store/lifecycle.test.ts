import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore } from '../../src/flows/store.js';
import { SchemaTooNewError } from '../../src/store/index.js';
import type { Assignment } from '../../src/cluster/types.js';
import { createClusterer } from '../../src/cluster/index.js';
import { corpusArticle } from './corpus.js';
import { exampleDocuments, STORM, STRIKE, textDocument } from './fixtures.js';
import { topicClusterer } from './test-clusterer.js';
import { TO_VERSION_3 } from './downgrade.js';
import { TRIAL_OPENING, TRIAL_VERDICT } from '../cluster/storyline-texts.js';

let dir = '';
let db = '';
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'lagebild-store-'));
  db = join(dir, 'store.db');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const raw = <T>(fn: (d: Database.Database) => T): T => {
  const d = new Database(db);
  try {
    return fn(d);
  } finally {
    d.close();
  }
};

describe('migrations', () => {
  it('are applied once on open, in WAL mode, and a database from a newer lagebild is refused', async () => {
    await (await openStore(db)).close();
    await (await openStore(db)).close();
    expect(raw((d) => d.prepare('SELECT version, name FROM schema_migrations').all())).toEqual([
      { version: 1, name: 'articles, stories, full-text index' },
      { version: 2, name: 'analysed articles, brief errors' },
      { version: 3, name: 'storylines' },
      { version: 4, name: 'story texts apart, live stories indexed' },
      { version: 5, name: 'brief versions, watches, alerts' },
      { version: 6, name: 'watched feeds and their items' },
      { version: 7, name: 'story outlets, kinds, news order with source count' },
      { version: 8, name: 'clusterer features of articles' },
      { version: 9, name: 'story rows count independent publishers' },
    ]);
    expect(raw((d) => d.pragma('journal_mode', { simple: true }))).toBe('wal');
    raw((d) => d.prepare("INSERT INTO schema_migrations VALUES (99, 'future', 'x')").run());
    await expect(openStore(db)).rejects.toThrow(SchemaTooNewError);
  });
});

describe('migration of a schema version 2 store (no storylines yet)', () => {
  /** Turns the store into what lagebild with schema version 2 left: no storyline columns, no version 3 row. */
  const downgrade = (d: Database.Database): void => {
    for (const statement of TO_VERSION_3) d.exec(statement);
    for (const index of ['stories_storyline', 'stories_continues', 'stories_storyline_last'])
      d.exec(`DROP INDEX ${index}`);
    for (const column of [
      'storyline',
      'continues',
      'continues_score',
      'storyline_summary',
      'storyline_first',
      'storyline_last',
      'linked_version',
    ])
      d.exec(`ALTER TABLE stories DROP COLUMN ${column}`);
    d.exec('DELETE FROM schema_migrations WHERE version = 3');
  };

  it('keeps every story and article, and links the stories into storylines on the next refresh', async () => {
    const opening = TRIAL_OPENING.map((d, i) => ({ ...d, id: `auftakt-${String(i + 1)}` }));
    const verdict = TRIAL_VERDICT.map((d, i) => ({ ...d, id: `urteil-${String(i + 1)}` }));
    const first = await openStore(db, { clusterer: topicClusterer });
    await first.ingest([...opening, ...verdict]);
    const before = await first.listStories({ limit: 10, offset: 0 });
    await first.close();
    raw(downgrade);
    expect(raw((d) => d.prepare('SELECT MAX(version) AS v FROM schema_migrations').get())).toEqual({ v: 2 });
    const store = await openStore(db, { clusterer: topicClusterer });
    expect(await store.health()).toMatchObject({ schemaVersion: 9, articles: 4, stories: 2 });
    // migrated, not linked yet: each story is a storyline of its own until the next refresh or ingest
    const pending = await store.getStory('s:urteil-1');
    expect(pending?.story.storyline).toBe('s:urteil-1');
    expect(pending?.storyline.chapters.map((c) => c.id)).toEqual(['s:urteil-1']);
    expect(await store.refreshBriefs()).toMatchObject({ failed: [] });
    const linked = await store.getStory('s:urteil-1');
    expect(linked?.storyline.chapters.map((c) => [c.id, c.continues])).toEqual([
      ['s:auftakt-1', null],
      ['s:urteil-1', 's:auftakt-1'],
    ]);
    const after = await store.listStories({ limit: 10, offset: 0 });
    expect(after.items.map((s) => ({ ...s, storyline: undefined }))).toEqual(
      before.items.map((s) => ({ ...s, storyline: undefined })),
    );
    await store.close();
  });
});

describe('stories over time', () => {
  it('keeps the clustering of an earlier run: a later run replays it before adding', async () => {
    const first = await openStore(db, { clusterer: topicClusterer });
    const storm = await first.ingest(STORM.slice(0, 1));
    await first.close();
    const second = await openStore(db, { clusterer: topicClusterer });
    const later = await second.ingest(STORM.slice(1));
    expect(later.added).toEqual([{ id: 'storm-guardian', story: storm.added[0]?.story }]);
    await second.close();
  });

  it('applies merges: the merged story leads to the one it joined, whose brief covers both', async () => {
    const store = await openStore(db, { clusterer: topicClusterer });
    await store.ingest([...STORM, ...STRIKE]);
    const joining = textDocument(
      'merge:storm:streik:1',
      'Storm and rail strike: travellers in Cornwall faced cancelled trains and flooded roads on Monday.',
      { published: '2024-03-06' },
    );
    const outcome = await store.ingest([joining]);
    expect(outcome.added).toEqual([{ id: 'merge:storm:streik:1', story: 's:storm-bbc' }]);
    const page = await store.listStories({ limit: 10, offset: 0 });
    expect(page.items.map((s) => [s.id, s.articles])).toEqual([['s:storm-bbc', 5]]);
    // one ingest call goes in by time, ties by id: the strike story is named after streik-spiegel
    const viaOld = await store.getStory('s:streik-spiegel');
    expect(viaOld?.story.id).toBe('s:storm-bbc');
    expect(viaOld?.story.languages).toEqual(['de', 'en']);
    expect(viaOld?.brief?.articles).toHaveLength(5);
    expect((await store.getArticle('streik-spiegel'))?.story).toBe('s:storm-bbc');
    await store.close();
  });

  it('reads a story left stale by an interrupted run as stale, and makes its brief on the next ingest', async () => {
    const store = await openStore(db, { clusterer: topicClusterer });
    const example = await exampleDocuments();
    await store.ingest([...example, ...STORM]);
    raw((d) => d.exec('UPDATE stories SET stale = 1; UPDATE story_texts SET brief = NULL'));
    const read = await store.getStory('s:storm-bbc');
    expect(read).toMatchObject({ stale: true, brief: null, briefError: null });
    expect(read?.articles.map((a) => a.id)).toEqual(['storm-bbc', 'storm-guardian']);
    expect(raw((d) => d.prepare('SELECT id FROM stories WHERE stale = 1').all())).toHaveLength(2);
    await store.ingest(STRIKE);
    const after = await store.getStory('s:storm-bbc');
    expect(after).toMatchObject({ stale: false, briefError: null });
    expect(after?.brief?.articles.map((a) => a.id)).toEqual(['storm-bbc', 'storm-guardian']);
    const unmade =
      'SELECT s.id FROM stories s LEFT JOIN story_texts t ON t.story = s.id WHERE s.stale = 1 OR t.brief IS NULL';
    expect(raw((d) => d.prepare(unmade).all())).toEqual([]);
    await store.close();
  });
});

describe('one store, concurrent calls (as the server makes them)', () => {
  it('stores every article once and keeps one clusterer history', async () => {
    const store = await openStore(db);
    const docs = Array.from({ length: 60 }, (_, i) => corpusArticle(i));
    const [a, b] = await Promise.all([store.ingest(docs.slice(0, 40)), store.ingest(docs.slice(20))]);
    await store.close();
    expect(a.added.length + b.added.length).toBe(60);
    expect(a.duplicates.length + b.duplicates.length).toBe(20);
    const rows = raw((d) =>
      d
        .prepare(
          'SELECT id, title, text, published, url, language, source, assignment FROM articles ORDER BY seq',
        )
        .all(),
    ) as Record<string, string>[];
    expect(rows.map((r) => r.id).sort()).toEqual(docs.map((d) => d.id).sort());
    const clusterer = createClusterer();
    for (const r of rows) {
      const { id = '', text = '', language = '', title = '', published = '', url = '', source = '' } = r;
      const made = clusterer.add({ id, text, language, title, published, url, source });
      expect(made).toEqual(JSON.parse(r.assignment ?? '') as Assignment);
    }
  });
});
