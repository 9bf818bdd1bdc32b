import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseHeaderLine, parseText } from '../../src/ingest/index.js';

const SEED_000 = new URL('../../examples/kim-putin-2019/000_62401ecbec18278e.txt', import.meta.url);

describe('parseText: header lines', () => {
  it('takes the date header off the first line of the real seed and keeps the rest of that line', () => {
    const doc = parseText(readFileSync(SEED_000, 'utf8'));
    expect(doc.meta).toEqual({ published: '2019-04' });
    expect(doc.removed).toEqual([{ text: 'date 2019-04', reason: 'header', rule: 'text/header' }]);
    expect(doc.text.startsWith('Nordkoreas Machthaber Kim Jong-un ist auf dem langen Weg')).toBe(true);
    expect(doc.text).toContain('\n\nKim Jong-un scheut keine Mühen und Strapazen');
    expect(doc.meta.title).toBeUndefined();
  });

  it('reads several header lines, case-insensitive, with or without a colon', () => {
    const input = [
      'Title: Kim trifft Putin',
      'SOURCE Süddeutsche Zeitung',
      'author Silke Bigalke',
      'published 2019-04-25T10:30:00+0200',
      'url https://www.sueddeutsche.de/politik/kim-putin-1.4422311',
      'lang de-DE',
      '',
      'Der russische Präsident empfängt Kim in Wladiwostok.',
    ].join('\n');
    const doc = parseText(input);
    expect(doc.meta).toEqual({
      title: 'Kim trifft Putin',
      source: 'Süddeutsche Zeitung',
      author: 'Silke Bigalke',
      published: '2019-04-25T10:30:00+02:00',
      url: 'https://www.sueddeutsche.de/politik/kim-putin-1.4422311',
      language: 'de',
    });
    expect(doc.removed.map((r) => r.text)).toEqual([
      'Title: Kim trifft Putin',
      'SOURCE Süddeutsche Zeitung',
      'author Silke Bigalke',
      'published 2019-04-25T10:30:00+0200',
      'url https://www.sueddeutsche.de/politik/kim-putin-1.4422311',
      'lang de-DE',
    ]);
    expect(doc.text).toBe('Der russische Präsident empfängt Kim in Wladiwostok.');
  });

  it('accepts date tokens of every precision', () => {
    expect(parseHeaderLine('date 2019')?.value).toBe('2019');
    expect(parseHeaderLine('date 2019-04-25')?.value).toBe('2019-04-25');
    expect(parseHeaderLine('date 2019-04-25T08:15:00Z')?.value).toBe('2019-04-25T08:15:00Z');
    expect(parseHeaderLine('Date: 25.04.2019')?.value).toBe('2019-04-25');
  });

  it('does not take ordinary first lines for headers', () => {
    expect(parseHeaderLine('Datensätze zeigen einen Anstieg')).toBeUndefined();
    expect(parseHeaderLine('date night in Berlin')).toBeUndefined();
    expect(parseHeaderLine('url siehe unten')).toBeUndefined();
    expect(parseHeaderLine('date 2019-13')).toBeUndefined();
    const doc = parseText('Kim und Putin treffen sich\n\nsource Reuters');
    expect(doc.meta).toEqual({});
    expect(doc.text).toBe('Kim und Putin treffen sich\n\nsource Reuters');
  });
});

describe('parseText: Markdown', () => {
  it('strips heading markers, emphasis, links and images (images recorded)', () => {
    const input = [
      '# Kim und Putin treffen sich',
      '',
      '![Handschlag in Wladiwostok](https://example.org/bild.jpg)',
      '',
      'Der **Gipfel** in [Wladiwostok](https://de.wikipedia.org/wiki/Wladiwostok "Stadt") endet __ohne__ Ergebnis.',
      '',
      '## Hintergrund',
      '* Erstes Treffen',
      '- Zweites Treffen',
      '> Ein Zitat.',
    ].join('\n');
    const doc = parseText(input);
    expect(doc.text).toBe(
      [
        'Kim und Putin treffen sich',
        '',
        'Der Gipfel in Wladiwostok endet ohne Ergebnis.',
        '',
        'Hintergrund',
        '• Erstes Treffen',
        '- Zweites Treffen',
        'Ein Zitat.',
      ].join('\n'),
    );
    expect(doc.removed).toEqual([
      {
        text: '![Handschlag in Wladiwostok](https://example.org/bild.jpg)',
        reason: 'image',
        rule: 'text/markdown-image',
      },
    ]);
    expect(doc.meta.title).toBeUndefined();
  });

  it('leaves text alone when Markdown is off, and normalises CRLF', () => {
    const doc = parseText('# kein Titel\r\nZeile **zwei**\r\n', { markdown: false });
    expect(doc.text).toBe('# kein Titel\nZeile **zwei**');
  });

  it('lets base metadata win over header metadata', () => {
    const doc = parseText('source dpa\nText.', {}, { source: 'Reuters' });
    expect(doc.meta).toEqual({ source: 'Reuters' });
  });
});
