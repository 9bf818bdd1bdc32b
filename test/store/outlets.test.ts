/** Independent sources of a story: outlets by name, by the domain registry, by host, or as the brief identified them; unknown ones each count. */
import { describe, expect, it } from 'vitest';
import { briefKinds, briefOutlets, outletOf, sourceCount, storyOutlets } from '../../src/store/outlets.js';
import { briefFromDocuments } from '../../src/brief/index.js';
import { seedDocuments } from '../support/seeds.js';

describe('story outlets', () => {
  it('names an article’s outlet by its source, else the registry name of its host, else the host', () => {
    expect(outletOf(' SZ ', 'https://www.faz.net/a')).toBe('SZ');
    expect(outletOf(null, 'https://www.faz.net/aktuell/x.html')).toBe('Frankfurter Allgemeine');
    expect(outletOf(null, 'https://www1.wdr.de/nachrichten')).toBe('WDR');
    expect(outletOf('', 'https://www.example-news.org/x')).toBe('example-news.org');
    expect(outletOf(null, null)).toBeUndefined();
    expect(outletOf('  ', 'not a url')).toBeUndefined();
  });

  it('counts each outlet once (without case and punctuation) and each article of an unknown outlet', () => {
    const outlets = storyOutlets([
      { source: 'Der Spiegel', url: null },
      { source: null, url: 'https://www.faz.net/1' },
      { source: 'DER SPIEGEL', url: 'https://www.spiegel.de/2' },
      { source: 'Frankfurter Allgemeine', url: null },
      { source: null, url: null },
      { source: null, url: null },
    ]);
    expect(outlets).toEqual({ names: ['Der Spiegel', 'Frankfurter Allgemeine'], unknown: 2 });
    expect(sourceCount(outlets)).toBe(4);
    expect(sourceCount(storyOutlets([]))).toBe(0);
  });

  it('takes the outlets the brief identified: the example story names SZ, DER STANDARD and Der Tagesspiegel', () => {
    expect(
      briefOutlets({
        articles: [
          { source: 'SZ', publisher: 'SZ' },
          { source: 'Weser-Kurier', publisher: 'dpa' },
          { source: 'Unbekannt?' },
          {},
        ],
      }),
    ).toEqual({ names: ['SZ', 'Weser-Kurier'], unknown: 2 });
    const brief = briefFromDocuments(seedDocuments(), { language: 'de' });
    const outlets = briefOutlets(brief);
    expect([...outlets.names].sort()).toEqual(['DER STANDARD', 'Der Tagesspiegel', 'SZ']);
    expect(outlets.unknown).toBe(2);
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
