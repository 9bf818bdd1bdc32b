import { describe, expect, it } from 'vitest';
import { DocumentFrequencies } from '../../src/cluster/df.js';
import { articleTerms, documentTerms, signalsOf, type Signals } from '../../src/cluster/features.js';
import { createClusterer } from '../../src/cluster/index.js';
import { DEFAULT_WEIGHTS, normaliseClusterOptions } from '../../src/cluster/options.js';
import {
  articleToArticle,
  namesDecide,
  pairWeights,
  sameLanguage,
  titlesMeet,
} from '../../src/cluster/scoring.js';
import { cosine } from '../../src/cluster/vectors.js';

/** One event (the Libya conference in Berlin) reported in German and in English, and an unrelated English report. */
const DE = {
  id: 'de',
  language: 'de',
  published: '2020-01-19T18:00:00Z',
  title: 'Libyen-Konferenz in Berlin: Teilnehmer sagen Waffenembargo zu',
  text:
    'Die Teilnehmer der Libyen-Konferenz in Berlin haben sich am Sonntag verpflichtet, das Waffenembargo der ' +
    'Vereinten Nationen einzuhalten. Bundeskanzlerin Angela Merkel sagte nach dem Treffen im Kanzleramt, alle ' +
    'seien sich einig, dass es keine militärische Lösung gebe. Am Tisch saßen auch Wladimir Putin, Recep Tayyip ' +
    'Erdogan und UN-Generalsekretär António Guterres; Chalifa Haftar und Fajis al-Sarradsch kamen nach Berlin.',
};
const EN = {
  id: 'en',
  language: 'en',
  published: '2020-01-19T19:00:00Z',
  title: 'World powers pledge to respect arms embargo on Libya',
  text:
    'Leaders gathered in Berlin on Sunday pledged to uphold the United Nations arms embargo on Libya. Chancellor ' +
    'Angela Merkel said after the meeting that everyone agreed there could be no military solution. Vladimir Putin, ' +
    'Recep Tayyip Erdogan and UN Secretary-General António Guterres attended; Khalifa Haftar and Fayez al-Sarraj ' +
    'were in Berlin too.',
};
const EN_OTHER = {
  id: 'en-other',
  language: 'en',
  published: '2020-01-19T20:00:00Z',
  title: 'Farmers march through Berlin as Green Week opens',
  text:
    'Thousands of farmers drove their tractors through Berlin as the Green Week agricultural fair opened. ' +
    'Agriculture ministers promised to keep subsidies for small holdings and new rules on animal welfare.',
};
/** A second German report of the same event: same language, so titles meet as before. */
const DE_SAME = {
  id: 'de-same',
  language: 'de',
  published: '2020-01-19T20:00:00Z',
  title: 'Berliner Libyen-Konferenz: Zusage für Waffenembargo',
  text:
    'Beim Libyen-Gipfel in Berlin haben die Teilnehmer zugesagt, das UN-Waffenembargo zu achten. Merkel sprach ' +
    'von einem Schritt nach vorn, Haftar und al-Sarradsch trafen sich aber nicht direkt.',
};

function signalsOfAll(articles: readonly (typeof DE)[]): Signals[] {
  const options = normaliseClusterOptions();
  const terms = articles.map((a) => articleTerms(a, options));
  const df = new DocumentFrequencies(options.maxVocabulary);
  for (const t of terms) df.add(documentTerms(t));
  return terms.map((t) => signalsOf(t, df));
}

/** The pair score with the title counted whatever the languages (the rule off). */
function withTitles(a: Signals, b: Signals): number {
  const w = DEFAULT_WEIGHTS;
  let sum = 0;
  let total = 0;
  for (const [signal, weight] of [
    ['title', w.title],
    ['body', w.body],
    ['entities', w.entities],
    ['numbers', w.numbers],
  ] as const) {
    if (a[signal].size === 0 || b[signal].size === 0) continue;
    sum += weight * cosine(a[signal], b[signal]);
    total += weight;
  }
  return total === 0 ? 0 : sum / total;
}

describe('titles meet only titles of the same language', () => {
  it('leaves only the title out for two languages of one script; names do not decide there', () => {
    const noTitle = pairWeights(DEFAULT_WEIGHTS, true, false);
    expect(noTitle).toEqual({ ...DEFAULT_WEIGHTS, title: 0 });
    expect(pairWeights(DEFAULT_WEIGHTS, true, false)).toBe(noTitle);
    expect(namesDecide(noTitle)).toBe(false);
    expect(pairWeights(DEFAULT_WEIGHTS, true, true)).toBe(DEFAULT_WEIGHTS);
    // across scripts the script rule holds whatever the languages
    expect(pairWeights(DEFAULT_WEIGHTS, false, false)).toBe(pairWeights(DEFAULT_WEIGHTS, false));
  });

  it('tells whether a story holds an article of the language; unknown languages meet', () => {
    expect(titlesMeet('de', ['en', 'de'])).toBe(true);
    expect(titlesMeet('de', ['en'])).toBe(false);
    expect(titlesMeet(undefined, ['en'])).toBe(true);
    expect(titlesMeet('de', [])).toBe(true);
    // a language the detector could not tell (`und`) may be any
    expect(titlesMeet('und', ['en'])).toBe(true);
    expect(titlesMeet('de', ['en', 'und'])).toBe(true);
    expect(sameLanguage('und', 'de')).toBe(true);
    expect(sameLanguage('de', undefined)).toBe(true);
    expect(sameLanguage('de', 'en')).toBe(false);
  });

  it('scores a German and an English report of one event without their titles, which share no word', () => {
    const [de, en] = signalsOfAll([DE, EN, EN_OTHER, DE_SAME]) as [Signals, Signals];
    expect(cosine(de.title, en.title)).toBe(0);
    const score = articleToArticle(de, en, DEFAULT_WEIGHTS);
    expect(score).toBeGreaterThan(withTitles(de, en) + 0.02);
    expect(score).toBeGreaterThanOrEqual(0.15);
  });

  it('keeps an unrelated English report under the join threshold, and same-language pairs as before', () => {
    const [de, en, other, deSame] = signalsOfAll([DE, EN, EN_OTHER, DE_SAME]) as [
      Signals,
      Signals,
      Signals,
      Signals,
    ];
    expect(articleToArticle(de, other, DEFAULT_WEIGHTS)).toBeLessThan(0.15);
    expect(articleToArticle(en, other, DEFAULT_WEIGHTS)).toBe(withTitles(en, other));
    expect(articleToArticle(de, deSame, DEFAULT_WEIGHTS)).toBe(withTitles(de, deSame));
  });

  it('lets the German report join the English story, and the unrelated report stay apart', () => {
    const clusterer = createClusterer();
    const first = clusterer.add(EN);
    expect(clusterer.add(DE).story).toBe(first.story);
    expect(clusterer.add(EN_OTHER).story).not.toBe(first.story);
  });
});
