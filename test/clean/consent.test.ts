import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CleanArticle } from '../../src/core/types.js';
import { cleanDocument, normaliseCleanOptions } from '../../src/clean/index.js';
import { splitLine } from '../../src/clean/clean.js';
import { sentenceEnds } from '../../src/clean/consent.js';
import { toLines } from '../../src/clean/lines.js';

const options = normaliseCleanOptions();
const clean = (text: string): CleanArticle =>
  cleanDocument({ id: 'doc', format: 'text', text, meta: {}, removed: [] }, options);
const consentRemoved = (a: CleanArticle): string[] =>
  a.removed.filter((r) => r.reason === 'consent-notice').map((r) => r.text);

// Notices written for these tests after the pattern of banners on German and English news pages.
const DE_BANNER =
  'Um die Funktion unserer Website zu verbessern und Ihnen passende Werbung anzuzeigen, sammeln wir anonymisierte Informationen über Sie, auch mit Werkzeugen unserer Partner. Für Einzelheiten zur Datenverarbeitung siehe Datenschutzerklärung.';
const DE_COOKIES =
  'Diese Seite verwendet Cookies. Sie stimmen der Verwendung von Cookies durch Klicken auf "OK" zu. Mehr dazu finden Sie in unseren Datenschutzhinweisen.';
const EN_FORM = 'By submitting this form, you agree to our privacy policy.';
const DE_NEWS =
  'Der Bundesrat hat am Freitag beschlossen, die Ausfuhr von Schutzmasken vorerst zu beschränken. Die Regel gilt ab Montag.';

describe('consent notices inside a line', () => {
  it('cuts a banner glued between a title and the article, and keeps both sides joined by one space', () => {
    const line = `Schweiz beschränkt Ausfuhr von Schutzmasken ${DE_BANNER} ${DE_NEWS}`;
    const a = clean(line);
    expect(a.text).toBe(`Schweiz beschränkt Ausfuhr von Schutzmasken ${DE_NEWS}`);
    expect(consentRemoved(a)).toEqual([DE_BANNER]);
  });

  it('splits glued sentences ("Datenschutzerklärung.Details") and glued words ("InformationenDieses")', () => {
    const glued = `${DE_BANNER.replace(/\.$/u, '')}.Details zu den Techniken stehen in den Regeln der Cookie-Nutzung.${DE_NEWS}`;
    expect(clean(`Masken werden knapp ${glued}`).text).toBe(`Masken werden knapp ${DE_NEWS}`);
    const a = clean(
      `Kogler mahnt Freizeitsportler - News Cookie-InformationenDiese Seite verwendet Cookies. ${DE_COOKIES}`,
    );
    expect(a.text).toBe('Kogler mahnt Freizeitsportler');
    expect(consentRemoved(a)[0]).toMatch(/^- News Cookie-InformationenDiese Seite verwendet Cookies\./u);
  });

  it('removes a run in the middle of a line and keeps the sentences before and after', () => {
    const before = 'Die Polizei sperrte die Straße am Morgen für mehrere Stunden.';
    const a = clean(`${before} ${DE_COOKIES} ${DE_NEWS}`);
    expect(a.text).toBe(`${before} ${DE_NEWS}`);
    expect(a.removed).toEqual([{ text: DE_COOKIES, reason: 'consent-notice', rule: 'consent-notice' }]);
  });

  it('removes every run of a line, and a line that is only a notice whole', () => {
    const form =
      'Kommentarprofil anlegen Ich habe die Netiquette und die Datenschutzbestimmungen gelesen und akzeptiere Sie.';
    const middle = 'Rund 42 000 Menschen harren in den Lagern auf den Inseln aus.';
    const a = clean(`${DE_NEWS} ${form} ${middle} ${form}\n\n${DE_COOKIES}`);
    expect(a.text).toBe(`${DE_NEWS} Kommentarprofil anlegen ${middle} Kommentarprofil anlegen`);
    expect(consentRemoved(a)).toHaveLength(3);
    expect(consentRemoved(a)[2]).toBe(DE_COOKIES);
  });

  it('removes English sign-up and cookie notices', () => {
    const news = 'The president signed the bill on Monday, officials said.';
    expect(clean(`${news} ${EN_FORM}`).text).toBe(news);
    const cookies =
      'To use this website, cookies must be enabled in your browser. To enable cookies, follow the steps below.';
    expect(clean(`${cookies}\n\n${news}`).text).toBe(news);
  });

  it('keeps news sentences about data protection, consent and cookies', () => {
    const kept = [
      'Zahl der DSGVO-Bußgelder deutlich gestiegen Im Jahr 2019 wurden auf der Grundlage der Datenschutzgrundverordnung (DSGVO) 185 Bußgelder auferlegt. Das zeigt eine Umfrage unter den Datenschutzbeauftragten der Länder.',
      'Die Nutzer müssen der neuen Datenschutzerklärung zustimmen, kritisierten Verbraucherschützer am Dienstag.',
      'Sie akzeptieren also die Entscheidung des Gerichts? Ja, wir akzeptieren sie.',
      'The regulator said the company had shared the personal data of millions of users without their consent.',
      'He shall have power, by and with the advice and consent of the Senate, to make treaties.',
      'Girl Scout cookies sold out within hours on the website of the troop, its leader said.',
    ];
    for (const text of kept) {
      const a = clean(text);
      expect(a.text, text).toBe(text);
      expect(consentRemoved(a)).toEqual([]);
    }
  });
});

