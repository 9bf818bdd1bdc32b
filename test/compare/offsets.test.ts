import { describe, expect, it } from 'vitest';
import { analyseStory } from '../../src/brief/index.js';
import { seedArticles, textOf } from './support.js';

describe('analyseStory on the example story', () => {
  it('gives every item valid offsets into its article and the JSON shape of the issue', async () => {
    const seeds = await seedArticles();
    const a = analyseStory(seeds);
    const ids = new Set(seeds.map((s) => s.id));
    const valid = (span: { article: string; start: number; end: number }): void => {
      expect(ids.has(span.article)).toBe(true);
      expect(span.start).toBeLessThan(span.end);
      expect(textOf(seeds, span).trim().length).toBeGreaterThan(0);
    };
    for (const e of a.entities) {
      expect(['person', 'place', 'organization']).toContain(e.type);
      e.mentions.forEach(valid);
    }
    for (const q of a.quotes) {
      valid(q);
      expect(textOf(seeds, q)).toBe(q.text);
    }
    for (const f of a.figures) {
      valid(f);
      expect(textOf(seeds, f)).toBe(f.text);
    }
    for (const c of a.conflicts) c.values.forEach(valid);
    for (const t of a.timeline) {
      valid(t);
      expect(textOf(seeds, t)).toBe(t.text);
      expect(['day', 'month', 'year']).toContain(t.precision);
    }
    a.coverage.articles.forEach((c) => {
      for (const s of [...c.corroborated, ...c.single]) valid({ article: c.article, ...s });
    });
    // JSON round trip keeps the shape (no undefined, no class instances).
    expect(JSON.parse(JSON.stringify(a))).toEqual(a);
  });

  it('is deterministic and handles an empty story', async () => {
    const seeds = await seedArticles();
    expect(JSON.stringify(analyseStory(seeds))).toBe(JSON.stringify(analyseStory(seeds)));
    const empty = analyseStory([]);
    expect(empty).toMatchObject({ entities: [], quotes: [], figures: [], conflicts: [], timeline: [] });
    expect(empty.coverage.matrix).toEqual([]);
  });
});
