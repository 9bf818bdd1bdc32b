import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyseStory, briefFromDocuments } from '../../src/brief/index.js';
import type { StoryAnalysis } from '../../src/compare/index.js';
import { coverageMemo, storyCoverage } from '../../src/compare/coverage.js';
import type { AnalysedArticle, Carrier, SourceDocument } from '../../src/core/types.js';
import { fixtureArticles, seedArticles, textOf } from './support.js';
import { parseText } from '../../src/ingest/index.js';
import { buildCorpus } from '../../bench/corpus.js';

let seeds: AnalysedArticle[];
let analysis: StoryAnalysis;

beforeAll(async () => {
  seeds = await seedArticles();
  analysis = analyseStory(seeds);
});

describe('coverage on the example story', () => {
  it('splits every sentence of every article into corroborated or single-source', () => {
    const { articles } = analysis.coverage;
    expect(articles.map((a) => a.article)).toEqual(seeds.map((s) => s.id));
    articles.forEach((c, i) => {
      const a = seeds[i] as AnalysedArticle;
      expect(c.corroborated.length + c.single.length).toBe(a.sentences.length);
      for (const s of c.corroborated) {
        expect(s.by.length).toBeGreaterThan(0);
        expect(s.by).not.toContain(a.id);
      }
    });
  });

  it('corroborates the Sechs-Parteien-Gespräche across seeds 000 and 002 (both: vor zehn Jahren)', () => {
    const c = analysis.coverage.articles[0];
    const text = (seeds[0] as AnalysedArticle).text;
    const six = c?.corroborated.find((s) => text.slice(s.start, s.end).includes('Sechs-Parteien'));
    expect(six?.by).toContain(seeds[2]?.id);
  });

  it('has a square matrix with 1 on the diagonal and shares in [0, 1]', () => {
    const { matrix } = analysis.coverage;
    expect(matrix).toHaveLength(seeds.length);
    matrix.forEach((row, i) => {
      expect(row).toHaveLength(seeds.length);
      expect(row[i]).toBe(1);
      for (const v of row) expect(v).toBeGreaterThanOrEqual(0);
      for (const v of row) expect(v).toBeLessThanOrEqual(1);
    });
  });

  it('lists consensus claims with their sources and valid offsets', () => {
    for (const c of analysis.coverage.consensus) {
      expect(textOf(seeds, c)).toBe(c.text);
      expect(c.sources.length).toBeGreaterThanOrEqual(3);
    }
  });

  const corroboratedBy = (article: number, includes: string): readonly string[] | undefined => {
    const text = (seeds[article] as AnalysedArticle).text;
    return analysis.coverage.articles[article]?.corroborated.find((s) =>
      text.slice(s.start, s.end).includes(includes),
    )?.by;
  };

  it('links sentences whose figures agree: the talk length (001/002) and the trade target (000/001)', () => {
    expect(corroboratedBy(1, 'fast zwei Stunden')).toContain(seeds[2]?.id);
    expect(corroboratedBy(2, 'etwa zwei Stunden')).toContain(seeds[1]?.id);
    expect(corroboratedBy(0, 'eine Milliarde Dollar')).toContain(seeds[1]?.id);
    expect(corroboratedBy(1, 'auf eine Milliarde steigen')).toContain(seeds[0]?.id);
  });

  it('links the meeting of Kim and Putin on Thursday across outlets and lists it as consensus', () => {
    expect(corroboratedBy(3, 'trifft am Donnerstag')).toContain(seeds[0]?.id);
    const meeting = analysis.coverage.consensus.find((c) => c.text.includes('treffen sich Kim und Putin'));
    expect(meeting?.sources).toEqual([seeds[0]?.id, seeds[2]?.id, seeds[3]?.id]);
  });

  it('does not link the train ride (000, rund 20 Stunden) to the talk', () => {
    expect(corroboratedBy(0, 'rund 20 Stunden')).toBeUndefined();
  });
});

