import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contentHash, normaliseUrl, parseTarget, describeTarget } from '../../src/store/index.js';

describe('normaliseUrl', () => {
  it('treats spellings of the same address as one', () => {
    const canonical = 'https://example.com/politik/gipfel?id=7&page=2';
    for (const url of [
      'https://example.com/politik/gipfel?id=7&page=2',
      'HTTP://WWW.Example.com/politik/gipfel/?page=2&id=7',
      'https://example.com:443/politik/gipfel?utm_source=twitter&id=7&page=2&fbclid=abc#kommentare',
    ]) {
      expect(normaliseUrl(url)).toBe(canonical);
    }
  });

  it('keeps what tells pages apart: path case, other ports, other parameters', () => {
    expect(normaliseUrl('https://example.com/A')).not.toBe(normaliseUrl('https://example.com/a'));
    expect(normaliseUrl('https://example.com:8080/a')).toBe('https://example.com:8080/a');
    expect(normaliseUrl('https://example.com/a?id=1')).not.toBe(normaliseUrl('https://example.com/a?id=2'));
  });

  it('gives undefined for what is not an absolute http(s) URL', () => {
    for (const url of ['', 'nur text', '/relative/path', 'mailto:a@b.de', 'ftp://example.com/x', undefined]) {
      expect(normaliseUrl(url)).toBeUndefined();
    }
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(fc.webUrl({ withQueryParameters: true, withFragments: true }), (url) => {
        const once = normaliseUrl(url);
        expect(once).toBeDefined();
        expect(normaliseUrl(once)).toBe(once);
      }),
    );
  });
});

describe('contentHash', () => {
  it('ignores case, line breaks and runs of spaces, not words', () => {
    const text = 'Kim und Putin trafen sich in Wladiwostok.\n\nDas Treffen dauerte drei Stunden.';
    expect(contentHash('KIM und Putin trafen sich  in Wladiwostok. Das Treffen dauerte drei Stunden.')).toBe(
      contentHash(text),
    );
    expect(contentHash(text.replace('drei', 'vier'))).not.toBe(contentHash(text));
  });

  it('is the same for any re-spacing of the same words', () => {
    fc.assert(
      fc.property(
        fc.array(fc.stringMatching(/^[a-zäöü]{1,8}$/u), { minLength: 1, maxLength: 20 }),
        fc.array(fc.constantFrom(' ', '  ', '\n', '\n\n', '\t'), { minLength: 20, maxLength: 20 }),
        (words, gaps) => {
          const spaced = words.map((w, i) => w + (gaps[i] ?? ' ')).join('');
          expect(contentHash(spaced)).toBe(contentHash(words.join(' ')));
        },
      ),
    );
  });
});

describe('store targets', () => {
  it('opens PostgreSQL for postgres:// and postgresql:// URLs and SQLite for anything else', () => {
    expect(parseTarget('postgres://u@h/db')).toEqual({ kind: 'postgres', url: 'postgres://u@h/db' });
    expect(parseTarget('POSTGRESQL://u@h/db').kind).toBe('postgres');
    expect(parseTarget()).toEqual({ kind: 'sqlite', path: './lagebild.db' });
    expect(parseTarget('data/news.db')).toEqual({ kind: 'sqlite', path: 'data/news.db' });
    expect(() => parseTarget('  ')).toThrow(/not empty/u);
  });

  it('never shows a password', () => {
    expect(describeTarget('postgres://lagebild:geheim@db.local:5432/news')).toBe(
      'postgres://lagebild:***@db.local:5432/news',
    );
    expect(describeTarget('news.db')).toBe('news.db');
  });
});

describe('normaliseUrl on a long run of slashes', () => {
  it('drops trailing slashes only, however many, and keeps a run before the last segment', () => {
    expect(normaliseUrl(`https://e.org/a${'/'.repeat(50_000)}`)).toBe('https://e.org/a');
    const url = normaliseUrl(`https://e.org/${'/'.repeat(50_000)}x`);
    expect(url?.endsWith('/x')).toBe(true);
    expect(url?.length).toBe('https://e.org/'.length + 50_000 + 1);
  });
});
