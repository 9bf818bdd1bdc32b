import { describe, expect, it } from 'vitest';
import {
  detectFormat,
  formatFromExtension,
  normaliseDate,
  sniffFeed,
  sniffFormat,
} from '../../src/ingest/index.js';
import { countCharacterSteps } from '../support/steps.js';

describe('format detection', () => {
  it('uses the extension', () => {
    expect(['a.txt', 'a.md', 'a.markdown', 'a.text', 'b.HTML', 'b.htm', 'b.xhtml', 'c.json', 'c.jsonl', 'c.ndjson'].map(formatFromExtension)).toEqual([
      'text', 'text', 'text', 'text', 'html', 'html', 'html', 'json', 'json', 'json',
    ]); // prettier-ignore
    expect(formatFromExtension('notes.docx')).toBeUndefined();
    expect(formatFromExtension('.txt')).toBeUndefined();
  });

  it('sniffs content without a known extension', () => {
    expect(sniffFormat('  {"text": "a"}')).toBe('json');
    expect(sniffFormat('[{"text": "a"}]')).toBe('json');
    expect(sniffFormat('<!doctype html><p>x</p>')).toBe('html');
    expect(sniffFormat('\n<html lang="de"><body>x</body></html>')).toBe('html');
    expect(sniffFormat('<div><p>Eins</p><p>Zwei</p><p>Drei</p></div>')).toBe('html');
    expect(sniffFormat('[Kim](https://example.org) trifft Putin.')).toBe('text');
    expect(sniffFormat('Nordkoreas Machthaber Kim Jong-un ist auf dem Weg. a < b und c > d.')).toBe('text');
  });

  it('lets a forced format win, then the extension, then the content', () => {
    expect(detectFormat('a.txt', '<html></html>', 'html')).toBe('html');
    expect(detectFormat('a.txt', '<html></html>')).toBe('text');
    expect(detectFormat(undefined, '<html></html>')).toBe('html');
    expect(detectFormat('a.php', '{"text":"x"}')).toBe('json');
  });
});

describe('normaliseDate', () => {
  it('keeps the precision that is known', () => {
    expect(normaliseDate('2019')).toBe('2019');
    expect(normaliseDate('2019-4')).toBe('2019-04');
    expect(normaliseDate('2019-04-25')).toBe('2019-04-25');
    expect(normaliseDate('25.04.2019')).toBe('2019-04-25');
    expect(normaliseDate('2019-04-25T08:15:00+0200')).toBe('2019-04-25T08:15:00+02:00');
    expect(normaliseDate('2019-04-25 08:15')).toBe('2019-04-25T08:15:00');
    expect(normaliseDate('2019-04-25T08:15:00.123+00:00')).toBe('2019-04-25T08:15:00.123Z');
    expect(normaliseDate('Thu, 25 Apr 2019 06:15:00 GMT')).toBe('2019-04-25T06:15:00Z');
  });

  it('refuses what is not a date', () => {
    expect(normaliseDate('')).toBeUndefined();
    expect(normaliseDate('gestern')).toBeUndefined();
    expect(normaliseDate('2019-02-30')).toBeUndefined();
    expect(normaliseDate('123')).toBeUndefined();
  });
});

describe('sniffing a head of many comments (the prolog is read in one pass)', () => {
  const comments = (n: number): string => '<!-- c -->\n'.repeat(n);

  it('finds the root after them, or none, in work linear in the head', () => {
    // 740 comments fill the 8 KB head: the first version's regular expression backtracked exponentially here
    expect(sniffFeed(`<?xml version="1.0"?>${comments(740)}x`)).toBe(false);
    expect(sniffFeed(`<?xml version="1.0"?>${comments(700)}<rss version="2.0">`)).toBe(true);
    expect(sniffFeed(`<!DOCTYPE rss>${comments(700)}<rdf:RDF>`)).toBe(true);
    expect(sniffFormat(`${comments(740)}x`)).toBe('text');
    expect(sniffFormat(`<?xml version="1.0"?>${comments(700)}<html lang="de">`)).toBe('html');
    expect(sniffFeed(`${'<!--'.repeat(2000)}`)).toBe(false);
    expect(sniffFeed(`${'<?'.repeat(4000)}`)).toBe(false);
    const steps = (n: number): number =>
      countCharacterSteps(() => {
        sniffFeed(`${comments(n)}x`);
        sniffFormat(`${comments(n)}x`);
      });
    expect(steps(720) / steps(180)).toBeLessThan(5);
  });

  it('reads the prolog as before: a PI, declarations and comments, with white space between', () => {
    expect(sniffFeed('<?xml version="1.0"?>\n<!-- a -->\n<!DOCTYPE x>\n<?pi ok?>\n<feed xmlns="a">')).toBe(
      true,
    );
    expect(sniffFeed('<!-- unclosed <rss>')).toBe(false);
    expect(sniffFeed('<!DOCTYPE x [ <!ENTITY a "b"> ]><rss>')).toBe(false);
    expect(sniffFormat('<?XML version="1.0"?><!-- a --> <HTML>')).toBe('html');
    expect(sniffFormat('<!-- a --><?pi x?><html>')).toBe('html');
  });
});
