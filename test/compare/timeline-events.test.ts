import { describe, expect, it } from 'vitest';
import { findEvidence, type TimelineItem } from '../../src/compare/index.js';
import { fixtureArticles, textOf } from './support.js';

/** The timeline of one German article (lines of `text` joined by blank lines), every item checked against it. */
function timeline(lines: readonly string[], published = '2024-03-14'): readonly TimelineItem[] {
  const articles = fixtureArticles('de', [{ id: 'a', text: lines.join('\n\n'), published }]);
  const items = findEvidence(articles).timeline;
  for (const t of items) {
    expect(textOf(articles, t)).toBe(t.text);
    for (const s of t.sources) expect(s.text).toContain(s.dateText);
  }
  return items;
}

const texts = (items: readonly TimelineItem[]): string[] => items.map((t) => t.text);

/** Double quotation marks and round brackets of a passage that have no partner inside it. */
function unpairedMarks(text: string): number {
  let ascii = 0;
  let german = 0;
  let guillemets = 0;
  let brackets = 0;
  for (const c of text) {
    if (c === '"') ascii++;
    else if (c === '„') german++;
    else if (c === '“') german--;
    else if (c === '»') guillemets++;
    else if (c === '«') guillemets--;
    else if (c === '(') brackets++;
    else if (c === ')') brackets--;
  }
  return (ascii % 2) + Math.abs(german) + Math.abs(guillemets) + Math.abs(brackets);
}

describe('time stamps of a page are no events', () => {
  const items = timeline([
    'Stadtwerke erhöhen die Preise für Strom und Gas',
    '14.03.2024, 08:15 Uhr',
    'Die Stadtwerke haben am Mittwoch neue Tarife für Strom und Gas angekündigt, die ab April gelten.',
    'Der alte Vertrag mit dem Versorger war im Jahr 2019 ausgelaufen.',
    'Aktualisiert am 14.03.2024, 10:02 Uhr',
    'Stadtfest 2024 eröffnet',
    'Verfügbar bis 14.03.2025',
    'Mehr zum Thema | Energie | 13.03.2024 | Lesedauer 3 Min',
  ]);

  it('leaves out stamp lines: a date and time alone, "Aktualisiert am …", "Verfügbar bis …", a navigation part', () => {
    expect(texts(items).filter((t) => /^\d|Aktualisiert|Verfügbar|Lesedauer/u.test(t))).toEqual([]);
    expect(items.map((t) => t.date)).not.toContain('2025-03-14');
    expect(items.filter((t) => t.date === '2024-03-14')).toEqual([]);
  });

  it('keeps the events around them, and a short headline with a verb', () => {
    expect(texts(items)).toContain(
      'Die Stadtwerke haben am Mittwoch neue Tarife für Strom und Gas angekündigt, die ab April gelten',
    );
    expect(items.find((t) => t.date === '2019')?.text).toBe(
      'Der alte Vertrag mit dem Versorger war im Jahr 2019 ausgelaufen',
    );
    expect(items.find((t) => t.date === '2024')?.text).toBe('Stadtfest 2024 eröffnet');
  });
});

describe('the end of a span is no event date', () => {
  const items = timeline(
    [
      'Von 2018 bis 2021 sank die Zahl der Betriebe im Landkreis deutlich.',
      'Zwischen 1995 und 2005 wuchs die Stadt um ein Drittel.',
      'Die Brücke über den Fluss bleibt bis heute für Lastwagen gesperrt.',
      'Die Firma will ihren Umsatz bis 2030 verdoppeln.',
      'Die Messe fand 2015 und 2017 in Leipzig statt.',
      'Am 20. und 21. April tagt der Kreistag in der Stadthalle.',
      'Die Ausstellung läuft von Montag, den 6. Mai bis Sonntag, den 12. Mai 2024 im Rathaus.',
      'Die Sitzung am Freitag, 22. März, dauerte lange.',
    ],
    '2024-03-14',
  );
  const dates = items.map((t) => t.date);

  it('leaves out a span of years, a trend ("von 2018 bis 2021", "zwischen 1995 und 2005"); "bis heute" is a state', () => {
    expect(dates).not.toContain('2018');
    expect(dates).not.toContain('1995');
    expect(dates).not.toContain('2021');
    expect(dates).not.toContain('2005');
    expect(dates).not.toContain('2024-03-14');
  });

  it('tells "am 20. und 21. April" and "bis Sonntag, den 12. Mai" at their start; a weekday with its date is one', () => {
    expect(dates).toContain('2024-04-20');
    expect(dates).not.toContain('2024-04-21');
    expect(dates).toContain('2024-05-06');
    expect(dates).not.toContain('2024-05-12');
    expect(items.filter((t) => t.text.includes('Sitzung')).map((t) => t.date)).toEqual(['2024-03-22']);
  });

  it('leaves out a target ("bis 2030 verdoppeln"), keeps two dates joined without a span opener', () => {
    expect(dates).not.toContain('2030');
    expect(dates).toContain('2015');
    expect(dates).toContain('2017');
  });
});

