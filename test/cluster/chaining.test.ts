import { describe, expect, it } from 'vitest';
import {
  articleToArticle,
  articleTerms,
  createClusterer,
  DocumentFrequencies,
  normaliseClusterOptions,
  OnlineClusterer,
  signalsOf,
  type Assignment,
  type StreamArticle,
} from '../../src/cluster/index.js';
import { documentTerms } from '../../src/cluster/features.js';
import { Core, mutuallyClose, required } from '../../src/cluster/core.js';
import { DEFAULT_CORE } from '../../src/cluster/options.js';
import { loadArticle, makeProbes, SIGNALS } from '../../src/cluster/scoring.js';
import { TermIds } from '../../src/cluster/term-ids.js';

/**
 * A drifting stream: article i names the words i·6 … i·6 + 11 of the list, so each shares half its words with the
 * one before and none with the one two back. A ~ B, B ~ C, C ~ D, but A and C, B and D, A and D share nothing.
 */
const WORDS = (
  'harbour cranes containers shipping dockworkers strike wages union negotiations employers bonuses contract ' +
  'retirement fund investment bonds interest savings mortgage housing rents tenants landlords apartments ' +
  'builders permits zoning council elections candidates'
).split(' ');

function drift(n: number): StreamArticle[] {
  return Array.from({ length: n }, (_, i) => {
    const words = WORDS.slice(i * 6, i * 6 + 12);
    return {
      id: `drift-${String(i)}`,
      language: 'en',
      published: `2024-03-01T1${String(i)}:00:00Z`,
      text: `The ${words.join(', the ')} were in the news today.`,
    };
  });
}

function finalStories(assignments: readonly Assignment[]): string[] {
  const alias = new Map<string, string>();
  for (const a of assignments) for (const m of a.merges) alias.set(m.from, m.into);
  return assignments.map((a) => {
    let id = a.story;
    for (let next = alias.get(id); next !== undefined; next = alias.get(id)) id = next;
    return id;
  });
}

describe('no chaining', () => {
  it('A~B, B~C, C~D with A and D unrelated: D does not join the story of A', () => {
    const clusterer = createClusterer({ mergeEvery: 1 });
    const together = finalStories(drift(4).map((a) => clusterer.add(a)));
    expect(together.slice(0, 3)).toEqual(['s:drift-0', 's:drift-0', 's:drift-0']);
    expect(together[3]).toBe('s:drift-3');
    expect(clusterer.stories().map((s) => s.articles)).toEqual([
      ['drift-0', 'drift-1', 'drift-2'],
      ['drift-3'],
    ]);
  });

  it('the same stream chains into one story when the core admits any article (the centroid alone decides)', () => {
    const loose = new OnlineClusterer({
      ...normaliseClusterOptions({ mergeEvery: 1 }),
      core: { ...DEFAULT_CORE, link: 0, cohesion: 0 },
    });
    const stories = finalStories(drift(4).map((a) => loose.add(a)));
    expect(new Set(stories)).toEqual(new Set(['s:drift-0']));
  });

  it('a story that stopped cohering does not take the continuation: it starts its own and keeps it', () => {
    const clusterer = createClusterer({ mergeEvery: 1, mergeThreshold: 0.1 });
    const stories = finalStories(drift(5).map((a) => clusterer.add(a)));
    expect(stories).toEqual(['s:drift-0', 's:drift-0', 's:drift-0', 's:drift-3', 's:drift-3']);
  });
});

