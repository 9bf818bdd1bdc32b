/**
 * The flows over the store: an article is cleaned and analysed once on its way in (the brief is made from the
 * analysed article kept), a read never writes, and a brief refresh that fails is reported, never swallowed.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openStore } from '../../src/flows/store.js';
import { SQLITE_MIGRATIONS } from '../../src/store/schema.js';
import { STORM, STRIKE } from '../store/fixtures.js';
import { topicClusterer } from '../store/test-clusterer.js';

const calls = vi.hoisted(() => ({ clean: 0, analyse: 0 }));

vi.mock('../../src/clean/index.js', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/clean/index.js')>();
  return {
    ...actual,
    cleanDocuments: (...args: Parameters<typeof actual.cleanDocuments>) => {
      calls.clean += args[0].length;
      return actual.cleanDocuments(...args);
    },
    // the ingest flow cleans under each document's time budget (src/flows/prepare.ts)
    cleanDocumentsWithin: (...args: Parameters<typeof actual.cleanDocumentsWithin>) => {
      calls.clean += args[0].length;
      return actual.cleanDocumentsWithin(...args);
    },
  };
});

vi.mock('../../src/analyse/index.js', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/analyse/index.js')>();
  return {
    ...actual,
    analyseArticle: (...args: Parameters<typeof actual.analyseArticle>) => {
      calls.analyse++;
      return actual.analyseArticle(...args);
    },
  };
});

let dir = '';
let db = '';
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'lagebild-flows-'));
  db = join(dir, 'store.db');
  calls.clean = 0;
  calls.analyse = 0;
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

const snapshot = (): unknown =>
  raw((d) => ({
    stories: d.prepare('SELECT * FROM stories ORDER BY id').all(),
    texts: d.prepare('SELECT * FROM story_texts ORDER BY story').all(),
    articles: d.prepare('SELECT * FROM articles ORDER BY seq').all(),
  }));

describe('ingest into the store', () => {
  it('cleans and analyses each article once; briefs are made from the analysed articles kept', async () => {
    const store = await openStore(db, { clusterer: topicClusterer });
    const outcome = await store.ingest([...STORM, ...STRIKE]);
    expect(outcome.added).toHaveLength(4);
    expect(calls).toEqual({ clean: 4, analyse: 4 });
    raw((d) => d.prepare('UPDATE stories SET stale = 1').run());
    expect(await store.refreshBriefs()).toEqual({ refreshed: 2, failed: [] });
    expect(calls).toEqual({ clean: 4, analyse: 4 });
    const story = await store.getStory('s:storm-bbc');
    const stored = await store.getArticle('storm-bbc');
    expect(story?.brief?.articles[0]?.text).toBe(stored?.text);
    expect(story?.brief?.sentences[0]?.text).toMatch(/\w/u);
    await store.close();
  });
});

describe('reading a story', () => {
  it('never writes: a stale story is given with its last brief and stale: true', async () => {
    const store = await openStore(db, { clusterer: topicClusterer });
    await store.ingest([...STORM, ...STRIKE]);
    raw((d) => d.prepare("UPDATE stories SET stale = 1 WHERE id = 's:storm-bbc'").run());
    const before = snapshot();
    const story = await store.getStory('s:storm-bbc');
    expect(story?.stale).toBe(true);
    expect(story?.brief?.articles.map((a) => a.id)).toEqual(['storm-bbc', 'storm-guardian']);
    await store.getStory('s:streik-tagesschau');
    await store.listStories({ limit: 10, offset: 0 });
    expect(snapshot()).toEqual(before);
    await store.close();
  });
});

describe('a brief refresh that fails', () => {
  it('is returned, logged and recorded on the story, which stays stale with its last brief', async () => {
    const lines: string[] = [];
    const store = await openStore(db, { clusterer: topicClusterer, log: (line) => lines.push(line) });
    await store.ingest([...STORM, ...STRIKE]);
    const last = (await store.getStory('s:storm-bbc'))?.brief;
    raw((d) => {
      d.prepare("UPDATE articles SET analysed = '{\"broken' WHERE id = 'storm-guardian'").run();
      d.prepare("UPDATE stories SET stale = 1 WHERE id = 's:storm-bbc'").run();
    });
    const outcome = await store.refreshBriefs();
    expect(outcome.refreshed).toBe(0);
    expect(outcome.failed).toEqual([
      {
        file: 'story s:storm-bbc',
        reason: expect.stringMatching(/^brief not recomputed: .*JSON/u) as string,
      },
    ]);
    expect(lines).toEqual([expect.stringMatching(/^lagebild: story s:storm-bbc: brief not recomputed/u)]);
    const story = await store.getStory('s:storm-bbc');
    expect(story).toMatchObject({ stale: true, briefError: outcome.failed[0]?.reason });
    expect(story?.brief).toEqual(last);
    // the next ingest tries again and reports it again
    const next = await store.ingest([
      { ...STRIKE[0]!, id: 'streik-later', meta: { url: 'https://example.org/streik-later' } },
    ]);
    expect(next.failed.map((f) => f.file)).toEqual(['story s:storm-bbc']);
    await store.close();
  });
});

describe('a store from before analysed articles were kept (schema version 1)', () => {
  it('is migrated to the latest version and its stale stories get briefs and storylines from its documents', async () => {
    const [v1] = SQLITE_MIGRATIONS;
    const doc = STORM[0]!;
    raw((d) => {
      d.exec(
        'CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)',
      );
      for (const statement of v1?.statements ?? []) d.exec(statement);
      d.prepare("INSERT INTO schema_migrations VALUES (1, 'articles, stories, full-text index', 'x')").run();
      d.prepare(
        `INSERT INTO articles (seq, id, story, content_hash, language, outlet, text, document, assignment, added_at)
         VALUES (1, 'storm-bbc', 's:storm-bbc', 'h', 'en', 'BBC', 'old text', ?, ?, 'x')`,
      ).run(
        JSON.stringify(doc),
        JSON.stringify({ article: 'storm-bbc', story: 's:storm-bbc', score: 0, isNew: true, merges: [] }),
      );
      d.prepare(
        `INSERT INTO stories (id, headline, article_count, source_count, languages, created_at, updated_at,
           sort_key, version, stale) VALUES ('s:storm-bbc', 'old', 1, 1, 'en', 'x', 'x', 'x', 1, 1)`,
      ).run();
    });
    const store = await openStore(db, { clusterer: topicClusterer, refreshOnOpen: true });
    const story = await store.getStory('s:storm-bbc');
    expect(story?.stale).toBe(false);
    expect(story?.brief?.articles.map((a) => a.id)).toEqual(['storm-bbc']);
    expect(story?.brief?.articles[0]?.text).toContain('Storm');
    expect(raw((d) => d.prepare('SELECT MAX(version) AS v FROM schema_migrations').get())).toEqual({ v: 9 });
    // linked from the document it holds (cleaned and analysed again: no analysed article was kept)
    expect(story?.storyline.chapters.map((c) => c.id)).toEqual(['s:storm-bbc']);
    expect(
      raw((d) =>
        d
          .prepare(
            'SELECT s.linked_version, t.storyline_summary FROM stories s JOIN story_texts t ON t.story = s.id',
          )
          .get(),
      ),
    ).toMatchObject({
      linked_version: 1,
      storyline_summary: expect.stringContaining('"@cornwall"'),
    });
    await store.close();
  });
});