describe('the present before a number is a state, no event', () => {
  const items = timeline(
    [
      'Der heute 58-jährige Kandidat tritt gegen den Amtsinhaber an.',
      'Die Sängerin, heute 51 Jahre alt, lebt in Hamburg.',
      'Heute 10 Uhr beginnt die Sitzung des Stadtrats im Rathaus.',
      'Der Stadtrat hat heute den Haushalt für das kommende Jahr beschlossen.',
    ],
    '2024-03-14',
  );

  it('leaves out "der heute 58-jährige", "heute 51 Jahre alt"; keeps a clock time and an act of today', () => {
    const today = texts(items.filter((t) => t.date === '2024-03-14'));
    expect(today.filter((t) => /jährige|Jahre alt/u.test(t))).toEqual([]);
    expect(today.some((t) => t.startsWith('Heute 10 Uhr beginnt'))).toBe(true);
    expect(today).toContain('Der Stadtrat hat heute den Haushalt für das kommende Jahr beschlossen');
  });
});

describe('the present as a state is no event', () => {
  const items = timeline(
    [
      'Heute ist die frühere Werft ein Wohnviertel mit vielen Cafés.',
      'Der einstige Bürgermeister ist heute Landrat im Nachbarkreis.',
      'Schon heute fehlen der Klinik zwanzig Pflegekräfte.',
      'Die Zahl der Besucher lag wie heute bei einigen Hundert am Tag.',
      'Heute regnet es im Frühjahr meist weniger als vor fünfzig Jahren.',
      'Heute, zwanzig Jahre später, zählt der Verein über tausend Mitglieder.',
      // "später" with a combining diaeresis, as some pages keep it
      'Heute, viele Jahre spa\u0308ter, fahren dort wieder Boote.',
      'Die Ministerin eröffnet heute die neue Brücke über den Kanal.',
      'Heute gibt es auf dem Marktplatz eine Kundgebung.',
      'Die Geschäfte schließen heute früher als sonst.',
      'Der Kreistag hat heute den Bau einer zweiten Schule beschlossen.',
      'Die Polizei teilte mit, dass der Verdächtige heute gefasst worden ist.',
    ],
    '2024-03-14',
  );
  const today = texts(items.filter((t) => t.date === '2024-03-14'));

  it('leaves out "heute" with a state verb, after "schon" or "wie", and with a word of habit or contrast', () => {
    expect(today.filter((t) => /Werft|Landrat|Pflegekräfte|Besucher|regnet|Verein|Boote/u.test(t))).toEqual(
      [],
    );
  });

  it('keeps an act of today, one told in the perfect and one in a clause of its own', () => {
    expect(today).toContain('Die Ministerin eröffnet heute die neue Brücke über den Kanal');
    expect(today).toContain('Heute gibt es auf dem Marktplatz eine Kundgebung');
    expect(today).toContain('Die Geschäfte schließen heute früher als sonst');
    expect(today).toContain('Der Kreistag hat heute den Bau einer zweiten Schule beschlossen');
    expect(today.some((t) => t.includes('Verdächtige heute gefasst'))).toBe(true);
  });
});

describe('a year inside a name, and a count before a noun, are no event dates', () => {
  const items = timeline(
    [
      'Die Anmeldungen für den Stadtlauf 2024 sind ausverkauft.',
      // (not the last line: a heading at the end of a text, with nothing under it, is a related article's title)
      'Stadtfest 2023 eröffnet',
      'Die Stadt richtet ihre Planung an der Agenda 2030 aus.',
      'Pokalsieger 2024: Der Turnverein gewinnt im Elfmeterschießen',
      'Mit gezählten 1950 Einsätzen war die Wache die fleißigste im Land.',
      'Rund 2000 Menschen kamen zum Konzert auf dem Marktplatz.',
      'Die Zahl der Unfälle ist seit der Finanzkrise 2008 gesunken.',
      'Der Verband will sein Angebot 2025 erweitern.',
      'Die Gemeinde ließ den Turm 1950 abreißen.',
      'Bis zum Jahresende 2027 soll der Tunnel fertig sein.',
    ],
    '2024-03-14',
  );
  const dates = items.map((t) => t.date);

  it('leaves out a year after a noun with its article, a label line and a count', () => {
    expect(texts(items).filter((t) => /Stadtlauf|Agenda|Pokalsieger|Einsätzen|Konzert/u.test(t))).toEqual([]);
    expect(dates).not.toContain('2000');
    expect(dates).not.toContain('2030');
  });

  it('keeps an earlier year after a noun, a year of an act, a headline with a verb', () => {
    expect(dates).toContain('2008');
    expect(dates).toContain('1950');
    expect(dates).toContain('2023');
  });

  it('leaves out a year of a plan after the article\'s own ("will 2025 erweitern", "bis zum Jahresende 2027")', () => {
    expect(dates).not.toContain('2025');
    expect(dates).not.toContain('2027');
  });
});