describe('ad markers inside a line', () => {
  it('removes "Anzeige Anzeige" and "Weiterlesen nach der Anzeige" with their reason, keeping a lone "Anzeige"', () => {
    const a = clean(
      'Affenhaus im Zoo abgebrannt Anzeige Anzeige Krefeld. Im Zoo brannte in der Nacht das Affenhaus. Weiterlesen nach der Anzeige Anzeige Der Zoo erstattete Anzeige gegen Unbekannt.',
    );
    expect(a.text).toBe(
      'Affenhaus im Zoo abgebrannt Krefeld. Im Zoo brannte in der Nacht das Affenhaus. Der Zoo erstattete Anzeige gegen Unbekannt.',
    );
    expect(a.removed.map((r) => [r.text, r.reason])).toEqual([
      ['Anzeige Anzeige', 'advertisement'],
      ['Weiterlesen nach der Anzeige Anzeige', 'advertisement'],
    ]);
  });

  it('removes a line of only markers whole, and a notice with a marker inside as one part', () => {
    expect(clean('Weiterlesen nach der Anzeige').removed).toEqual([
      { text: 'Weiterlesen nach der Anzeige', reason: 'advertisement', rule: 'consent-notice' },
    ]);
    const a = clean(`${DE_NEWS} Anzeige Anzeige ${DE_COOKIES}`);
    expect(a.text).toBe(DE_NEWS);
    expect(a.removed.map((r) => r.reason)).toEqual(['advertisement', 'consent-notice']);
  });
});

describe('sharing strips inside a line (English tables)', () => {
  it('removes "Tweet View Comments" glued in front of a paragraph and keeps the paragraph', () => {
    const para =
      '"Next Tuesday, the governor will skip the debate and hold a town hall meeting instead," the campaign manager said in a statement.';
    const a = clean(`Tweet View Comments ${para}`);
    expect(a.text).toBe(para);
    expect(a.removed.map((r) => [r.text, r.reason])).toEqual([['Tweet View Comments', 'social-widget']]);
  });
});

describe('splitLine', () => {
  it('joins the pieces around a part cut from the middle with one space and keeps the part', () => {
    const [line] = toLines('Vorher.  Mitte hier.  Nachher.');
    if (!line) throw new Error('no line');
    const start = line.text.indexOf('Mitte');
    const split = splitLine(line, {
      reason: 'x',
      rule: 'y',
      parts: [{ start, end: start + 'Mitte hier.'.length }],
    });
    expect(split).toEqual({
      kept: 'Vorher. Nachher.',
      removed: [{ text: 'Mitte hier.', reason: 'x', rule: 'y' }],
    });
  });
});