describe('evidence links in English', () => {
  const articles = fixtureArticles('en', [
    {
      id: 'a',
      published: '2024-03-08',
      text: 'On Thursday Angela Merkel received Emmanuel Macron in the chancellery. The weather was grey.',
    },
    {
      id: 'b',
      published: '2024-03-08',
      text: 'Emmanuel Macron and Angela Merkel spoke on Thursday behind closed doors. Protesters gathered outside.',
    },
    {
      id: 'c',
      published: '2024-03-08',
      text: 'Angela Merkel praised her staff on Tuesday. Emmanuel Macron flew home.',
    },
  ]);
  const a = analyseStory(articles);

  it('corroborates sentences naming the same two people on the same day, not on another day', () => {
    const first = a.coverage.articles[0]?.corroborated.find((s) =>
      textOf(articles, { article: 'a', ...s }).includes('received'),
    );
    expect(first?.by).toEqual(['b']);
    const tuesday = a.coverage.articles[2]?.single.find((s) =>
      textOf(articles, { article: 'c', ...s }).includes('Tuesday'),
    );
    expect(tuesday).toBeDefined();
  });
});

describe('coverage in English', () => {
  const articles = fixtureArticles('en', [
    {
      id: 'a',
      text: 'The storm flooded the harbour district and damaged the old bridge on Monday. The mayor closed all schools until further notice.',
    },
    {
      id: 'b',
      text: 'Floods hit the harbour district after the storm. A local bakery handed out free bread.',
    },
    {
      id: 'c',
      text: 'The storm flooded the harbour district overnight and damaged the old bridge. Schools were closed by the mayor.',
    },
  ]);
  const a = analyseStory(articles);

  it('finds corroborated and single-source sentences and a consensus claim', () => {
    const b = a.coverage.articles[1];
    const bakery = b?.single.find((s) => textOf(articles, { article: 'b', ...s }).includes('bakery'));
    expect(bakery).toBeDefined();
    const flood = a.coverage.articles[0]?.corroborated.find((s) =>
      textOf(articles, { article: 'a', ...s }).includes('flooded'),
    );
    expect(flood?.by).toEqual(expect.arrayContaining(['c']));
    expect(a.coverage.consensus.length).toBeGreaterThan(0);
  });
});

describe('single-source claims', () => {
  it('a story of one article has none: every claim of it rests on one source', () => {
    const one = analyseStory([seeds[1] as AnalysedArticle]);
    expect(one.coverage.singleClaims).toEqual([]);
  });

  it('a story of several articles ranks at most five, each pointing at its text', () => {
    const claims = analysis.coverage.singleClaims ?? [];
    expect(claims.length).toBeGreaterThan(0);
    expect(claims.length).toBeLessThanOrEqual(5);
    for (const c of claims) {
      const article = seeds.find((s) => s.id === c.article) as AnalysedArticle;
      expect(article.text.slice(c.start, c.end)).toBe(c.text);
    }
  });
});

describe('each section says a thing once', () => {
  // Made-up text of the shape of a photo gallery: one caption three times, once in other words.
  const caption =
    'Curators build a wax likeness from the remains of a girl of the settlement who may have been a victim of hunger.';
  const variant = caption.replace(' who ', ' that ');
  const marks = 'The skull shows cut marks made after her death, the team said on Wednesday.';
  const winter = 'The colony lost most of its settlers that winter, according to the records.';
  const doc = (id: string, text: string): SourceDocument => ({
    id,
    format: 'text',
    meta: {},
    removed: [],
    text,
  });

  it('lists a caption repeated in one article once among the single-source claims', () => {
    const brief = briefFromDocuments(
      [
        doc('a', `${marks}\n\n${caption}\n\n${variant}\n\n${variant}\n\n${winter}`),
        doc('b', `${marks} ${winter} Museum staff will show the skull to visitors from May.`),
        doc('c', `${winter} ${marks} Historians had doubted the accounts for a long time.`),
      ],
      { words: 40 },
    );
    const claims = (brief.analysis?.coverage.singleClaims ?? []).map((c) => c.text);
    expect(claims.filter((t) => t.startsWith('Curators build'))).toHaveLength(1);
    expect(new Set(claims).size).toBe(claims.length);
  });

  it('lists each claim once in both sections of a story whose articles repeat paragraphs (the bench corpus)', () => {
    // Eight articles made of the example's seeds with paragraphs of the others mixed in: before, the consensus
    // listed 8 claims of 6 texts and the single-source list 5 of 3.
    const docs = buildCorpus(8).map((text, i) => {
      const parsed = parseText(text);
      return { ...doc(`a${String(i)}`, parsed.text), meta: parsed.meta, removed: parsed.removed };
    });
    const coverage = briefFromDocuments(docs).analysis?.coverage;
    const consensus = (coverage?.consensus ?? []).map((c) => c.text);
    const single = (coverage?.singleClaims ?? []).map((c) => c.text);
    expect(consensus.length).toBeGreaterThan(3);
    expect(single).toHaveLength(5);
    expect(new Set(consensus).size).toBe(consensus.length);
    expect(new Set(single).size).toBe(single.length);
  });
});