describe('mutual closeness', () => {
  const options = normaliseClusterOptions();
  const articles = drift(5);
  const df = new DocumentFrequencies(1000);
  const terms = articles.map((a) => articleTerms(a, options));
  for (const t of terms) df.add(documentTerms(t));
  const signals = terms.map((t) => signalsOf(t, df));
  const ids = new TermIds();
  const probes = makeProbes(ids);
  const scratch = makeProbes(ids);
  const core = (...members: number[]): Core => {
    const c = new Core(DEFAULT_CORE, ids);
    for (const i of members) c.add({ id: articles[i]!.id, signals: signals[i]! });
    return c;
  };

  it('needs at least one member, and half of the core rounded up', () => {
    expect([0, 1, 2, 3, 4, 8].map((n) => required(n, 0.5))).toEqual([0, 1, 1, 2, 2, 4]);
  });

  it('admits an article linked to enough members and refuses one linked to the newest alone', () => {
    const abc = core(0, 1, 2);
    const third = loadArticle(probes, signals[3]!);
    expect(abc.links(third, options.weights).map((s) => s >= DEFAULT_CORE.link)).toEqual([
      false,
      false,
      true,
    ]);
    // the links are the article-to-article similarities of the unpacked vectors
    abc
      .links(third, options.weights)
      .forEach((s, i) =>
        expect(s).toBeCloseTo(articleToArticle(signals[3]!, signals[i]!, options.weights), 12),
      );
    expect(abc.admits(third, options.weights)).toBe(false);
    const ab = core(0, 1);
    expect(ab.admits(loadArticle(probes, signals[2]!), options.weights)).toBe(true);
  });

  it('two stories are mutually close only when each core reaches the other', () => {
    // {0,1,2} and {3,4}: only 2 and 3 are linked, so {3,4} reaches {0,1,2} through one member of three
    expect(mutuallyClose(core(0, 1, 2), core(3, 4), options.weights, scratch)).toBe(false);
    expect(mutuallyClose(core(3, 4), core(0, 1, 2), options.weights, scratch)).toBe(false);
    // {0,1} and {2,3}: half of each core (1, and 2) is linked to the other, which the default share (0.5) accepts
    expect(mutuallyClose(core(0, 1), core(2, 3), options.weights, scratch)).toBe(true);
  });

  it('keeps at most `size` members spread over the story: the first, the newest and evenly between', () => {
    const c = new Core({ ...DEFAULT_CORE, size: 3 }, ids);
    const memberIds = (): string[] => c.members.map((m) => m.id);
    for (const i of [0, 1, 2, 3]) c.add({ id: articles[i]!.id, signals: signals[i]! });
    expect(memberIds()).toEqual(['drift-0', 'drift-2', 'drift-3']);
    c.add({ id: articles[4]!.id, signals: signals[4]! });
    expect(memberIds()).toEqual(['drift-0', 'drift-2', 'drift-4']);
    // a merge: the other story's members come after this one's, and the core thins out again
    const other = core(1, 3);
    c.absorb(other);
    expect(c.size).toBe(3);
    expect(memberIds()[0]).toBe('drift-0');
    expect(memberIds()[2]).toBe('drift-3');
  });

  it('members hold the term ids of their vectors until they leave the core, and give them back', () => {
    const own = new TermIds();
    const c = new Core({ ...DEFAULT_CORE, size: 2 }, own);
    c.add({ id: articles[0]!.id, signals: signals[0]! });
    const termsOf = (i: number): Set<string> =>
      new Set(SIGNALS.flatMap((signal) => [...signals[i]![signal].keys()]));
    expect(own.size).toBe(termsOf(0).size);
    c.add({ id: articles[1]!.id, signals: signals[1]! });
    c.add({ id: articles[3]!.id, signals: signals[3]! }); // full: drift-1 leaves, and with it its own terms
    expect(c.members.map((m) => m.id)).toEqual(['drift-0', 'drift-3']);
    expect(own.size).toBe(new Set([...termsOf(0), ...termsOf(3)]).size);
    const other = new Core(DEFAULT_CORE, own);
    other.add({ id: articles[4]!.id, signals: signals[4]! });
    c.absorb(other); // three members for two: drift-3, between the first and the newest, leaves
    expect(other.size).toBe(0);
    other.release(); // empty after the merge: gives nothing back twice
    expect(c.members.map((m) => m.id)).toEqual(['drift-0', 'drift-4']);
    expect(own.size).toBe(new Set([...termsOf(0), ...termsOf(4)]).size);
    c.release();
    expect([c.size, own.size]).toEqual([0, 0]);
  });
});
