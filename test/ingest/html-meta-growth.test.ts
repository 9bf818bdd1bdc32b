/**
 * The page-metadata scans (title tails, JSON-LD, bylines) on hostile pages: character work grows about 4× from n
 * to 4n (linear, test/support/steps.ts), and deeply nested JSON-LD is read without exhausting the stack.
 */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/ingest/dom.js';
import { pageMeta, splitTitle } from '../../src/ingest/html-meta.js';
import { countCharacterSteps } from '../support/steps.js';

const page = (head: string, body = '<p>Text.</p>'): string =>
  `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;
const OG = '<meta property="og:title" content="Kim trifft Putin">';
const ldScript = (json: string): string => `<script type="application/ld+json">${json}</script>`;

/** Steps at 4n over steps at n; linear is about 4, quadratic about 16. */
function growth(make: (n: number) => () => void, n: number): number {
  const small = countCharacterSteps(make(n));
  const large = countCharacterSteps(make(4 * n));
  return large / small;
}

describe('page metadata on hostile pages: linear work', () => {
  const titles: [string, (n: number) => string][] = [
    ['separators then a strong one at the end', (n) => `${'a - '.repeat(n)}x |`],
    ['a long run of white space', (n) => `a${' '.repeat(n)}- b${' '.repeat(n)}|`],
    ['many site tails', (n) => `Hafen${' | SZ'.repeat(n)}`],
    ['many separators without tails', (n) => `a${' | '.repeat(n)}`],
    ['hyphens in the headline, then many site tails', (n) => `x${' - a'.repeat(n)}${' - SZ'.repeat(n)}`],
  ];
  for (const [name, make] of titles)
    it(`splits a title: ${name}`, () => {
      expect(growth((n) => () => void splitTitle(make(n), ['SZ']), 2000)).toBeLessThan(6);
    });

  it('cuts every site tail of a title with many, in one pass', () => {
    expect(splitTitle(`Hafen${' | SZ'.repeat(5000)}`, ['SZ']).title).toBe('Hafen');
  });

  const pages: [string, (n: number) => string][] = [
    ['deep JSON-LD arrays', (n) => page(ldScript(`${'['.repeat(n)}{"headline":"x"}${']'.repeat(n)}`))],
    ['deep JSON-LD objects', (n) => page(ldScript(`${'{"a":'.repeat(n)}1${'}'.repeat(n)}`))],
    [
      'many JSON-LD organisations',
      (n) => page(ldScript(`[${'{"@type":"Organization","name":"Hafenblatt"},'.repeat(n)}1]`)),
    ],
    ['many byline candidates', (n) => page('', '<span class="author">Ohne Namen hier</span>'.repeat(n))],
    [
      'many author labels without names',
      (n) => page('', '<p><strong>Autor</strong> unbekannt</p>'.repeat(n)),
    ],
    ['many short spans', (n) => page('', '<span>Autor und mehr</span>'.repeat(n))],
    [
      'a long site name',
      (n) => page(`<meta property="og:site_name" content="${'Hafen Blatt '.repeat(n)}.de">`),
    ],
    ['a long author tag', (n) => page(`<meta name="author" content="Von ${'Anna Berg und '.repeat(n)}dpa">`)],
    [
      'separators after an author name',
      (n) => page(`<meta name="author" content="Anna Berg${' ,'.repeat(n)}x">`),
    ],
    [
      'an author box opening with its label',
      (n) => page('', `<div>Von: ${'<span>Anna Berg</span> '.repeat(n)}</div>`),
    ],
    ['a long date', (n) => page(`<meta property="article:published_time" content="2024-${'1'.repeat(n)}">`)],
    ['many meta tags', (n) => page('<meta name="x" content="y">'.repeat(n))],
    [
      'many JSON-LD authors',
      (n) =>
        page(
          ldScript(
            JSON.stringify({ headline: 'x', author: Array.from({ length: n }, () => ({ name: 'A B' })) }),
          ),
        ),
    ],
    ['a long og:title', (n) => page(`<meta property="og:title" content="${'a - '.repeat(n)}x |">`)],
    ['many headings', (n) => page(OG, '<h2><span>Kicker</span><span>Headline</span></h2>'.repeat(n))],
    ['a long heading', (n) => page(OG, `<h1>${'Wort '.repeat(n)}</h1>`)],
    ['a heading nested deep', (n) => page(OG, `${'<div>'.repeat(n)}<h1>Kim</h1>${'</div>'.repeat(n)}`)],
    [
      'a heading with deep markup',
      (n) => page(OG, `<h1>${'<span>'.repeat(n)}Kim${'</span>'.repeat(n)}</h1>`),
    ],
    [
      'entities in a long headline',
      (n) => page(ldScript(JSON.stringify({ headline: '&quot;a&quot; '.repeat(n) }))),
    ],
  ];
  for (const [name, make] of pages)
    it(`reads a page: ${name}`, () => {
      expect(growth((n) => () => void pageMeta(parseDocument(make(n))), 2000)).toBeLessThan(6);
    });

  it('reads JSON-LD nested 100 000 deep without a stack overflow', () => {
    const deep = `${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)}`;
    const wrapped = `[${'['.repeat(100_000)}{"@type":"NewsArticle","headline":"Tief"}${']'.repeat(100_000)}]`;
    expect(pageMeta(parseDocument(page(ldScript(deep) + ldScript(wrapped)))).title).toBe('Tief');
  });

  it('finds the byline among the first candidates and reads only its start', () => {
    const long = `Von Anna Berg und Carl Dorn, freie Autoren ${'im Hafen '.repeat(10_000)}`;
    const m = pageMeta(parseDocument(page('', `<div class="byline">${long}</div><p>Text.</p>`)));
    expect(m.author).toBe('Anna Berg, Carl Dorn');
  });
});
