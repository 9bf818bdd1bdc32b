/**
 * Story history and "what is new" (issue 16) on the example story: four reports, then the fifth. Every brief is
 * kept as a version; `storyChanges` lists the article added after a time and the lines new or changed relative to
 * the last version made at or before it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { matchLines, overlapOfShorter, lineWords } from '../../src/flows/changes.js';
import { openStore, type LagebildStore } from '../../src/flows/store.js';
import type { BriefSentence } from '../../src/core/types.js';
import type { StoryChanges } from '../../src/store/types.js';
import { exampleDocuments } from '../store/fixtures.js';

const FIFTH = '004_f943364543cf3125';

let store: LagebildStore;
let story = '';
let beforeFirst = '';
let between = '';
let afterSecond = '';

/** A tick of the clock, so that two times taken around an ingest differ. */
async function tick(): Promise<string> {
  const at = new Date().toISOString();
  while (new Date().toISOString() === at) await new Promise((resolve) => setTimeout(resolve, 1));
  return at;
}

beforeAll(async () => {
  const example = await exampleDocuments();
  store = await openStore(':memory:');
  beforeFirst = await tick();
  const first = await store.ingest(example.filter((d) => d.id !== FIFTH));
  between = await tick();
  const second = await store.ingest(example.filter((d) => d.id === FIFTH));
  afterSecond = await tick();
  expect([...first.failed, ...second.failed]).toEqual([]);
  story = second.added[0]?.story ?? '';
  expect(new Set(first.added.map((a) => a.story))).toEqual(new Set([story]));
});
afterAll(async () => {
  await store.close();
});

async function changes(since: string): Promise<StoryChanges> {
  const found = await store.storyChanges(story, since);
  if (found === undefined) throw new Error('story not found');
  return found;
}

describe('brief versions', () => {
  it('keeps every brief the story had, with the articles each covered', async () => {
    const history = await store.storyVersions(story);
    expect(history?.mergedInto).toBeNull();
    expect(history?.versions.map((v) => [v.version, v.articles.length])).toEqual([
      [1, 4],
      [2, 5],
    ]);
    expect(history?.versions[1]?.articles).toContain(FIFTH);
    expect(history?.versions[0]?.articles).not.toContain(FIFTH);
    const current = await store.getStory(story);
    expect(history?.versions[1]?.lines).toBe(current?.brief?.sentences.length);
  });

  it('gives an earlier brief whole: its lines cite the stored texts', async () => {
    const first = await store.briefVersion(story, 1);
    expect(first?.brief.articles.map((a) => a.id)).not.toContain(FIFTH);
    const texts = new Map(first?.brief.articles.map((a) => [a.id, a.text]));
    expect(first?.brief.sentences.length).toBeGreaterThan(0);
    for (const line of first?.brief.sentences ?? []) {
      expect(texts.get(line.article)?.slice(line.start, line.end)).toBe(line.text);
    }
    expect(await store.briefVersion(story, 3)).toBeUndefined();
    expect(await store.storyVersions('s:nope')).toBeUndefined();
  });
});

