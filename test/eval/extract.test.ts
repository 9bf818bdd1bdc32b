import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import {
  detectExtractFormat,
  evaluateExtraction,
  microPrf,
  parseStoredOutput,
  readPage,
  shingleCounts,
  shingleMetrics,
  shingles,
  snippetCounts,
} from '../../src/eval/extract.js';
import { readability } from '../../src/eval/extractors.js';

const close = (actual: number, expected: number): void => expect(actual).toBeCloseTo(expected, 10);

describe('trafilatura snippet scoring', () => {
  it('normalises whitespace on both sides and counts with/without snippets', () => {
    const c = snippetCounts(
      'Der  Text\nist  hier. Werbung',
      ['Text ist', 'hier.', 'fehlt'],
      ['Werbung', 'Menü'],
    );
    expect(c).toEqual({ tp: 2, fn: 1, fp: 1, tn: 1 });
  });

  it('a failed extraction misses every with-snippet and finds no without-snippet', () => {
    expect(snippetCounts(null, ['a', 'b'], ['c'])).toEqual({ tp: 0, fn: 2, fp: 0, tn: 1 });
  });

  it('micro P/R/F1 over the corpus', () => {
    const m = microPrf([
      { tp: 2, fn: 1, fp: 1, tn: 1 },
      { tp: 0, fn: 2, fp: 0, tn: 1 },
      { tp: 3, fn: 0, fp: 0, tn: 2 },
    ]);
    // tp 5, fn 3, fp 1 → P 5/6, R 5/8, F1 = 2·(5/6)(5/8)/((5/6)+(5/8)) = 10/14
    close(m.p, 5 / 6);
    close(m.r, 5 / 8);
    close(m.f, 10 / 14);
  });
});

describe('scrapinghub shingle scoring', () => {
  it('4-gram shingles of \\w+ tokens (Unicode), the whole text when shorter', () => {
    expect([...shingles('a b c d e').keys()]).toEqual(['a\0b\0c\0d', 'b\0c\0d\0e']);
    expect([...shingles('Straße, über!').keys()]).toEqual(['Straße\0über']);
    expect(shingles('').size).toBe(0);
  });

  it('per-page tp/fp/fn normalised to sum 1', () => {
    // gold 4-grams: abcd bcde cdef; output: abcd bcde cdex → tp 2, fp 1, fn 1
    const c = shingleCounts('a b c d e f', 'a b c d e x');
    close(c.tp, 0.5);
    close(c.fp, 0.25);
    close(c.fn, 0.25);
    expect(shingleCounts('', '')).toEqual({ tp: 0, fp: 0, fn: 0 });
  });

  it('P and R are means over pages, F1 from the means', () => {
    const pages = [
      shingleCounts('a b c d e f', 'a b c d e x'), // P 2/3, R 2/3
      shingleCounts('a b c d e', 'a b c d e'), // P 1, R 1
      shingleCounts('a b c d e', ''), // no prediction: only in recall (0)
    ];
    const m = shingleMetrics(pages);
    close(m.p, (2 / 3 + 1) / 2);
    close(m.r, (2 / 3 + 1 + 0) / 3);
    close(m.f, (2 * m.p * m.r) / (m.p + m.r));
  });

  it('reads stored outputs, wrapped or not', () => {
    expect([...parseStoredOutput({ x: { articleBody: 'A' } })]).toEqual([['x', 'A']]);
    expect([...parseStoredOutput({ version: 1, output: { y: { articleBody: 'B' } } })]).toEqual([['y', 'B']]);
  });
});

describe('data sets on disk (tiny, written by the test)', () => {
  const page = (body: string, charset = 'utf-8'): string =>
    `<html><head><meta charset="${charset}"><title>T</title></head><body><nav>Menü Start Kontakt</nav>` +
    `<article><h1>Titel</h1>${body}</article><footer>Impressum</footer></body></html>`;
  const paragraphs =
    '<p>Die Forscher haben in der Studie gezeigt, dass die neue Methode deutlich besser funktioniert als alle bisherigen Ansätze, die sie zuvor getestet hatten.</p>' +
    '<p>Außerdem wurde festgestellt, dass die Ergebnisse auch in anderen Ländern gelten und sich über viele Jahre hinweg kaum verändert haben, was überrascht.</p>' +
    '<p>Die Autoren wollen ihre Arbeit im nächsten Jahr fortsetzen und dabei weitere Daten sammeln, um die Befunde noch besser abzusichern und zu erklären.</p>';

  it('decodes gzip and a declared legacy charset', () => {
    const dir = mkdtempSync(join(tmpdir(), 'eval-page-'));
    const file = join(dir, 'p.html.gz');
    writeFileSync(file, gzipSync(Buffer.from(page('<p>Grüße</p>', 'iso-8859-1'), 'latin1')));
    expect(readPage(file)).toContain('Grüße');
  });

  it('detects and scores the trafilatura format, per language', () => {
    const dir = mkdtempSync(join(tmpdir(), 'eval-traf-'));
    mkdirSync(join(dir, 'html'));
    writeFileSync(join(dir, 'html', 'a.html.gz'), gzipSync(Buffer.from(page(paragraphs))));
    writeFileSync(
      join(dir, 'evaldata.json'),
      JSON.stringify({
        'http://a': {
          file: 'a.html',
          with: ['neue Methode deutlich', 'weitere Daten sammeln'],
          without: ['Impressum'],
        },
        'http://b': { file: 'missing.html', with: ['x'], without: [] },
      }),
    );
    writeFileSync(join(dir, 'lang_guess.json'), JSON.stringify({ 'http://a': 'de', 'http://b': 'en' }));
    expect(detectExtractFormat(dir)).toBe('trafilatura');
    const report = evaluateExtraction(dir, 'tiny', { readability });
    const r = report.systems.readability!;
    // page a: tp 2, fp 0; page b unreadable: fn 1 → P 1, R 2/3
    close(r.p, 1);
    close(r.r, 2 / 3);
    expect(r.byLanguage?.de).toMatchObject({ p: 1, r: 1, n: 1 });
    expect(r.byLanguage?.en).toMatchObject({ r: 0, n: 1 });
  });

  it('detects and scores the scrapinghub format with stored outputs', () => {
    const dir = mkdtempSync(join(tmpdir(), 'eval-sh-'));
    mkdirSync(join(dir, 'html'));
    mkdirSync(join(dir, 'system-outputs'));
    writeFileSync(join(dir, 'html', 'p1.html.gz'), gzipSync(Buffer.from(page(paragraphs))));
    const gold = paragraphs.replace(/<\/?p>/g, '\n').trim();
    writeFileSync(
      join(dir, 'ground-truth.json'),
      JSON.stringify({ p1: { articleBody: gold, url: 'http://p1' } }),
    );
    writeFileSync(
      join(dir, 'system-outputs', 'perfect.json'),
      JSON.stringify({ output: { p1: { articleBody: gold } } }),
    );
    writeFileSync(join(dir, 'system-outputs', 'empty.json'), JSON.stringify({}));
    expect(detectExtractFormat(dir)).toBe('scrapinghub');
    const report = evaluateExtraction(dir, 'tiny', { readability });
    expect(report.systems['perfect (stored)']).toMatchObject({ p: 1, r: 1, f: 1, stored: true });
    expect(report.systems['empty (stored)']).toMatchObject({ r: 0, f: 0, failures: 1 });
    expect(report.systems.readability!.r).toBeGreaterThan(0.9);
  });

  it('an unknown folder is not a data set', () => {
    expect(detectExtractFormat(mkdtempSync(join(tmpdir(), 'eval-none-')))).toBeUndefined();
  });
});
