import { describe, expect, it } from 'vitest';
import { checkedQuotes } from './support.js';

/** Quotes of one hand-written article: text → speaker. */
function quotesOf(language: string, text: string): [string, string | null][] {
  const quotes = checkedQuotes(text, language);
  return quotes.map((q) => [q.text, q.speaker]);
}

describe('speakers of German quotes', () => {
  it('finds the speaker before the quote ("X sagte: „…“")', () => {
    expect(
      quotesOf(
        'de',
        'Der Vorsitzende Richter Klaus Tolksdorf sagte: „Ohne feste Struktur war die Band nicht handlungsfähig.“',
      ),
    ).toEqual([['Ohne feste Struktur war die Band nicht handlungsfähig.', 'Klaus Tolksdorf']]);
  });

  it('finds the speaker after the verb in inverted order ("Der Zeitung sagte X: „…“")', () => {
    expect(
      quotesOf('de', 'Der Zeitung sagte Filep Karma: „Ich werde weiter für die Freiheit kämpfen.“'),
    ).toEqual([['Ich werde weiter für die Freiheit kämpfen.', 'Filep Karma']]);
  });

  it('finds the speaker after the quote („…“, sagte X / „…“, so X)', () => {
    expect(
      quotesOf(
        'de',
        'Die Regierung verhandelt weiter. „Wir werden keine weiteren Zugeständnisse machen“, sagte Finanzministerin Anna Berger am Montag. „Das Projekt ist gescheitert“, so Vereinschef Corny Littmann.',
      ),
    ).toEqual([
      ['Wir werden keine weiteren Zugeständnisse machen', 'Anna Berger'],
      ['Das Projekt ist gescheitert', 'Corny Littmann'],
    ]);
  });

  it('resolves a pronoun to the person named before ("sagte er: „…“")', () => {
    expect(
      quotesOf(
        'de',
        'Bürgermeister Hans Keller besuchte die Baustelle. Danach sagte er: „Die Arbeiten kommen gut voran.“',
      ),
    ).toEqual([['Die Arbeiten kommen gut voran.', 'Hans Keller']]);
  });

  it('resolves a role ("der Minister") to the person named with that role', () => {
    expect(
      quotesOf(
        'de',
        'Innenminister Peter Brandt besuchte am Montag die Grenze. Der Minister sagte: „Wir verstärken die Kontrollen deutlich.“',
      ),
    ).toEqual([['Wir verstärken die Kontrollen deutlich.', 'Peter Brandt']]);
  });

  it('keeps an unnamed role as written ("Ein Polizeisprecher sagte: „…“")', () => {
    expect(quotesOf('de', 'Ein Polizeisprecher sagte: „Die Lage ist unter Kontrolle.“')).toEqual([
      ['Die Lage ist unter Kontrolle.', 'Polizeisprecher'],
    ]);
  });

  it('does not take names, titles and works in quotation marks for quotes', () => {
    expect(
      quotesOf(
        'de',
        'Sie arbeitet im „Department of Vertebrate Zoology“ des Museums. Er las den Roman „Jeder stirbt für sich allein“ in einer Nacht. Die Zeitung „Le Monde“ berichtete ausführlich.',
      ),
    ).toEqual([]);
  });

  it('keeps a one-word quote with a verb of saying and its speaker, not a lone capitalised word', () => {
    expect(
      quotesOf(
        'de',
        'Innenminister Nicolas Sarkozy nannte die Randalierer „Gesindel“. Die Band „Tokio“ spielte danach.',
      ),
    ).toEqual([['Gesindel', 'Nicolas Sarkozy']]);
  });

  it('keeps lower-case wording without inventing a speaker for a noun before "sei"', () => {
    expect(quotesOf('de', 'Die Lage sei „völlig unrealistisch“ eingeschätzt worden.')).toEqual([
      ['völlig unrealistisch', null],
    ]);
  });
});

