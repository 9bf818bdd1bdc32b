import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Centroid } from '../../src/cluster/centroid.js';
import { DenseProbe } from '../../src/cluster/dense.js';
import { packVector, releasePacked } from '../../src/cluster/packed.js';
import { TermIds } from '../../src/cluster/term-ids.js';
import { cosine, dot, topTerms, type Vector } from '../../src/cluster/vectors.js';

/** Vectors over a small vocabulary, so that they share terms often. */
const TERMS = [
  'gipfel',
  'kim',
  'putin',
  'wladiwostok',
  '@russland',
  '#2019',
  'treffen',
  'atom',
  'zug',
  'nordkorea',
];
const vector = fc
  .dictionary(fc.constantFrom(...TERMS), fc.double({ min: 0.01, max: 3, noNaN: true }), {
    maxKeys: TERMS.length,
  })
  .map((record) => new Map(Object.entries(record)) as Vector);

function centroidOf(vectors: readonly Vector[], ids: TermIds, limit = 4): Centroid {
  const c = new Centroid(limit, ids);
  for (const v of vectors) c.add(v);
  return c;
}

describe('dense probes give the dot products of the string-keyed vectors', () => {
  it('article against centroid, with pruning (property)', () => {
    fc.assert(
      fc.property(vector, fc.array(vector, { minLength: 1, maxLength: 6 }), (article, added) => {
        const ids = new TermIds();
        const c = centroidOf(added, ids);
        const probe = new DenseProbe(ids).load(article);
        const expected = new Map(c.entries());
        expect(probe.dot(c)).toBeCloseTo(dot(article, expected), 12);
        expect(probe.cosine(c)).toBeCloseTo(cosine(article, expected), 12);
        probe.clear();
        expect(probe.dot(c)).toBe(0);
      }),
    );
  });

  it('centroid against centroid, and absorb is the sum of both', () => {
    fc.assert(
      fc.property(fc.array(vector, { maxLength: 4 }), fc.array(vector, { maxLength: 4 }), (xs, ys) => {
        const ids = new TermIds();
        const [x, y] = [centroidOf(xs, ids, 100), centroidOf(ys, ids, 100)];
        const probe = new DenseProbe(ids).loadCentroid(x);
        expect(probe.dot(y)).toBeCloseTo(dot(new Map(x.entries()), new Map(y.entries())), 12);
        probe.clear();
        const sum = centroidOf([...xs, ...ys], new TermIds(), 100);
        x.absorb(y);
        const merged = new Map(x.entries());
        for (const [term, w] of sum.entries()) expect(merged.get(term)).toBeCloseTo(w, 12);
        expect(merged.size).toBe(sum.size);
      }),
    );
  });

  it('finds the heaviest centroid terms as topTerms does on its vector, ties by term (property)', () => {
    const weight = fc.constantFrom(0.5, 1, 2);
    const tied = fc
      .dictionary(fc.constantFrom(...TERMS), weight, { maxKeys: TERMS.length })
      .map((record) => new Map(Object.entries(record)) as Vector);
    fc.assert(
      fc.property(tied, fc.integer({ min: 0, max: 12 }), (v, k) => {
        const c = centroidOf([v], new TermIds(), 100);
        expect(c.top(k)).toEqual(topTerms(c.entries(), k));
        expect(c.top(k)).toEqual(
          [...v]
            .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
            .slice(0, k)
            .map(([t]) => t),
        );
      }),
    );
  });

  it('packed vectors: the cosines of their maps through a probe, and a centroid adds them as it adds the maps (property)', () => {
    fc.assert(
      fc.property(vector, vector, (a, b) => {
        const ids = new TermIds();
        const [x, y] = [packVector(a, ids), packVector(b, ids)];
        expect([...x.ids].map((id) => ids.termOf(id))).toEqual([...a.keys()]);
        // an article loaded after the packed vector took its ids meets every term the two share
        const probe = new DenseProbe(ids).load(a);
        expect(probe.cosinePacked(y)).toBeCloseTo(cosine(a, b), 12);
        probe.loadPacked(x);
        expect(probe.cosinePacked(y)).toBeCloseTo(cosine(a, b), 12);
        probe.clear();
        const [fromMaps, fromPacked] = [centroidOf([a, b], ids, 100), new Centroid(100, ids)];
        fromPacked.addPacked(x);
        fromPacked.addPacked(y);
        expect([...fromPacked.entries()]).toEqual([...fromMaps.entries()]);
        expect(fromPacked.norm).toBe(fromMaps.norm);
        for (const c of [fromMaps, fromPacked]) c.release();
        releasePacked(x, ids);
        releasePacked(y, ids);
        expect(ids.size).toBe(0);
      }),
    );
  });

  it('leaves out article terms no centroid holds, and keeps the article length', () => {
    const ids = new TermIds();
    const c = centroidOf([new Map([['kim', 1]])], ids);
    const probe = new DenseProbe(ids).load(
      new Map([
        ['kim', 0.6],
        ['unbekannt', 0.8],
      ]),
    );
    expect(probe.size).toBe(2);
    expect(probe.norm).toBeCloseTo(1, 12);
    expect(probe.cosine(c)).toBeCloseTo(0.6, 12);
  });
});

describe('term ids live as long as a centroid holds the term', () => {
  it('numbers each term once, shares it between centroids and frees it with the last holder', () => {
    const ids = new TermIds();
    const a = centroidOf(
      [
        new Map([
          ['kim', 1],
          ['putin', 1],
        ]),
      ],
      ids,
    );
    const b = centroidOf([new Map([['kim', 2]])], ids);
    expect(ids.size).toBe(2);
    a.release();
    expect(ids.size).toBe(1);
    expect(ids.idOf('putin')).toBeUndefined();
    expect(ids.termOf(ids.idOf('kim') ?? -1)).toBe('kim');
    b.release();
    expect(ids.size).toBe(0);
  });

  it('reuses freed ids, so a stream of short-lived stories does not grow the dense arrays', () => {
    const ids = new TermIds();
    for (let round = 0; round < 50; round++) {
      const c = centroidOf([new Map(TERMS.map((t) => [`${t}${String(round)}`, 1]))], ids, 100);
      c.release();
    }
    expect(ids.capacity).toBe(TERMS.length);
  });

  it('frees the terms a centroid prunes', () => {
    const ids = new TermIds();
    const c = new Centroid(2, ids);
    const change = c.add(new Map(TERMS.slice(0, 5).map((t, i) => [t, 5 - i])));
    expect(change.added).toEqual(TERMS.slice(0, 5));
    expect(change.dropped).toEqual(['putin', 'wladiwostok', '@russland']);
    expect(c.terms()).toEqual(['gipfel', 'kim']);
    expect(ids.size).toBe(2);
  });

  it('refuses to release an id twice', () => {
    const ids = new TermIds();
    const id = ids.acquire('kim');
    ids.release(id);
    expect(() => ids.release(id)).toThrow(RangeError);
  });
});