describe('a shortened passage is never cut inside a quotation or after a stop word', () => {
  const items = timeline(
    [
      'Die Feuerwehr hatte am Dienstag einen Großbrand in einer Lagerhalle am südlichen Stadtrand gelöscht, was der Bürgermeister als "eine große Leistung aller Einsatzkräfte unter schwierigsten Bedingungen bei starkem Wind" bezeichnete.',
      '"Wir haben die Lage an der Lagerhalle inzwischen vollständig im Griff und werden die gesperrte Straße in den nächsten Stunden wieder für den Verkehr freigeben", sagte ein Sprecher der Feuerwehr am Donnerstag.',
      'Der Minister nannte den Plan am Freitag "mutig".',
      'Am Montag begann in der Innenstadt der Abriss des alten Kaufhauses mit schweren Baggern und großen Kränen unter den Augen vieler Schaulustiger und der Anwohner aus der Nachbarschaft.',
    ],
    '2024-03-16',
  );

  it('ends before a quotation left open, at the comma before it', () => {
    expect(items.find((t) => t.date === '2024-03-12')?.text).toBe(
      'Die Feuerwehr hatte am Dienstag einen Großbrand in einer Lagerhalle am südlichen Stadtrand gelöscht',
    );
  });

  it('begins after a quotation whose start was cut off', () => {
    expect(items.find((t) => t.date === '2024-03-14')?.text).toBe(
      'sagte ein Sprecher der Feuerwehr am Donnerstag',
    );
  });

  it('keeps a quotation that closes inside the passage, closing mark included', () => {
    expect(items.find((t) => t.date === '2024-03-15')?.text).toBe(
      'Der Minister nannte den Plan am Freitag "mutig"',
    );
  });

  it('does not end on a stop word when cut at the word limit', () => {
    expect(items.find((t) => t.text.startsWith('Am Montag'))?.text).toMatch(/vieler Schaulustiger$/u);
  });

  it('leaves no quotation mark or bracket without its partner', () => {
    for (const t of items) expect(unpairedMarks(t.text)).toBe(0);
  });
});

describe('a date that bounds a state or is a target is no event date', () => {
  const items = timeline(
    [
      'Die Bürgermeisterin ist seit 2016 im Amt und kandidiert erneut.',
      'Das neue Ticket ist ab dem 2. April an allen Automaten erhältlich.',
      'Der Verband rechnet für das Jahr 2026 mit weniger Aufträgen.',
      'Das Werk soll bis Ende 2027 klimaneutral werden.',
      'Die Gemeinde will vor 2040 alle Ölheizungen ersetzen.',
      'Nach 2012 wurde die Brücke nicht mehr geprüft.',
      'Die Bürgermeisterin wurde 2016 zum ersten Mal gewählt.',
      'Am 2. April eröffnete der Verkehrsverbund die neue Linie.',
    ],
    '2024-03-14',
  );
  const dates = items.map((t) => t.date);

  it('leaves out "seit 2016", "ab dem 2. April", "für das Jahr 2026", "bis Ende 2027", "vor 2040", "nach 2012"', () => {
    expect(
      texts(items).filter((t) => /seit|ab dem|für das Jahr|bis Ende|vor 2040|Nach 2012/u.test(t)),
    ).toEqual([]);
    for (const d of ['2026', '2027', '2040', '2012']) expect(dates).not.toContain(d);
  });

  it('keeps the events of the same dates', () => {
    expect(items.find((t) => t.date === '2016')?.text).toBe(
      'Die Bürgermeisterin wurde 2016 zum ersten Mal gewählt',
    );
    expect(items.find((t) => t.date === '2024-04-02')?.text).toBe(
      'Am 2. April eröffnete der Verkehrsverbund die neue Linie',
    );
  });
});