describe('single-source claims and unknown outlets', () => {
  const texts = [
    'The storm flooded the harbour district of Kelby and damaged the old stone bridge on Monday night. ' +
      'A local bakery in the old town handed out free bread to more than two hundred families.',
    'The storm flooded the harbour district of Kelby and damaged the old stone bridge on Monday night. ' +
      'Engineers from the county council will inspect the remaining bridges along the river next week.',
    'Schools in Kelby stay closed until Thursday while the county council counts the damage of the storm. ' +
      'The county council asked families to stay away from the river banks until the engineers are done.',
  ];
  /** Every article opens with this sentence: the one line of a brief of 15 words, so the others stay claims. */
  const lead = 'Kelby counted the cost of the worst storm in forty years on Tuesday morning. ';
  /** The single-source claims when the articles are of these outlets (undefined: unknown). */
  const claims = (sources: readonly (string | undefined)[]): string[] => {
    const docs = texts.map((text, i): SourceDocument => ({
      id: `n${String(i)}`,
      format: 'text',
      text: lead + text,
      meta: sources[i] !== undefined ? { source: sources[i] } : {},
      removed: [],
    }));
    const brief = briefFromDocuments(docs, { language: 'en', words: 15 });
    // What the brief's line states is not listed again (see the next block).
    expect(brief.sentences.map((s) => s.text)).toEqual([lead.trim()]);
    return (brief.analysis?.coverage.singleClaims ?? []).map((c) => c.text);
  };

  it('does not list a claim another article carries, even of an unknown outlet', () => {
    const listed = claims([undefined, undefined, 'Kelby Courier']);
    // An unknown outlet confirms nothing, but the flood is then in two texts, not in one source only.
    expect(listed.some((t) => t.includes('flooded'))).toBe(false);
    expect(listed.some((t) => t.includes('bakery'))).toBe(true);
  });

  it('lists a claim that only another article of its own outlet carries', () => {
    const listed = claims(['Kelby Courier', 'Kelby Courier', 'Harbour Radio']);
    expect(listed.some((t) => t.includes('flooded'))).toBe(true);
  });
});