describe('speakers of German quotes: sources, frames and organisations', () => {
  it('takes the subject of the verb of saying nearest the quote ("kritisierte die Art …: So sagte X: „…“")', () => {
    expect(
      quotesOf(
        'de',
        'Auch die EU-Kommission kritisierte die Art und Weise scharf: So sagte Olli Rehn, EU-Kommissar: „Man ' +
          'kann der Bevölkerung nicht ein Gesetz vorsetzen.“ Das Nobelkomitee würdigte Obama als „großen ' +
          'Hoffnungsträger der Welt“.',
      ),
    ).toEqual([
      ['Man kann der Bevölkerung nicht ein Gesetz vorsetzen.', 'Olli Rehn'],
      ['großen Hoffnungsträger der Welt', 'Nobelkomitee'],
    ]);
  });

  it('gives the source of the sentence, not a thing before a verb, as the speaker ("Nach Angaben der Polizei …")', () => {
    expect(
      quotesOf(
        'de',
        'Nach Angaben der Staatsanwaltschaft Krefeld sei der Fall „in keiner Weise nachvollziehbar“ gewesen, ' +
          'erklärte der Fall.',
      )
        .filter(([text]) => text === 'in keiner Weise nachvollziehbar')
        .map(([, speaker]) => speaker),
    ).toEqual(['Staatsanwaltschaft Krefeld']);
  });

  it('takes an organisation after "das" as the speaker ("Dazu gab das russische Außenministerium bekannt: „…“")', () => {
    expect(
      quotesOf(
        'de',
        'Der Pilot wurde untersucht. Dazu gab das russische Außenministerium weiter bekannt: „Der Pilot machte ' +
          'Aussagen gegenüber der Staatsanwaltschaft.“',
      ),
    ).toEqual([
      ['Der Pilot machte Aussagen gegenüber der Staatsanwaltschaft.', 'russische Außenministerium'],
    ]);
  });

  it('gives a short quote inside reported speech the speaker of the frame, not a phrase after "und"', () => {
    expect(
      quotesOf(
        'de',
        'Vermutlich sei ein Stern vorbeigeflogen, habe ihr einen „Ruck“ verpasst und so das Entstehen des ' +
          'Planeten ausgelöst, sagte die Astronomin Jane Greaves.',
      ).filter(([text]) => text === 'Ruck'),
    ).toEqual([['Ruck', 'Jane Greaves']]);
  });

  it('gives a quote the document the sentence names ("So heißt es in dem Schreiben: „…“", "…“, heißt es in X")', () => {
    expect(
      quotesOf(
        'de',
        'Die Behörde schrieb der Mutter Anna Schulz einen Brief. So heißt es in dem Schreiben wörtlich: „Behandelt ' +
          'wird die Sicherstellung der Kinder.“ „Wir prüfen jeden Fall einzeln“, heißt es in einer Erklärung des Amtes.',
      ),
    ).toEqual([
      ['Behandelt wird die Sicherstellung der Kinder.', 'Schreiben'],
      ['Wir prüfen jeden Fall einzeln', 'Erklärung des Amtes'],
    ]);
  });
});

describe('speakers of German quotes: the sentence subject and word order', () => {
  it('takes the subject before any verb when no verb of saying frames the quote', () => {
    expect(
      quotesOf(
        'de',
        'Der Bürgermeister von New Orleans forderte alle Bewohner zum Rückzug auf, sonst „schütze sie Gott“.',
      ),
    ).toEqual([['schütze sie Gott', 'Bürgermeister']]);
  });

  it('takes the subject after the verb when an adverbial opens the sentence', () => {
    expect(
      quotesOf(
        'de',
        'Im Kongress warb Barack Obama für das Gesetz mit den Worten: „Das bedeutet den Bau neuer Atommeiler.“',
      ),
    ).toEqual([['Das bedeutet den Bau neuer Atommeiler.', 'Barack Obama']]);
  });

  it('never takes a phrase in an object case for the speaker ("griff sie den Präsidenten an")', () => {
    expect(
      quotesOf(
        'de',
        'Angela Merkel sprach in München. Dabei griff sie auch direkt den iranischen Präsidenten Mahmud Ahmadinedschad an: „Ein Präsident, der den Holocaust leugnet, kann keine Toleranz erwarten.“',
      ),
    ).toEqual([['Ein Präsident, der den Holocaust leugnet, kann keine Toleranz erwarten.', 'Angela Merkel']]);
  });

  it('reads a speaker after a full stop without a space ("betonte Struck.Gleichzeitig")', () => {
    expect(
      quotesOf(
        'de',
        '„Die Ziele des Widerstands sind verpflichtend“, betonte Peter Struck.Gleichzeitig legten 500 Rekruten ihr Gelöbnis ab.',
      ),
    ).toEqual([['Die Ziele des Widerstands sind verpflichtend', 'Peter Struck']]);
  });
});