describe('cleaning lines with consent runs is idempotent', () => {
  const news = fc.constantFrom(
    'Der Bundesrat hat am Freitag die Ausfuhr von Schutzmasken vorerst beschränkt.',
    'Die Polizei sperrte die Straße am Morgen für mehrere Stunden.',
    'Rund 42 000 Menschen harren in den Lagern auf den Inseln aus.',
    'The president signed the bill on Monday, officials said.',
    'Im Jahr 2019 wurden auf der Grundlage der Datenschutzgrundverordnung 185 Bußgelder auferlegt.',
    'Die Nutzer müssen der neuen Datenschutzerklärung zustimmen, kritisierten Verbraucherschützer.',
    'Schweiz beschränkt Ausfuhr von Schutzmasken',
  );
  const notice = fc.constantFrom(
    DE_BANNER,
    DE_COOKIES,
    EN_FORM,
    'Ihre Zustimmung können Sie jederzeit widerrufen, wie in den Datenschutzrichtlinien beschrieben.',
    'gen.',
    '- News Cookie-Informationen',
    'Anzeige Anzeige',
    'Weiterlesen nach der Anzeige',
  );
  const piece = fc.oneof(news, notice);
  const line = fc
    .tuple(fc.array(piece, { minLength: 1, maxLength: 6 }), fc.constantFrom(' ', '', ' - '))
    .map(([pieces, glue]) => pieces.join(glue));

  it('clean(clean(x)) has the text of clean(x), and every removed piece is text of the input (property)', () => {
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 4 }), (lines) => {
        const input = lines.join('\n\n');
        const once = clean(input);
        expect(clean(once.text).text).toBe(once.text);
        for (const r of once.removed) expect(input).toContain(r.text);
      }),
      { numRuns: 500 },
    );
  });
});

describe('the consent line of a newsletter form', () => {
  it('removes "Mit der Anmeldung willigen Sie der Verarbeitung Ihrer Daten … ein" and keeps the article', () => {
    const form =
      'Mit Ihrer Anmeldung willigen Sie der Verarbeitung Ihrer Daten gemäß unserer Datenschutzerklärung ein.';
    const a = clean(`${DE_NEWS}\n\n${form}`);
    expect(a.text).toBe(DE_NEWS);
    expect(consentRemoved(a)).toEqual([form]);
  });

  it('keeps a sentence of news that uses the verb "einwilligen"', () => {
    const news =
      'Nach langen Verhandlungen willigte die Gewerkschaft ein, ihre Daten zur Verarbeitung der Anträge offenzulegen.';
    expect(clean(`${DE_NEWS}\n\n${news}`).text).toBe(`${DE_NEWS}\n\n${news}`);
  });
});

/** The pattern `sentenceEnds` replaces (quadratic in a run of end marks that no space or capital follows). */
const SENTENCE_END = /[.!?…]+["'“”„«»)\]*]*(?=\s|\p{Lu})/gu;

describe('sentenceEnds: where the sentences of a notice end, in one pass', () => {
  it('finds ends after marks and closing quotes where a space or a capital follows, glued ones too', () => {
    const text = 'Siehe Datenschutzerklärung.Details folgen. „Ja!“ Nein… und?x';
    expect(sentenceEnds(text)).toEqual([27, 42, 48, 54]);
  });

  it('gives what the pattern gives on any line of marks, closers, letters and spaces (property)', () => {
    const unit = fc.constantFrom(
      '.',
      '!',
      '?',
      '…',
      '"',
      '“',
      '»',
      ')',
      ']',
      '*',
      ' ',
      'a',
      'A',
      'Ä',
      '\u{1D400}',
      '\uD835',
    );
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 24 }), (line) => {
        expect(sentenceEnds(line)).toEqual(
          [...line.matchAll(SENTENCE_END)].map((m) => m.index + m[0].length),
        );
      }),
      { numRuns: 5000 },
    );
  });

  it('cleans a cookie notice followed by 64 000 ellipses (the pattern: about 30 s)', () => {
    const line = `${DE_COOKIES} ${'…'.repeat(64_000)}x`;
    expect(sentenceEnds(line)).toEqual([30, 96, 150]);
    const a = clean(`${DE_NEWS}\n${line}`);
    expect(a.text.startsWith(DE_NEWS)).toBe(true);
  });
});
