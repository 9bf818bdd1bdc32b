import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { POOL_FILES, streamPool, syntheticStream } from '../../bench/stream.js';
import { analyseArticle, normaliseAnalyseOptions } from '../../src/analyse/index.js';
import { cleanDocuments, normaliseCleanOptions } from '../../src/clean/index.js';
import { createClusterer, type Assignment, type StreamArticle } from '../../src/cluster/index.js';
import { seedDocuments } from '../support/seeds.js';

/**
 * Issue 5: the stream clusterer is deterministic — its output depends only on the sequence of articles and the
 * options, not on what the process did before — and the benchmark's synthetic stream depends only on its length
 * (the stream benchmark once reported 11 674 and 11 262 stories for "the same" 100 000 articles because its text
 * pool read `docs/`, which had been edited in between).
 */

const REPO = join(import.meta.dirname, '..', '..');
const POOL = streamPool(REPO);
const N = 800;

function cluster(articles: Iterable<StreamArticle>): { assignments: Assignment[]; stats: unknown } {
  const clusterer = createClusterer();
  const assignments = [...articles].map((a) => clusterer.add(a));
  return { assignments, stats: clusterer.stats() };
}

/** Other work in the same process: analysis and clustering of unrelated text in several languages. */
function otherWork(): void {
  const options = normaliseAnalyseOptions({});
  for (const article of cleanDocuments(seedDocuments(), normaliseCleanOptions()))
    analyseArticle(article, options);
  const english = 'The committee met on Tuesday in Brussels and agreed on 40 billion euros for the railways.';
  const french =
    'Le comité s’est réuni mardi à Bruxelles et a approuvé 40 milliards d’euros pour les chemins de fer.';
  const other = createClusterer();
  for (let i = 0; i < 300; i++) {
    const text = `${i % 2 === 0 ? english : french} Item ${String(i)} Zeta${String(i * 7919)}.`;
    other.add({ id: `x${String(i)}`, title: `Meeting ${String(i % 13)}`, text });
  }
}

const tmp: string[] = [];
afterAll(() => {
  for (const dir of tmp) rmSync(dir, { recursive: true, force: true });
});

describe('stream benchmark input', () => {
  it('does not change when docs/ change (its text comes from the example and a frozen pool)', () => {
    const root = mkdtempSync(join(tmpdir(), 'lagebild-pool-'));
    tmp.push(root);
    for (const path of Object.values(POOL_FILES))
      cpSync(join(REPO, path), join(root, path), { recursive: true });
    mkdirSync(join(root, 'docs'));
    writeFileSync(
      join(root, 'docs', 'clustering.md'),
      'Measured today: featurise + assign 1 085 articles/s on 100 000 articles, 11 674 stories, peak RSS 518 MB.\n',
    );
    expect(streamPool(root)).toEqual(POOL);
    expect([...syntheticStream(200, streamPool(root))]).toEqual([...syntheticStream(200, POOL)]);
  });

  it('is the pool `npm run bench` measured at cb95ae0 (61 paragraphs of the example, 111 frozen)', () => {
    const example = seedDocuments()
      .map((d) => d.text)
      .join('\n');
    expect(POOL.length).toBe(172);
    expect(POOL.slice(0, 61).every((p) => example.includes(p))).toBe(true);
    expect(POOL.every((p) => p.length >= 80 && p === p.trim())).toBe(true);
    expect(createHash('sha1').update(POOL.join('\n\n')).digest('hex').slice(0, 12)).toBe('f4a67a4d3948');
  });
});

describe('online clusterer determinism', () => {
  it('assigns a stream the same in a fresh process state and after other work filled the module caches', () => {
    const fresh = cluster(syntheticStream(N, POOL));
    otherWork();
    const after = cluster(syntheticStream(N, POOL));
    expect(after.assignments).toEqual(fresh.assignments);
    expect(after.stats).toEqual(fresh.stats);
    expect(new Set(fresh.assignments.map((a) => a.story)).size).toBeGreaterThan(N / 16);
  });

  it('assigns a stream the same when another clusterer runs interleaved with it', () => {
    const alone = cluster(syntheticStream(N, POOL)).assignments;
    const a = createClusterer();
    const b = createClusterer({ threshold: 0.3, mergeEvery: 7 });
    const shifted = syntheticStream(N, [...POOL].reverse());
    const interleaved: Assignment[] = [];
    for (const article of syntheticStream(N, POOL)) {
      interleaved.push(a.add(article));
      const next = shifted.next();
      if (next.done !== true) b.add({ ...next.value, id: `b${next.value.id}` });
    }
    expect(interleaved).toEqual(alone);
  });
});
