import { describe, expect, it } from 'vitest';
import type { CleanArticle } from '../../src/core/types.js';
import { cleanDocument, normaliseCleanOptions } from '../../src/clean/index.js';

const options = normaliseCleanOptions();
const clean = (...lines: string[]): CleanArticle =>
  cleanDocument({ id: 'doc', format: 'text', text: lines.join('\n\n'), meta: {}, removed: [] }, options);
const reasons = (a: CleanArticle): string[] => a.removed.map((r) => r.reason);

const ARTICLE =
  'Der Gemeinderat hat am Dienstag nach langer Debatte den Haushalt für das kommende Jahr beschlossen.';
const MORE = 'Die Opposition kündigte an, gegen einzelne Posten vor dem Verwaltungsgericht zu klagen.';

describe('staff credits at the end of an article', () => {
  it('removes a line of one credit and a longer line of several credits', () => {
    const a = clean(
      ARTICLE,
      MORE,
      'Redaktion: Anna Beispiel, Carl Muster',
      'Übersetzung: Dora Probe, Redaktion: Emil Test, Schlussredaktion: Frieda Fall, Audioversion: Gustav Ton und Hanna Klang',
    );
    expect(a.text).toBe(`${ARTICLE}\n\n${MORE}`);
    expect(reasons(a)).toEqual(['credit', 'credit']);
  });

  it('keeps a long line that only starts with a credit word', () => {
    const prose =
      'Redaktion: Das war die Antwort der Zeitung, nachdem sich Leserinnen und Leser über die Berichterstattung zum Haushalt beschwert hatten, und sie kam spät.';
    expect(clean(ARTICLE, prose).text).toBe(`${ARTICLE}\n\n${prose}`);
  });
});

describe('player info strips', () => {
  it('removes a strip that says until when a clip is offered', () => {
    const a = clean(
      ARTICLE,
      'Lokalstudio Nord. 03.05.2024. 01:45 Min.. Verfügbar bis 03.05.2026. Sender Online.',
      MORE,
    );
    expect(a.text).toBe(`${ARTICLE}\n\n${MORE}`);
    expect(reasons(a)).toEqual(['media-info']);
  });

  it('removes a programme line of parts split by " | " with a date and a clock time', () => {
    const a = clean(ARTICLE, 'Radio Nord | Nachrichten aus der Region | 03.05.2024 | 14:00 Uhr', MORE);
    expect(a.text).toBe(`${ARTICLE}\n\n${MORE}`);
    expect(reasons(a)).toEqual(['media-info']);
  });

  it('keeps prose saying until when something is available, and a line of pipes without a time', () => {
    const prose = 'Die Karten sind verfügbar bis Ende Mai, sagte die Sprecherin.';
    const pipes = 'Politik | Region | 03.05.2024';
    expect(clean(ARTICLE, prose, pipes).text).toBe(`${ARTICLE}\n\n${prose}\n\n${pipes}`);
  });

  it('removes the fallback text of a video player', () => {
    const a = clean(
      ARTICLE,
      'To view this video please enable JavaScript, and consider upgrading to a web browser that supports HTML5 video',
      MORE,
    );
    expect(a.text).toBe(`${ARTICLE}\n\n${MORE}`);
    expect(reasons(a)).toEqual(['player-notice']);
  });
});

describe('affiliate disclaimers and comment-box calls', () => {
  it('removes an affiliate disclaimer and a comment-box call, and keeps the article', () => {
    const a = clean(
      'Hinweis zu Affiliate-Links: Alle hier gezeigten Produkte wählt die Redaktion selbst aus. Kaufen Sie über einen Link, erhalten wir unter Umständen eine Vergütung.',
      ARTICLE,
      MORE,
      'Ihre Meinung zählt.',
    );
    expect(a.text).toBe(`${ARTICLE}\n\n${MORE}`);
    expect(reasons(a)).toEqual(['affiliate-notice', 'promotion']);
  });

  it('keeps prose about affiliate links that does not open with the disclaimer', () => {
    const prose = 'Viele Verlage verdienen inzwischen mit Affiliate-Links Geld, sagte die Medienforscherin.';
    expect(clean(ARTICLE, prose).text).toBe(`${ARTICLE}\n\n${prose}`);
  });
});

describe('provenance of a translated article', () => {
  it('removes the note that the article is a translation', () => {
    const a = clean(
      ARTICLE,
      MORE,
      'Dieser Artikel ist eine Übersetzung, im Original ist er in einer Wochenzeitung aus Wien erschienen.',
    );
    expect(a.text).toBe(`${ARTICLE}\n\n${MORE}`);
    expect(reasons(a)).toEqual(['provenance']);
  });
});

describe('photo credits opened by a lead without a colon', () => {
  const NEWS = 'The city council approved the budget for the coming year on Tuesday after a long debate.';
  it('removes "Photos by …/Agency, …" and "Fotos von …/dpa" as credits', () => {
    const en = clean('Photos by Anna Berg/Getty Images, Tom Dorn/Reuters, and Eva Frank/AP', NEWS);
    expect(en.text).toBe(NEWS);
    expect(reasons(en)).toEqual(['credit']);
    const de = clean('Fotos von Anna Beispiel/dpa und Carl Muster', ARTICLE);
    expect(de.text).toBe(ARTICLE);
    expect(reasons(de)).toEqual(['credit']);
  });

  it('keeps sentences that open with the same words but credit no one', () => {
    const en = 'Photos by fans show the singer on the stage of the old town hall.';
    expect(clean(en, NEWS).text).toBe(`${en}\n\n${NEWS}`);
    const de = 'Fotos von der Feier gingen am Abend viral.';
    expect(clean(de, ARTICLE).text).toBe(`${de}\n\n${ARTICLE}`);
  });
});
