import { describe, expect, it } from 'vitest';
import { DocumentFrequencies } from '../../src/cluster/df.js';
import { articleTerms, documentTerms, signalsOf, type Signals } from '../../src/cluster/features.js';
import { createClusterer } from '../../src/cluster/index.js';
import { DEFAULT_WEIGHTS, normaliseClusterOptions } from '../../src/cluster/options.js';
import {
  articleToArticle,
  CROSS_SCRIPT_BODY,
  namesDecide,
  pairWeights,
  wordsMeet,
} from '../../src/cluster/scoring.js';
import { cosine } from '../../src/cluster/vectors.js';
import { scriptOf } from '../../src/lang/index.js';

const ZH = {
  id: 'zh',
  language: 'zh',
  published: '2022-09-21T08:00:00Z',
  title: '普京宣布俄罗斯部分动员',
  text: '俄罗斯总统普京周三宣布部分动员，约30万预备役人员将被征召，乌克兰称此举表明俄罗斯在战场上失利。',
};
const EN = {
  id: 'en',
  language: 'en',
  published: '2022-09-21T09:00:00Z',
  title: 'Putin orders partial mobilisation in Russia',
  text: 'Russian President Vladimir Putin on Wednesday ordered a partial mobilisation, calling up 300,000 reservists; Ukraine said the move showed Russia was losing.',
};
const EN_OTHER = {
  id: 'en-other',
  language: 'en',
  published: '2022-09-21T10:00:00Z',
  title: 'Heavy rain floods streets in Jakarta',
  text: 'Heavy rain flooded streets in the Indonesian capital Jakarta on Wednesday, stranding commuters for hours.',
};

/** A Chinese report of another event that shares only figures (a year, a count) with EN_FIGURES. */
const ZH_FIGURES = {
  id: 'zh-figures',
  language: 'zh',
  published: '2022-09-21T08:00:00Z',
  title: '本地两人接种未经稀释疫苗',
  text: '卫生部说，2016年以来共有19宗类似事件，其中一人不适送院，目前已出院。',
};
const EN_FIGURES = {
  id: 'en-figures',
  language: 'en',
  published: '2022-09-21T09:00:00Z',
  title: 'Parliament passes data protection law',
  text: 'Lawmakers passed the bill, first drafted in 2016, after 19 rounds of talks with the government.',
};

function signalsOfAll(articles: readonly (typeof ZH)[]): Signals[] {
  const options = normaliseClusterOptions();
  const terms = articles.map((a) => articleTerms(a, options));
  const df = new DocumentFrequencies(options.maxVocabulary);
  for (const t of terms) df.add(documentTerms(t));
  return terms.map((t) => signalsOf(t, df));
}

describe('words meet only words of the same script', () => {
  it('knows the script of a language, Latin for any other code', () => {
    expect(scriptOf('zh')).toBe('Hani');
    expect(scriptOf('ru')).toBe('Cyrl');
    expect(scriptOf('de')).toBe('Latn');
    expect(scriptOf('und')).toBe('Latn');
    expect(scriptOf('')).toBe('Latn');
  });

  it('leaves the title out and keeps a share of the body across scripts; the weights stay as given otherwise', () => {
    expect(pairWeights(DEFAULT_WEIGHTS, true)).toBe(DEFAULT_WEIGHTS);
    const cross = pairWeights(DEFAULT_WEIGHTS, false);
    expect(cross).toEqual({
      ...DEFAULT_WEIGHTS,
      title: 0,
      body: DEFAULT_WEIGHTS.body * CROSS_SCRIPT_BODY,
    });
    expect(pairWeights(DEFAULT_WEIGHTS, false)).toBe(cross);
  });

  it('lets the names decide across scripts: a pair that shares figures but no name scores 0', () => {
    const [zh, en] = signalsOfAll([ZH_FIGURES, EN_FIGURES]);
    expect(cosine(zh!.numbers, en!.numbers)).toBeGreaterThan(0.5);
    expect(articleToArticle(zh!, en!, DEFAULT_WEIGHTS)).toBe(0);
    // in one script the same figures are evidence (the body and numbers weigh as always)
    expect(articleToArticle({ ...zh!, script: 'Latn' }, en!, DEFAULT_WEIGHTS)).toBeGreaterThan(0);
    expect(namesDecide(pairWeights(DEFAULT_WEIGHTS, false))).toBe(true);
    expect(namesDecide(DEFAULT_WEIGHTS)).toBe(false);
  });

  it('takes an unknown script or story without scripts as able to meet', () => {
    expect(wordsMeet(undefined, new Set(['Hani']))).toBe(true);
    expect(wordsMeet('Latn', new Set())).toBe(true);
    expect(wordsMeet('Latn', new Set(['Hani', 'Latn']))).toBe(true);
    expect(wordsMeet('Latn', new Set(['Hani']))).toBe(false);
  });

  it('scores a Chinese and an English report of one event by their names and numbers, above an unrelated one', () => {
    const [zh, en, other] = signalsOfAll([ZH, EN, EN_OTHER]);
    expect(zh?.script).toBe('Hani');
    expect(en?.script).toBe('Latn');
    const same = articleToArticle(zh!, en!, DEFAULT_WEIGHTS);
    const withoutScripts = articleToArticle({ ...zh!, script: 'Latn' }, en!, DEFAULT_WEIGHTS);
    expect(same).toBeGreaterThan(withoutScripts);
    expect(same).toBeGreaterThan(normaliseClusterOptions().threshold);
    expect(articleToArticle(zh!, other!, DEFAULT_WEIGHTS)).toBeLessThan(0.05);
  });

  it('puts the Chinese and the English report in one story, in either order, and the unrelated one apart', () => {
    for (const order of [
      [ZH, EN, EN_OTHER],
      [EN, ZH, EN_OTHER],
    ]) {
      const clusterer = createClusterer();
      const stories = order.map((a) => clusterer.add(a).story);
      expect(stories[0]).toBe(stories[1]);
      expect(stories[2]).not.toBe(stories[0]);
    }
  });
});
