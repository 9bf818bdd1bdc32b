import { existsSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { briefFromArticles, prepareArticles, storyTerms } from '../../src/brief/index.js';
import type { Brief } from '../../src/brief/types.js';
import {
  factOf,
  factTerms,
  sameFactAs,
  sameFactAt,
  storyFacts,
  termKeys,
  type StoryFacts,
} from '../../src/brief/facts.js';
import type { AnalysedArticle, Carrier, SourceDocument } from '../../src/core/types.js';
import { clusterDocuments } from '../../src/eval/lagebild.js';
import { loadClusters } from '../../src/eval/multinews.js';
import { seedDocuments } from '../support/seeds.js';

const MULTINEWS = new URL('../../../shared/data/multinews/clusters.jsonl', import.meta.url).pathname;

interface Story {
  readonly articles: AnalysedArticle[];
  readonly facts: StoryFacts;
}

function story(docs: readonly SourceDocument[], language?: string): Story {
  const articles = prepareArticles(docs, language !== undefined ? { language } : {});
  return { articles, facts: storyFacts(articles, storyTerms(articles)) };
}

/** Every sentence's fact (`factOf`), by article. */
const allFacts = (facts: StoryFacts) =>
  facts.terms.map((list, article) => list.map((_, sentence) => factOf(facts, article, sentence)));

/** The article and sentence a brief line is. */
function carrierOf(s: Story, line: Pick<Brief['sentences'][number], 'article' | 'start' | 'text'>): Carrier {
  const article = s.articles.findIndex((a) => a.id === line.article);
  const sentence = s.articles[article]?.sentences.findIndex((x) => x.start === line.start) ?? -1;
  expect(sentence, line.text).toBeGreaterThanOrEqual(0);
  return { article, sentence };
}

/** The pairs of lines of a brief that the fact matcher says state the same fact. */
function repeatedFacts(s: Story, brief: Brief): string[] {
  const at = brief.sentences.map((line) => carrierOf(s, line));
  const out: string[] = [];
  for (let i = 0; i < at.length; i++)
    for (let j = i + 1; j < at.length; j++)
      if (sameFactAt(s.facts, at[i] as Carrier, at[j] as Carrier))
        out.push(`${brief.sentences[i]?.text} ≡ ${brief.sentences[j]?.text}`);
  return out;
}

describe('the fact matcher', () => {
  const seeds = story(seedDocuments());
  const find = (id: string, text: string): Carrier => {
    const article = seeds.articles.findIndex((a) => a.id.startsWith(id));
    const a = seeds.articles[article] as AnalysedArticle;
    const sentence = a.sentences.findIndex((x) => a.text.slice(x.start, x.end).includes(text));
    expect(sentence, text).toBeGreaterThanOrEqual(0);
    return { article, sentence };
  };

  it('reads strong-verb forms, "erstmals" and name parts as the story says them', () => {
    const at = find('004', 'Zum ersten Mal haben sich');
    const a = seeds.articles[at.article] as AnalysedArticle;
    const terms = factTerms(a.sentences[at.sentence]!, a.text, 'de', seeds.facts.common);
    expect(terms).toContain('treff'); // getroffen → treffen
    expect(terms).toContain('erst'); // "zum ersten Mal", although "ersten" is a stopword
    expect(terms).not.toContain('jong'); // the rest of "Kim Jong Un" beside the story's "Kim"
  });

  it('finds a paraphrase: the first meeting, said as a result and inside another report line', () => {
    const opinion = find('004', 'Zum ersten Mal haben sich');
    const report = find('001', 'nach ihrem ersten Treffen');
    expect(sameFactAt(seeds.facts, opinion, report)).toBe(true);
    const preview = find('003', 'trifft am Donnerstag im Osten Russland erstmals');
    expect(sameFactAt(seeds.facts, opinion, preview)).toBe(true);
    // Other words, same fact: a compound meets its part ("Gastarbeiter" / "arbeiten"), "erstmalige" is "erste".
    expect(
      sameFactAt(
        seeds.facts,
        find('002', 'um nordkoreanische Gastarbeiter'),
        find('003', 'Viele Nordkoreaner arbeiten'),
      ),
    ).toBe(true);
    expect(
      sameFactAt(
        seeds.facts,
        find('002', 'Es war das erste Treffen'),
        find('004', 'Denn das erstmalige Treffen'),
      ),
    ).toBe(true);
  });

  it("does not take one shared verb or the story's names for the same fact", () => {
    const demand = find('002', 'Putin forderte, "dass Nordkorea abrüsten muss"');
    const pompeo = find('003', 'Zuletzt forderte Nordkorea den Ausschluss');
    expect(sameFactAt(seeds.facts, demand, pompeo)).toBe(false);
    const pope = find('002', 'selbst zum Papst kam er zu spät');
    const dinner = find('001', 'nach ihrem ersten Treffen');
    expect(sameFactAt(seeds.facts, pope, dinner)).toBe(false);
  });
});

/** Every other sentence of the story that states the fact of `x`, by comparing it with every sentence. */
function sameFactByAll(s: Story, x: Carrier): Carrier[] {
  return s.articles.flatMap((a, article) =>
    a.sentences
      .map((_, sentence) => ({ article, sentence }))
      .filter((y) => !(y.article === x.article && y.sentence === x.sentence) && sameFactAt(s.facts, x, y)),
  );
}

describe('the fact index (sameFactAs)', () => {
  const seeds = story(seedDocuments());

  it('keys a term by itself and, from four letters on, by its first and last four: a compound meets its parts', () => {
    expect(termKeys('eu')).toEqual(['=eu']);
    expect(termKeys('gastarbeit')).toEqual(['=gastarbeit', '<gast', '>beit']);
    const shared = (a: string, b: string): boolean => termKeys(a).some((k) => termKeys(b).includes(k));
    expect(shared('gastarbeit', 'arbeit')).toBe(true);
    expect(shared('gipfeltreff', 'gipfel')).toBe(true);
  });

  it('property: finds exactly the sentences a comparison with every sentence finds (example story)', () => {
    const at = seeds.articles.flatMap((a, article) =>
      a.sentences.map((_, sentence) => ({ article, sentence })),
    );
    fc.assert(
      fc.property(fc.nat({ max: at.length - 1 }), (k) => {
        const x = at[k] as Carrier;
        expect(sameFactAs(seeds.facts, x)).toEqual(sameFactByAll(seeds, x));
      }),
      { numRuns: 120, seed: 7 },
    );
    // Not vacuous: some sentence of the example states a fact another states too.
    expect(at.some((x) => sameFactAs(seeds.facts, x).length > 0)).toBe(true);
  });

  it('finds the same with fact terms kept from an earlier brief (memo) as found afresh', () => {
    const memo = new Map();
    storyFacts(seeds.articles.slice(0, 3), storyTerms(seeds.articles.slice(0, 3)), memo);
    const kept = storyFacts(seeds.articles, storyTerms(seeds.articles), memo);
    expect(allFacts(kept)).toEqual(allFacts(seeds.facts));
    expect(kept.keysOf).toEqual(seeds.facts.keysOf);
  });

  it('extends the index kept with the memo only for a story grown at its end (the same facts and indexes as afresh)', () => {
    expect(seeds.articles.length).toBeGreaterThanOrEqual(5);
    const common = storyTerms(seeds.articles);
    const memo = new Map();
    const [a, b, c, d, e] = seeds.articles as [
      AnalysedArticle,
      AnalysedArticle,
      AnalysedArticle,
      AnalysedArticle,
      AnalysedArticle,
    ];
    // Grown at the end, then another article after the same three (a branch), a shorter story, a reordered one.
    for (const articles of [
      [a, b, c],
      [a, b, c, d],
      [a, b, c, e],
      [a, b, c, e, d],
      [a, b],
      [b, a, c],
    ]) {
      const kept = storyFacts(articles, common, memo);
      const fresh = storyFacts(articles, common);
      expect(allFacts(kept)).toEqual(allFacts(fresh));
      expect(kept.all).toEqual(fresh.all);
      expect(kept.own).toEqual(fresh.own);
      expect(kept.joinedOf).toEqual(fresh.joinedOf);
      for (let article = 0; article < articles.length; article++)
        expect(sameFactAs(kept, { article, sentence: 0 })).toEqual(
          sameFactAs(fresh, { article, sentence: 0 }),
        );
    }
  });

  it.skipIf(!existsSync(MULTINEWS))(
    'property: finds exactly what a comparison with every sentence finds on Multi-News clusters (English)',
    () => {
      const clusters = loadClusters(MULTINEWS).slice(0, 3);
      const stories = clusters.map((c) => story(clusterDocuments(c.documents, 'en'), 'en'));
      fc.assert(
        fc.property(fc.nat({ max: stories.length - 1 }), fc.nat(), (i, k) => {
          const s = stories[i] as Story;
          const at = s.articles.flatMap((a, article) =>
            a.sentences.map((_, sentence) => ({ article, sentence })),
          );
          const x = at[k % at.length] as Carrier;
          expect(sameFactAs(s.facts, x)).toEqual(sameFactByAll(s, x));
        }),
        { numRuns: 40, seed: 7 },
      );
    },
  );
});

describe('one line per fact', () => {
  const seeds = story(seedDocuments());

  it('says the first meeting once in the 120-word example brief, with every source that carries it', () => {
    const brief = briefFromArticles(seeds.articles, { words: 120, analysis: false });
    const first = brief.sentences.filter((s) => /erste[nms]? (Mal|Treffen)|erstmal/iu.test(s.text));
    expect(first.map((s) => s.text)).toHaveLength(1);
    // The opinion piece says it too ("Zum ersten Mal haben sich … getroffen"): it is support, not a line.
    const opinion = seeds.articles.find((a) => a.id.startsWith('004'))?.id;
    expect(first[0]?.support).toContain(opinion);
  });

  it('property: no two lines of the example brief state the same fact, at any budget from 40 to 300 words', () => {
    const budgets = fc.constantFrom(120, 250, 40, 80, 160, 200, 300);
    fc.assert(
      fc.property(budgets, (words) => {
        const brief = briefFromArticles(seeds.articles, { words, analysis: false });
        expect(brief.sentences.length).toBeGreaterThan(0);
        expect(repeatedFacts(seeds, brief)).toEqual([]);
      }),
      { numRuns: 7 },
    );
  });

  it('property: "Was mehrere Quellen berichten" and "Nur in einer Quelle" repeat no line\'s sentence or fact', () => {
    const budgets = fc.constantFrom(120, 250, 40, 80, 160, 200, 300);
    fc.assert(
      fc.property(budgets, (words) => {
        const brief = briefFromArticles(seeds.articles, { words });
        const lines = brief.sentences.map((line) => carrierOf(seeds, line));
        const coverage = brief.analysis?.coverage;
        const claims = [...(coverage?.consensus ?? []), ...(coverage?.singleClaims ?? [])];
        for (const claim of claims) {
          const at = carrierOf(seeds, claim);
          for (const line of lines) {
            expect(at, claim.text).not.toEqual(line);
            expect(sameFactAt(seeds.facts, at, line) || sameFactAt(seeds.facts, line, at), claim.text).toBe(
              false,
            );
          }
        }
      }),
      { numRuns: 7 },
    );
    // The sections are not emptied by it: at 120 words each still lists what the lines do not say.
    const brief = briefFromArticles(seeds.articles, { words: 120 });
    expect(brief.analysis?.coverage.consensus.length).toBeGreaterThan(0);
    expect(brief.analysis?.coverage.singleClaims?.length).toBe(5);
  });

  // The evaluation data is read where it lies (never copied into the repository); CI has it.
  it.skipIf(!existsSync(MULTINEWS))(
    'property: no two lines state the same fact on Multi-News clusters (skipped: ../shared/data/multinews absent)',
    () => {
      const clusters = loadClusters(MULTINEWS).slice(0, 4);
      expect(clusters.length).toBeGreaterThan(0);
      const stories = clusters.map((c) => story(clusterDocuments(c.documents, 'en'), 'en'));
      fc.assert(
        fc.property(fc.nat({ max: stories.length - 1 }), fc.constantFrom(100, 250), (i, words) => {
          const s = stories[i] as Story;
          const brief = briefFromArticles(s.articles, { words, analysis: false });
          expect(brief.sentences.length).toBeGreaterThan(0);
          expect(repeatedFacts(s, brief)).toEqual([]);
        }),
        { numRuns: 8 },
      );
    },
  );
});