describe("a year or a month after the article's own is a plan, no event; a day after it is an appointment", () => {
  const items = timeline(
    [
      'Die Ministerin könnte 2026 in die Bundespolitik wechseln.',
      'Die neue Halle soll im Juni fertig werden.',
      'Im Februar hatte der Rat den Bau der Halle beschlossen.',
      'Am Freitag beginnt das Frühlingsfest auf dem Messeplatz.',
    ],
    '2024-03-14',
  );
  const dates = items.map((t) => t.date);

  it('leaves out "2026" and "im Juni" of a text of March 2024, keeps "im Februar" and "am Freitag"', () => {
    expect(dates).not.toContain('2026');
    expect(dates).not.toContain('2024-06');
    expect(dates).toContain('2024-02');
    expect(dates).toContain('2024-03-15');
  });
});

describe('a weekday named by the date after it is that date, and a number of units is no year', () => {
  const items = timeline(
    [
      'Das Turnier beginnt am Freitag (26. April) mit dem Spiel der Gastgeber.',
      'Das Feuer zerstörte eine Halle mit einer Fläche von 1900 Quadratmetern.',
      'Der Stadtrat berät am Dienstag (ab 18 Uhr) über den Haushalt.',
    ],
    '2024-03-14',
  );

  it('dates "am Freitag (26. April)" on the 26th of April only', () => {
    expect(items.filter((t) => t.text.includes('Turnier')).map((t) => t.date)).toEqual(['2024-04-26']);
  });

  it('keeps a weekday with a clock time after it ("am Dienstag (ab 18 Uhr)")', () => {
    expect(items.filter((t) => t.text.includes('Stadtrat'))).toHaveLength(1);
  });

  it('leaves out "von 1900 Quadratmetern"', () => {
    expect(items.map((t) => t.date)).not.toContain('1900');
  });
});

describe('a passage is one clause of one sentence, without a leading subordinator', () => {
  const items = timeline(
    [
      'Der Verein hat viele neue Mitglieder gewonnen, nachdem er im Mai 2023 einen zweiten Platz gebaut hatte.',
      'Der Trainer sagte: „Wir haben lange gewartet. Im Juni 2022 kam endlich die Zusage der Stadt. Dann ging es los.“',
      'Als der Sturm am 3. März 2024 das Dach abdeckte, war niemand in der Halle.',
      'Die Sprecherin sagte „Prof. Weber hat am 4. März 2024 den Bericht vorgelegt“ und schwieg dann.',
    ],
    '2024-03-14',
  );

  it('begins after "nachdem" when the clause is cut from the middle of its sentence', () => {
    expect(items.find((t) => t.date === '2023-05')?.text).toBe(
      'er im Mai 2023 einen zweiten Platz gebaut hatte',
    );
  });

  it('keeps to the quoted sentence that holds the date', () => {
    expect(items.find((t) => t.date === '2022-06')?.text).toBe(
      'Im Juni 2022 kam endlich die Zusage der Stadt',
    );
  });

  it('keeps a subordinate clause that opens its sentence, and an abbreviation inside the passage', () => {
    expect(items.find((t) => t.date === '2024-03-03')?.text).toBe(
      'Als der Sturm am 3. März 2024 das Dach abdeckte, war niemand in der Halle',
    );
    expect(items.find((t) => t.date === '2024-03-04')?.text).toContain('Prof. Weber hat am 4. März 2024');
  });
});

describe('an event told by several sources is shown in the passage that stands alone', () => {
  const articles = fixtureArticles('de', [
    {
      id: 'a',
      text: 'Und das Treffen im Rathaus ging ruhiger zu Ende als der Streit um den Hafen im Februar.',
      published: '2024-03-14',
    },
    {
      id: 'b',
      text: 'Im Februar hatte der Rat im Streit um den Hafen die Sitzung abgebrochen.',
      published: '2024-03-14',
    },
  ]);
  const items = findEvidence(articles).timeline;
  const february = items.find((t) => t.date === '2024-02');

  it('takes the second source\'s passage when the first opens with "Und", and cites both', () => {
    expect(february?.text).toBe('Im Februar hatte der Rat im Streit um den Hafen die Sitzung abgebrochen');
    expect(february?.article).toBe('b');
    expect(february && textOf(articles, february)).toBe(february?.text);
    expect(february?.sources.map((s) => s.article)).toEqual(['a', 'b']);
  });

  it('takes a clause cut from its sentence (in lower case) for one that does not stand alone', () => {
    const cut = fixtureArticles('de', [
      {
        id: 'a',
        text: 'Der Rat tagte bis in die Nacht, weil im Februar der Streit um den Hafen eskaliert war.',
        published: '2024-03-14',
      },
      { id: 'b', text: (articles[1] as (typeof articles)[number]).text, published: '2024-03-14' },
    ]);
    const item = findEvidence(cut).timeline.find((t) => t.date === '2024-02');
    expect(item?.sources.map((s) => s.article)).toEqual(['a', 'b']);
    expect(item?.article).toBe('b');
  });

  it('keeps the first passage when no source has one that stands alone', () => {
    const first = articles[0] as (typeof articles)[number];
    const alone = fixtureArticles('de', [{ id: 'a', text: first.text, published: '2024-03-14' }]);
    const [only] = findEvidence(alone).timeline.filter((t) => t.date === '2024-02');
    expect(only?.text.startsWith('Und das Treffen')).toBe(true);
  });
});

