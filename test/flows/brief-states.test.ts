/**
 * Brief states kept by the brief flow (issue 14): a story that gained one article since its last refresh gets its
 * brief updated from the kept state — the same brief as made from scratch — and otherwise made from scratch.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { briefFromArticles, prepareArticles } from '../../src/brief/index.js';
import type { AnalysedArticle, SourceDocument } from '../../src/core/types.js';
import { MIN_STATE_ARTICLES, storyBrief } from '../../src/flows/brief-states.js';
import { STORE_BRIEF_OPTIONS } from '../../src/flows/prepare.js';
import { openStore } from '../../src/flows/store.js';
import { exampleDocuments, textDocument } from '../store/fixtures.js';
import { topicClusterer } from '../store/test-clusterer.js';

/**
 * A story of `n` articles from the example's five: article k is seed k mod 5 with a paragraph of another seed
 * (the (k + 1 + k div 5) mod 5th) added
 * (distinct texts, the same story), ids `gipfel-<k>` (one topic for the test clusterer).
 */
function storyDocuments(seeds: readonly SourceDocument[], n: number): SourceDocument[] {
  return Array.from({ length: n }, (_, k) => {
    const seed = seeds[k % seeds.length] as SourceDocument;
    const other = seeds[(k + 1 + Math.floor(k / seeds.length)) % seeds.length] as SourceDocument;
    const extra = other.text.split('\n').find((line) => line.split(' ').length > 12) ?? '';
    const text = `${seed.text}\n\n${extra}`;
    return textDocument(`gipfel-${String(k).padStart(3, '0')}`, text, {
      url: `https://example.org/gipfel-${String(k)}`,
    });
  });
}

let seeds: SourceDocument[] = [];
let articles: AnalysedArticle[] = [];
beforeAll(async () => {
  seeds = await exampleDocuments();
  articles = prepareArticles(storyDocuments(seeds, MIN_STATE_ARTICLES + 1), STORE_BRIEF_OPTIONS);
});

describe('storyBrief: updated from the kept state when the story gained one article', () => {
  it('updates (at the new article’s place) and gives the brief made from scratch', () => {
    const owner = {};
    const added = 7;
    const before = articles.filter((_, i) => i !== added);
    expect(storyBrief(owner, 's', before, STORE_BRIEF_OPTIONS).how).toBe('made');
    // the store gives new objects each time: the same articles are recognised by what they hold
    const reloaded = structuredClone(articles);
    const next = storyBrief(owner, 's', reloaded, STORE_BRIEF_OPTIONS);
    expect(next.how).toBe('updated');
    expect(next.brief).toEqual(briefFromArticles(articles, STORE_BRIEF_OPTIONS));
  });

  it('makes the brief from scratch when an article it kept changed, or two were added', () => {
    const owner = {};
    storyBrief(owner, 's', articles.slice(0, MIN_STATE_ARTICLES), STORE_BRIEF_OPTIONS);
    const changed = articles.map((a, i) =>
      i === 0 ? { ...a, meta: { ...a.meta, source: 'Neue Quelle' } } : a,
    );
    const made = storyBrief(owner, 's', changed, STORE_BRIEF_OPTIONS);
    expect(made.how).toBe('made');
    expect(made.brief).toEqual(briefFromArticles(changed, STORE_BRIEF_OPTIONS));
    const other = {};
    storyBrief(other, 's', articles.slice(0, MIN_STATE_ARTICLES - 1), STORE_BRIEF_OPTIONS);
    expect(storyBrief(other, 's', articles, STORE_BRIEF_OPTIONS).how).toBe('made');
  });
});

describe('ingest into the store: one more article for a large story', () => {
  let dir = '';
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'lagebild-brief-states-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('stores the brief made from scratch of all the story’s articles', async () => {
    const store = await openStore(join(dir, 'store.db'), { clusterer: topicClusterer });
    const docs = storyDocuments(seeds, MIN_STATE_ARTICLES + 1);
    const first = await store.ingest(docs.slice(0, MIN_STATE_ARTICLES));
    expect({ ...first, added: first.added.length }).toEqual({
      added: MIN_STATE_ARTICLES,
      duplicates: [],
      failed: [],
    });
    const second = await store.ingest(docs.slice(MIN_STATE_ARTICLES));
    expect(second).toMatchObject({ failed: [], duplicates: [] });
    const id = second.added[0]?.story ?? '';
    const story = await store.getStory(id);
    expect(story?.brief?.articles).toHaveLength(MIN_STATE_ARTICLES + 1);
    const stored = await Promise.all(
      (story?.brief?.articles ?? []).map(async (a) => (await store.getArticle(a.id))?.text),
    );
    expect(stored).toEqual(story?.brief?.articles.map((a) => a.text));
    const analysed = prepareArticles(
      (story?.brief?.articles ?? []).map((a) => docs.find((d) => d.id === a.id) as SourceDocument),
      STORE_BRIEF_OPTIONS,
    );
    expect(story?.brief?.sentences).toEqual(briefFromArticles(analysed, STORE_BRIEF_OPTIONS).sentences);
    await store.close();
  });
});