describe('consensus by independent publishers', () => {
  const story = fixtureArticles(
    'de',
    ['a', 'b', 'c', 'd', 'e'].map((id, i) => ({
      id,
      text: `Der Gipfel in Wladiwostok endete am Donnerstag ohne Ergebnis. Satz ${i} steht nur hier.`,
    })),
  );

  it('lists a sentence when its distinct known publishers reach half of those the story knows (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom<string | undefined>(undefined, 'p', 'q', 'r'), {
          minLength: 5,
          maxLength: 5,
        }),
        fc.array(fc.array(fc.integer({ min: 0, max: 4 }), { maxLength: 4 }), { minLength: 5, maxLength: 5 }),
        (publishers, carriedBy) => {
          // Sentence 0 of article a is carried by sentence 0 of the articles in carriedBy[a] (not a itself).
          const corroboration: Carrier[][][] = story.map((a, i) =>
            a.sentences.map((_, s) =>
              s === 0
                ? [...new Set(carriedBy[i])]
                    .filter((j) => j !== i)
                    .sort((x, y) => x - y)
                    .map((j) => ({ article: j, sentence: 0 }))
                : [],
            ),
          );
          const coverage = storyCoverage(story, corroboration, 10, { publishers });
          const known = new Set(publishers.filter((p) => p !== undefined)).size;
          const need = Math.max(2, Math.ceil(known / 2));
          const distinct = (i: number): string[] => [
            ...new Set(
              [i, ...(corroboration[i]?.[0] ?? []).map((c) => c.article)]
                .map((j) => publishers[j])
                .filter((p): p is string => p !== undefined),
            ),
          ];
          for (const claim of coverage.consensus) {
            const i = story.findIndex((a) => a.id === claim.article);
            expect(claim.publishers).toEqual(distinct(i));
            expect(distinct(i).length).toBeGreaterThanOrEqual(need);
          }
          // The widest claim is listed whenever one reaches the bar.
          const widest = Math.max(...story.map((_, i) => distinct(i).length));
          expect(coverage.consensus.length > 0).toBe(widest >= need);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('coverage kept between briefs of a growing story (CoverageMemo)', () => {
  const story = fixtureArticles(
    'de',
    ['a', 'b', 'c', 'd', 'e'].map((id, i) => ({
      id,
      text: `Der Gipfel in Wladiwostok endete am Donnerstag ohne Ergebnis. Satz ${i} steht nur hier. Noch ein Satz ${i}.`,
    })),
  );
  const publisher = fc.constantFrom<string | undefined>(undefined, 'p', 'q', 'r');
  /** A carrier list of each sentence of `n` articles: each sentence carried by some of the other articles. */
  const lists = (n: number) =>
    fc.array(
      fc.array(fc.array(fc.integer({ min: 0, max: n - 1 }), { maxLength: 4 }), {
        minLength: 3,
        maxLength: 3,
      }),
      {
        minLength: n,
        maxLength: n,
      },
    );
  const toCorroboration = (raw: number[][][]): Carrier[][][] =>
    raw.map((sentences, i) =>
      sentences.map((others, s) =>
        [...new Set(others)]
          .filter((j) => j !== i)
          .sort((x, y) => x - y)
          .map((j) => ({ article: j, sentence: (s + j) % 3 })),
      ),
    );

  it('gives the coverage a fresh one gives, with lists kept, lists changed and publishers changed (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5 }),
        lists(5),
        lists(5),
        fc.array(fc.boolean(), { minLength: 15, maxLength: 15 }),
        fc.array(publisher, { minLength: 5, maxLength: 5 }),
        fc.array(publisher, { minLength: 5, maxLength: 5 }),
        fc.boolean(),
        (k, first, second, keep, before, after, reorder) => {
          const older = story.slice(0, k);
          const c1 = toCorroboration(first.slice(0, k).map((s) => s.map((o) => o.filter((j) => j < k))));
          const fresh = toCorroboration(second);
          // A sentence of an earlier article keeps its list object when `keep` says so.
          const c2 = fresh.map((sentences, i) =>
            sentences.map((list, s) => (i < k && keep[3 * i + s] === true ? (c1[i]?.[s] ?? list) : list)),
          );
          const memo = coverageMemo();
          const earlier = storyCoverage(older, c1, 10, { publishers: before.slice(0, k) }, memo);
          expect(earlier).toEqual(storyCoverage(older, c1, 10, { publishers: before.slice(0, k) }));
          const articles = reorder ? [...story].reverse() : story;
          const corroboration = reorder ? [...c2].reverse() : c2;
          const hints = { publishers: after };
          expect(storyCoverage(articles, corroboration, 10, hints, memo)).toEqual(
            storyCoverage(articles, corroboration, 10, hints),
          );
        },
      ),
      { numRuns: 300, seed: 19 },
    );
  });

  it('keeps the coverage object of an article whose carrier lists all stayed', () => {
    const c1 = toCorroboration([
      [[1], [], [1]],
      [[0], [0], []],
    ]);
    const memo = coverageMemo();
    const earlier = storyCoverage(story.slice(0, 2), c1, 10, {}, memo);
    const c2 = [
      c1[0] as Carrier[][],
      [
        [
          { article: 0, sentence: 0 },
          { article: 2, sentence: 1 },
        ],
        [],
        [],
      ],
      [[], [], []],
    ];
    const later = storyCoverage(story.slice(0, 3), c2, 10, {}, memo);
    expect(later.articles[0]).toBe(earlier.articles[0]);
    expect(later.articles[1]).not.toBe(earlier.articles[1]);
    expect(later).toEqual(storyCoverage(story.slice(0, 3), c2, 10, {}));
  });
});
