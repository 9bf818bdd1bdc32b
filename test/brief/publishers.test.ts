import { describe, expect, it } from 'vitest';
import { briefFromDocuments, prepareArticles } from '../../src/brief/index.js';
import { articleOutlet, entryByName, entryByUrl, independentPublishers } from '../../src/brief/publishers.js';
import type { SourceDocument } from '../../src/core/types.js';
import { OUTLET_DOMAINS, OUTLET_REGISTRY } from '../../src/lang/outlets.js';
import { publisherOf, storedPublisher } from '../../src/lang/publisher.js';
import { seedDocuments } from '../support/seeds.js';

const doc = (id: string, text: string, meta: SourceDocument['meta'] = {}): SourceDocument => ({
  id,
  format: 'text',
  text,
  meta: { language: 'en', ...meta },
  removed: [],
});

/** A wire story as dpa sends it; outlets print it as it is. */
const WIRE = [
  'Berlin (dpa) - The state parliament of Berlin voted on Thursday to close the Tegel airport by the end of October after a debate of six hours.',
  'The decision was taken with 98 votes in favour and 61 against, the speaker of the parliament said in the evening.',
  'The airport will be replaced by the new BER airport south of the city, which opens on 31 October after nine years of delay.',
  'Airlines had asked the parliament to keep Tegel open for another six months because of the pandemic.',
].join('\n\n');

/** The same event told by another newsroom in its own words. */
const OWN = [
  'Lawmakers in Berlin decided on Thursday that Tegel airport will shut at the end of October, after six hours of debate.',
  'The decision was taken with 98 votes in favour and 61 against, according to the speaker.',
  'Tegel gives way to the BER airport south of the city, which opens on 31 October after nine years of delay.',
  'Residents near Tegel welcomed the decision, a local group said.',
].join('\n\n');

/** A fourth outlet on the story, in words of its own (so that the others' shared words are not the story's). */
const HISTORY = [
  'Tegel opened in 1948 during the Berlin airlift and became the main airport of West Berlin.',
  'Its hexagonal terminal was designed by the architects von Gerkan and Marg.',
  'Many travellers liked the short walks from the taxi to the gate.',
].join('\n\n');

const publishersOf = (docs: readonly SourceDocument[]): (string | undefined)[] => {
  const articles = prepareArticles(docs, { language: 'en' });
  return independentPublishers(articles, articles.map(articleOutlet));
};

describe('the outlet registry', () => {
  it('knows outlets by domain, with family, country and kind, and wire services', () => {
    expect(entryByUrl('https://www.sz.de/politik/x-1.2345')).toMatchObject({
      name: 'Süddeutsche Zeitung',
      family: 'SWMH',
      country: 'DE',
      kind: 'newspaper',
    });
    expect(entryByUrl('https://www.sueddeutsche.de/politik')?.name).toBe('Süddeutsche Zeitung');
    expect(entryByName('SZ')?.name).toBe('Süddeutsche Zeitung');
    for (const wire of ['dpa', 'AFP', 'Reuters', 'AP', 'KNA', 'epd'])
      expect(entryByName(wire), wire).toMatchObject({ kind: 'wire' });
    // The ingest stage's domain → name table is the registry's (one table, not two).
    expect(OUTLET_DOMAINS['sz.de']).toBe(OUTLET_REGISTRY['sz.de']?.name);
    expect(entryByUrl('https://example.org/news')).toBeUndefined();
  });

  it('reads the outlet from metadata, the URL, a copyright line or page furniture, and wire copy from its dateline', () => {
    const [dpa] = prepareArticles([doc('a', WIRE, { url: 'https://www.faz.net/aktuell/x.html' })], {
      language: 'en',
    });
    expect(articleOutlet(dpa!)).toMatchObject({ name: 'Frankfurter Allgemeine', via: 'domain', wire: 'dpa' });
    const seeds = prepareArticles(seedDocuments());
    const by = Object.fromEntries(seeds.map((a) => [a.id.slice(0, 3), articleOutlet(a)]));
    expect(by['002']).toMatchObject({ name: 'SZ', entry: { name: 'Süddeutsche Zeitung' } });
    expect(by['001']).toMatchObject({ name: 'DER STANDARD', via: 'signature' });
    expect(by['000']?.name).toBeUndefined();
  });
});

