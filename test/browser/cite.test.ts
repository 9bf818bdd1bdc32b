/** The page's citation logic (pure, no browser): what a citation mark shows. */
import { describe, expect, it } from 'vitest';
import { briefFromDocuments } from '../../src/brief/index.js';
import { ingest } from '../../src/ingest/index.js';
import { citationTargets, closestPassage, enclosingPassage, safeHref } from '../../web/src/cite.js';
import { EXAMPLE_DIR } from '../support/seeds.js';

const { documents } = await ingest([EXAMPLE_DIR], {});
const brief = briefFromDocuments(documents);

describe('citationTargets', () => {
  it('the own source first with exactly the cited line, then each supporting source ascending', () => {
    for (const s of brief.sentences) {
      const targets = citationTargets(brief, s, [s.article, ...s.support]);
      expect(targets[0]?.own).toBe(true);
      expect(targets[0]?.article.id).toBe(s.article);
      expect(targets[0]?.passage?.text).toBe(s.text);
      expect(targets.map((t) => t.article.id).sort()).toEqual([s.article, ...s.support].sort());
      const others = targets.slice(1).map((t) => t.n);
      expect(others).toEqual([...others].sort((a, b) => a - b));
      for (const t of targets) {
        expect(t.n).toBe(brief.articles.indexOf(t.article) + 1);
        if (t.passage !== null)
          expect(t.article.text.slice(t.passage.start, t.passage.end)).toBe(t.passage.text);
      }
    }
  });

  it('a supporting source shows its sentence sharing the most words with the line', () => {
    const supported = brief.sentences.find((s) => s.support.length > 0);
    expect(supported).toBeDefined();
    if (supported === undefined) return;
    const target = citationTargets(brief, supported, [supported.article, ...supported.support])[1];
    expect(target?.own).toBe(false);
    const words = (t: string) => new Set(t.toLowerCase().match(/[\p{L}\p{N}]{3,}/gu) ?? []);
    const shared = [...words(target?.passage?.text ?? '')].filter((w) => words(supported.text).has(w));
    expect(shared.length).toBeGreaterThanOrEqual(2);
  });

  it('leaves out unknown ids and shows nothing for a sentence no source shares words with', () => {
    const s = brief.sentences[0];
    if (s === undefined) throw new Error('no sentence');
    expect(citationTargets(brief, s, [s.article, 'no-such-article']).map((t) => t.article.id)).toEqual([
      s.article,
    ]);
    const other = brief.articles.find((a) => a.id !== s.article);
    if (other === undefined) throw new Error('one article');
    expect(closestPassage(brief, other, 'Quarkstrudel Zipfelmütze Obstsalat', s.article)).toBeNull();
  });

  it('an analysis span is shown with its whole sentence', () => {
    const quote = brief.analysis?.quotes[0];
    if (quote === undefined) throw new Error('no quote in the example');
    const article = brief.articles.find((a) => a.id === quote.article);
    if (article === undefined) throw new Error('quote without article');
    const around = enclosingPassage(brief, article, quote);
    expect(around.start).toBeLessThanOrEqual(quote.start);
    expect(around.end).toBeGreaterThanOrEqual(quote.end);
  });
});

describe('safeHref', () => {
  it.each([
    ['https://example.org/a?b=1', 'https://example.org/a?b=1'],
    ['http://example.org', 'http://example.org/'],
    ['javascript:alert(1)', undefined],
    [' JavaScript:alert(1)', undefined],
    ['data:text/html,<script>alert(1)</script>', undefined],
    ['/relative/path', undefined],
    [null, undefined],
  ])('%s → %s', (url, expected) => {
    expect(safeHref(url)).toBe(expected);
  });
});