describe('a relative year or month with a finer date in its sentence', () => {
  it('is no event of its own: the finer date tells when ("am Mittwoch … mit Jahresende scheidenden")', () => {
    const items = timeline([
      'Die Mitgliedstaaten haben Anna Berger am Mittwoch in Kelby zur Nachfolgerin des mit Jahresende aus dem Amt scheidenden Direktors gewählt.',
    ]);
    expect(items.map((t) => t.date)).toEqual(['2024-03-13']);
  });

  it('stays when the year is written in digits ("2001 eingereicht … im September")', () => {
    const items = timeline([
      'Die Klage wurde 2001 eingereicht, doch die Suche nach den Tätern ging weiter, noch im September 2001 gab es Eingaben.',
    ]);
    expect(items.map((t) => t.date)).toEqual(['2001', '2001-09']);
  });
});

// Found on a Fundus page: "Etwa 18 Monate später erschienen die Nachfolger im August 2022" was listed under 2022-07
// (counted from January 2021) and again under 2022-08.
describe('a date counted from another beside a date stated in full in its sentence', () => {
  it('is no event of its own when the two are one unit apart ("etwa 18 Monate später … im August 2022")', () => {
    const items = timeline([
      'Die ersten Kopfhörer der Reihe kamen im Januar 2021 auf den Markt.',
      'Etwa 18 Monate später erschienen die Nachfolger im August 2022.',
    ]);
    expect(items.map((t) => t.date)).toEqual(['2021-01', '2022-08']);
  });

  it('stays when the two lie farther apart: two events ("2013 gewählt, vier Jahre später wiedergewählt")', () => {
    const items = timeline([
      'Der Präsident wurde 2013 zum ersten Mal gewählt und vier Jahre später im Amt bestätigt.',
    ]);
    expect(items.map((t) => t.date)).toEqual(['2013', '2017']);
  });
});

// Found on Multi-News: a page that embeds reactions on Twitter listed eight of them ("— Thomas Rainer
// (@ThomasRainerDC) July 5, 2016") as the events of 2016-07-05.
describe('the date of an embedded social post', () => {
  const english = (text: string): readonly TimelineItem[] => {
    const articles = fixtureArticles('en', [{ id: 'a', text, published: '2016-07-06' }]);
    const items = findEvidence(articles).timeline;
    for (const t of items) expect(textOf(articles, t)).toBe(t.text);
    return items;
  };

  it("is no event: it tells when the post was sent, after its author's handle", () => {
    const items = english(
      [
        'The annual concert was held on the National Mall on July 4.',
        'Only in DC could a PBS show become a scandal #capitolfourth — Jane Doe (@janedoe) July 5, 2016',
        'It was a fraudulent thing to do. — Ben Anderson (@AndStrats) July 5, 2016',
        'A post shared by Tom Berry (@tom.berry) on Jul 5, 2016 at 7:12pm PDT',
      ].join('\n\n'),
    );
    expect(items.map((t) => t.date)).toEqual(['2016-07-04']);
  });

  // Found on Multi-News: "The couple met on “Saturday Night Live” …" listed under the Saturday before publication.
  it('is no weekday when a capitalised part of the day follows it in English: a name ("Saturday Night Live")', () => {
    const items = english(
      'The couple met on "Saturday Night Live" in May. He watched Friday Night Lights on Monday night. Police said Tuesday Graham was one of three men.',
    );
    expect(items.map((t) => [t.date, t.sources[0]?.dateText])).toEqual([
      ['2016-05', 'May'],
      ['2016-07-04', 'Monday night'],
      ['2016-07-05', 'Tuesday'],
    ]);
  });

  it('stays an event when no handle stands right before it (negative)', () => {
    const items = english(
      'Jane Doe (a reporter for the Post) said the show was taped. On July 5, 2016, PBS apologised.',
    );
    expect(items.map((t) => t.date)).toEqual(['2016-07-05']);
  });
});