describe('changes since a time', () => {
  it('after the fifth report: it is the one article added, and the lines it brought are new or changed', async () => {
    const result = await changes(between);
    expect(result).toMatchObject({ story, since: between, current_version: 2, previous_version: 1 });
    expect(result.articles.map((a) => [a.id, a.kind])).toEqual([[FIFTH, 'opinion']]);
    expect(result.articles[0]?.title).toBe('Kim-Putin-Gipfel in Wladiwostok: Nur ein taktischer Erfolg');
    expect(Date.parse(result.articles[0]?.added_at ?? '')).toBeGreaterThan(Date.parse(between));
    const previous = await store.briefVersion(story, 1);
    const current = await store.briefVersion(story, 2);
    const before = new Set(previous?.brief.sentences.map((l) => l.text));
    // every line listed is one the first brief did not have; every line of the current brief not listed was there
    for (const line of result.lines) expect(before.has(line.text)).toBe(false);
    const listed = new Set(result.lines.map((l) => l.text));
    for (const line of current?.brief.sentences ?? []) {
      if (!listed.has(line.text)) expect(before.has(line.text)).toBe(true);
    }
    // the fifth report (an opinion piece) is carried by the current brief: as a line's source or its support (one
    // line per fact: it mostly confirms what the reports said); the brief it changed is listed
    expect(current?.brief.sentences.some((l) => l.article === FIFTH || l.support.includes(FIFTH))).toBe(true);
    expect(result.lines.length).toBeGreaterThan(0);
    // a changed line names the line of the earlier brief it replaces
    // a line's sources are the publishers of its article and support, each once; unknown outlets are left out
    const publisherOf = new Map(current?.brief.articles.map((a) => [a.id, a.publisher]));
    for (const line of result.lines.filter((l) => l.status === 'changed')) {
      expect(before.has(line.previous ?? '')).toBe(true);
    }
    for (const line of result.lines) {
      const expected = [line.article, ...line.support]
        .map((id) => publisherOf.get(id))
        .filter((p): p is string => p !== undefined);
      expect(line.sources).toEqual([...new Set(expected)]);
    }
    for (const line of result.lines) if (line.status === 'new') expect(line.previous).toBeNull();
  });

  it('before the first brief: every article and every line is new', async () => {
    const result = await changes(beforeFirst);
    expect(result.previous_version).toBeNull();
    expect(result.current_version).toBe(2);
    expect(result.articles).toHaveLength(5);
    const current = await store.getStory(story);
    expect(result.lines.map((l) => l.text)).toEqual(current?.brief?.sentences.map((l) => l.text));
    expect(new Set(result.lines.map((l) => l.status))).toEqual(new Set(['new']));
  });

  it('after the last brief: nothing is new', async () => {
    const result = await changes(afterSecond);
    expect(result).toMatchObject({ previous_version: 2, current_version: 2, articles: [], lines: [] });
    expect(await store.storyChanges('s:nope', afterSecond)).toBeUndefined();
  });
});

/** A brief line as the matcher sees it. */
function line(article: string, start: number, text: string): BriefSentence {
  return { article, start, end: start + text.length, text, support: [], score: 0 };
}

describe('the line matcher', () => {
  const before = [
    line(
      'a',
      0,
      'Nordkoreas Machthaber Kim Jong Un trifft am Donnerstag im Osten Russland erstmals den russischen Präsidenten Wladimir Putin.',
    ),
    line('b', 10, 'Das Treffen zwischen Kim und Putin in Wladiwostok endet ohne konkretes Ergebnis.'),
    line('c', 5, 'Putin und Kim haben den Tag gemütlich ausklingen lassen.'),
  ];

  it('keeps a line with the same span or text, marks a reworded one changed and an unrelated one new', () => {
    const now = [
      line('c', 5, 'Putin und Kim haben den Tag gemütlich ausklingen lassen.'),
      line('d', 0, 'Das Treffen zwischen  KIM und Putin in Wladiwostok endet ohne konkretes Ergebnis.'),
      line('e', 60, 'Zum ersten Mal haben sich Wladimir Putin und Kim Jong Un getroffen.'),
      line('e', 128, 'Doch Nordkorea hat der Gipfel in der wichtigsten Frage nicht weiter gebracht.'),
    ];
    const matches = matchLines(before, now, 'de');
    expect(matches.map((m) => m.status)).toEqual(['same', 'same', 'changed', 'new']);
    expect(matches[2]?.status === 'changed' ? matches[2].previous.article : undefined).toBe('a');
  });

  it('matches one earlier line at most once', () => {
    const now = [
      line('x', 0, 'Das Treffen zwischen Kim und Putin in Wladiwostok endete ohne Ergebnis.'),
      line(
        'y',
        0,
        'Das Treffen zwischen Kim und Putin in Wladiwostok endet ohne konkretes Ergebnis, sagte ein Sprecher.',
      ),
    ];
    const matches = matchLines(before, now, 'de');
    expect(matches.map((m) => m.status)).toEqual(['changed', 'new']);
  });

  it('counts shared content words of the shorter line (stems, stopwords aside)', () => {
    const a = lineWords('Kim Jong Un trifft Putin in Wladiwostok.', 'de');
    const b = lineWords('Putin und Kim Jong Un treffen sich erstmals.', 'de');
    expect(overlapOfShorter(a, b)).toBeGreaterThanOrEqual(0.6);
    expect(overlapOfShorter(a, lineWords('Der Sonderzug fährt zurück nach Pjöngjang.', 'de'))).toBe(0);
  });
});
