/** Independent sources of a story: publishers by the one rule (src/lang/publisher.ts); unknown outlets count none. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  briefHasPublishers,
  briefKinds,
  briefOutlets,
  sourceCount,
  storyOutlets,
  type StoredOutletColumns,
} from '../../src/store/outlets.js';
import { briefFromDocuments } from '../../src/brief/index.js';
import { seedDocuments } from '../support/seeds.js';

const row = (
  source: string | null,
  url: string | null,
  outlet: string | null = null,
): StoredOutletColumns => ({
  source,
  url,
  outlet,
});

describe('story outlets', () => {
  it('counts each publisher once (registry names, case, punctuation) and no article of an unknown outlet', () => {
    const outlets = storyOutlets([
      row('Der Spiegel', null),
      row(null, 'https://www.faz.net/1'),
      row('DER SPIEGEL', 'https://www.spiegel.de/2'),
      row('Frankfurter Allgemeine', null),
      row(null, null),
      row(null, 'https://www.example-news.org/x'),
    ]);
    expect(outlets).toEqual({ names: ['DER SPIEGEL', 'Frankfurter Allgemeine'], unknown: 2 });
    expect(sourceCount(outlets)).toBe(2);
    expect(sourceCount(storyOutlets([]))).toBe(0);
  });

  it('counts www.sz.de, sueddeutsche.de and the name "SZ" as one outlet', () => {
    const outlets = storyOutlets([
      row(null, 'https://www.sz.de/politik/a-1.2345'),
      row(null, 'https://www.sueddeutsche.de/politik/b'),
      row('SZ', null),
      row('Süddeutsche Zeitung', 'https://sz.de/c'),
    ]);
    expect(outlets).toEqual({ names: ['Süddeutsche Zeitung'], unknown: 0 });
    expect(sourceCount(outlets)).toBe(1);
  });

  it('reads rows stored before session 14: a host or the article id in `outlet` makes no outlet of its own', () => {
    const outlets = storyOutlets([
      row(null, null, '004_f943364543cf3125'),
      row(null, 'https://www.example-news.org/x', 'example-news.org'),
      row('SZ', null, 'SZ'),
      row(null, 'https://www.faz.net/1', 'faz.net'),
    ]);
    expect(outlets).toEqual({ names: ['Süddeutsche Zeitung', 'Frankfurter Allgemeine'], unknown: 2 });
  });

  it('reads rows stored since: the publisher the text names (wire copy, a copyright line), or none', () => {
    const outlets = storyOutlets([
      row('Weser-Kurier', 'https://www.weser-kurier.de/a', 'dpa'),
      row(null, null, 'Süddeutsche Zeitung'),
      row(null, null, ''),
      row('Ostsee-Rundschau', null, 'Ostsee-Rundschau'),
    ]);
    expect(outlets).toEqual({ names: ['dpa', 'Süddeutsche Zeitung', 'Ostsee-Rundschau'], unknown: 1 });
  });

  it('never counts more publishers than articles, nor an unknown one (property)', () => {
    const sources = fc.option(
      fc.constantFrom('SZ', 'Süddeutsche Zeitung', 'taz', 'Ostsee-Rundschau', ' ', ''),
      {
        nil: null,
      },
    );
    const urls = fc.option(
      fc.constantFrom(
        'https://www.sz.de/a',
        'https://sueddeutsche.de/b',
        'https://example.org/c',
        'not a url',
      ),
      { nil: null },
    );
    const outlets = fc.option(fc.constantFrom('', 'dpa', 'x.html', 'SZ', 'Ostsee-Rundschau'), { nil: null });
    fc.assert(
      fc.property(
        fc.array(fc.record({ source: sources, url: urls, outlet: outlets }), { maxLength: 12 }),
        (rows) => {
          const counted = storyOutlets(rows);
          expect(sourceCount(counted)).toBeLessThanOrEqual(rows.length);
          expect(counted.names.length + counted.unknown).toBeLessThanOrEqual(rows.length);
          // articles of unknown outlets alone never make a source
          const unknownOnly = rows.map(() => row(null, 'https://example.org/z', ''));
          expect(sourceCount(storyOutlets([...unknownOnly]))).toBe(0);
          expect(sourceCount(storyOutlets([...rows, ...unknownOnly]))).toBe(sourceCount(counted));
        },
      ),
    );
  });

  it('takes the brief’s independent publishers: the example story has three, and two unknown outlets', () => {
    const input = {
      articles: [
        { source: 'SZ', publisher: 'Süddeutsche Zeitung' },
        { source: 'Weser-Kurier', publisher: 'dpa' },
        { source: 'Ostsee-Zeitung', publisher: 'dpa' },
        { source: 'Unbekannt?' },
        {},
      ],
    };
    expect(briefOutlets(input)).toEqual({ names: ['Süddeutsche Zeitung', 'dpa'], unknown: 2 });
    expect(sourceCount(briefOutlets(input))).toBe(2);
    expect(briefHasPublishers(input)).toBe(true);
    expect(briefHasPublishers({ articles: [{ source: 'SZ' }, {}] })).toBe(false);
    const brief = briefFromDocuments(seedDocuments(), { language: 'de' });
    const outlets = briefOutlets(brief);
    expect([...outlets.names].sort()).toEqual(['DER STANDARD', 'Der Tagesspiegel', 'Süddeutsche Zeitung']);
    expect(outlets.unknown).toBe(2);
    expect(sourceCount(outlets)).toBe(3);
  });

  it('counts a brief’s articles by kind', () => {
    expect(
      briefKinds({ articles: [{ kind: 'report' }, { kind: 'opinion' }, { kind: 'report' }, {}] }),
    ).toEqual({
      report: 2,
      opinion: 1,
    });
  });
});