describe('speakers of German quotes: objects and clauses that name no speaker', () => {
  it('skips a focus adverb before the subject and never takes the object after the verb ("Auch X äußerte Vorbehalte")', () => {
    expect(
      quotesOf(
        'de',
        'Auch die Familienministerin Renate Schmidt (SPD) äußerte Vorbehalte: „Ich gehe davon aus, dass nicht alle zustimmen.“',
      ),
    ).toEqual([['Ich gehe davon aus, dass nicht alle zustimmen.', 'Renate Schmidt']]);
  });

  it('gives a second verb of the sentence its subject ("X befand … und nannte Y „…“")', () => {
    expect(
      quotesOf(
        'de',
        'In seiner Stellungnahme befand der Premierminister Benjamin Netanyahu den Angriff als gerechtfertigt und nannte Trumps Angriffsauftrag „schnell, kraftvoll und entschieden“.',
      ),
    ).toEqual([['schnell, kraftvoll und entschieden', 'Benjamin Netanyahu']]);
  });

  it('reads "sie" after the verb as a possible object, not the speaker ("Der Hauptgeschäftsführer nannte sie „…“")', () => {
    expect(
      quotesOf(
        'de',
        'Die Ärztin Vera Herbst stellte die Studie vor. Der Hauptgeschäftsführer des Verbandes nannte sie „fahrlässig und unseriös“.',
      ),
    ).toEqual([['fahrlässig und unseriös', 'Hauptgeschäftsführer des Verbandes']]);
  });

  it('takes no speaker from a clause of the writer after a quote ("„…“, hierzu wolle man Aktien …")', () => {
    expect(
      quotesOf(
        'de',
        'Ein Sprecher von Tesla teilte mit: „Jeder soll fair bezahlt werden“, hierzu wolle man auch Aktien ausgeben.',
      ),
    ).toEqual([
      ['Jeder soll fair bezahlt werden', 'Sprecher'],
      ['hierzu wolle man auch Aktien ausgeben', 'Sprecher'],
    ]);
  });
});

describe('speakers of English quotes', () => {
  it('finds the speaker after the quote and a pronoun before it', () => {
    expect(
      quotesOf(
        'en',
        'Prime Minister Rishi Sunak visited the plant. He said: "We will keep the jobs here." "Nothing is decided yet," said Joe Biden on Monday.',
      ),
    ).toEqual([
      ['We will keep the jobs here.', 'Rishi Sunak'],
      ['Nothing is decided yet', 'Joe Biden'],
    ]);
  });

  it('does not take a name in quotation marks for a quote', () => {
    expect(quotesOf('en', 'She works at the "Department of Vertebrate Zoology" in London.')).toEqual([]);
  });
});

describe('a role the tables do not know, before a given name', () => {
  /** Quotes of one German article: text → speaker and role. */
  const withRoles = (text: string): [string | null, string | undefined][] =>
    checkedQuotes(text).map((q) => [q.speaker, q.role]);

  it('shows the words before a known given name as the role, the name as the speaker', () => {
    expect(withRoles('„Der Mai wird nass und kühl“, sagte Meteorologe Thomas Brauer am Freitag.')).toEqual([
      ['Thomas Brauer', 'Meteorologe'],
    ]);
  });

  it('keeps a name that opens with a given name whole, and a description after an article as it was', () => {
    expect(withRoles('„Das Bild ist verkauft“, sagte Gerd Harry Lübke am Freitag.')).toEqual([
      ['Gerd Harry Lübke', undefined],
    ]);
    // "der Leipziger" is a description, not a role the quote should show.
    expect(withRoles('„Das Bild ist verkauft“, sagte der Leipziger Thomas Brauer am Freitag.')).toEqual([
      ['Thomas Brauer', undefined],
    ]);
  });
});