describe('independent publishers', () => {
  it('counts two copies of the same dpa text under two outlets once', () => {
    const p = publishersOf([
      doc('sz', WIRE, { url: 'https://www.sueddeutsche.de/a' }),
      doc('faz', WIRE, { url: 'https://www.faz.net/b' }),
      doc('own', OWN, { url: 'https://www.spiegel.de/c' }),
    ]);
    expect(p[0]).toBe('dpa');
    expect(p[1]).toBe('dpa');
    expect(p[2]).toBe('DER SPIEGEL');
  });

  it('counts near-identical texts of two outlets once, even without a wire marker', () => {
    const plain = WIRE.replace('Berlin (dpa) - ', '');
    const p = publishersOf([
      doc('sz', plain, { url: 'https://www.sueddeutsche.de/a' }),
      doc('faz', `${plain}\n\nMore on this story soon.`, { url: 'https://www.faz.net/b' }),
    ]);
    expect(p).toEqual(['Süddeutsche Zeitung', 'Süddeutsche Zeitung']);
  });

  it('counts two articles of one outlet once (its domains and its names are one outlet)', () => {
    const p = publishersOf([
      doc('a', OWN, { url: 'https://www.sz.de/a' }),
      doc('b', WIRE.replace('Berlin (dpa) - ', ''), { source: 'Süddeutsche Zeitung' }),
    ]);
    expect(p[0]).toBe(p[1]);
    expect(p[0]).toBe('Süddeutsche Zeitung');
  });

  it('is the one rule the store keeps and reads back: the stored outlet gives each article the brief’s publisher', () => {
    const docs = [
      ...seedDocuments(),
      doc('wire', WIRE, { source: 'Weser-Kurier', url: 'https://www.weser-kurier.de/x' }),
      doc('sz', OWN, { url: 'https://www.sz.de/a' }),
      doc('anonymous', 'Nobody says who wrote this text about the airport of the city and its long delay.'),
    ];
    const articles = prepareArticles(docs, { crossDocument: false });
    const publishers = independentPublishers(articles, articles.map(articleOutlet));
    articles.forEach((a, i) => {
      const one = publisherOf(articleOutlet(a));
      // no two of these are near-identical: the brief's publisher is the article's own
      expect(one?.name, a.id).toBe(publishers[i]);
      const stored = { source: a.meta.source ?? null, url: a.meta.url ?? null, outlet: one?.name ?? '' };
      expect(storedPublisher(stored), a.id).toEqual(one);
    });
    expect(publishers.slice(-3)).toEqual(['dpa', 'Süddeutsche Zeitung', undefined]);
  });

  it('never counts an unknown outlet as confirmation', () => {
    const brief = briefFromDocuments(
      [
        doc('known', OWN, { url: 'https://www.spiegel.de/c' }),
        doc('unknown', WIRE.replace('Berlin (dpa) - ', '')),
      ],
      { words: 60, language: 'en' },
    );
    const unknown = brief.articles.find((a) => a.id === 'unknown');
    expect(unknown?.publisher).toBeUndefined();
    expect(unknown?.source).toBeUndefined();
    const carried = brief.sentences.filter((s) => s.support.length > 0);
    expect(carried.length).toBeGreaterThan(0);
    for (const s of brief.sentences) {
      expect(s.sources?.length ?? 0, s.text).toBeLessThanOrEqual(1);
      expect(s.sources ?? []).not.toContain(undefined);
    }
    // "Was mehrere Quellen berichten" needs two independent publishers: one known outlet is not a consensus.
    expect(brief.analysis?.coverage.consensus).toEqual([]);
  });

  it('lists per line the independent publishers next to the supporting articles', () => {
    const brief = briefFromDocuments(
      [
        doc('sz', WIRE, { url: 'https://www.sueddeutsche.de/a' }),
        doc('faz', WIRE, { url: 'https://www.faz.net/b' }),
        doc('spiegel', OWN, { url: 'https://www.spiegel.de/c' }),
        doc('taz', HISTORY, { url: 'https://taz.de/d' }),
      ],
      { words: 80, language: 'en' },
    );
    const vote = brief.sentences.find((s) => s.support.length >= 2);
    expect(vote, JSON.stringify(brief.sentences)).toBeDefined();
    // Three articles carry it, but dpa's copy counts once: two independent publishers.
    expect(vote?.sources).toHaveLength(2);
    expect([...(vote?.sources ?? [])].sort()).toEqual(['DER SPIEGEL', 'dpa']);
  });
});
