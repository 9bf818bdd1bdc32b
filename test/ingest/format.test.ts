import { describe, expect, it } from 'vitest';
import { detectFormat, formatFromExtension, normaliseDate, sniffFormat } from '../../src/ingest/index.js';

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
