import { describe, expect, it } from 'vitest';
import { checkedQuotes, quoteSpeakerOf as speakerOf } from './support.js';

describe('a plural noun after a role word', () => {
  it('is no name when the article writes the noun in the singular ("laut der Politikerin Lücken")', () => {
    const text =
      'Der Plan liegt vor. Mara Quell sieht eine Lücke im Gesetz. Bei sensiblen Daten bestünden laut der ' +
      'Forschungs-Politikerin Lücken. Problematisch sei „der schleppende Aufbau“ der Plattform.';
    const quotes = checkedQuotes(text);
    expect(quotes.map((q) => q.speaker)).not.toContain('Lücken');
    // The role alone stands for the one woman named in the sentence before.
    expect(speakerOf(text, 'schleppende Aufbau')).toBe('Mara Quell');
  });

  it('leaves the role without a name when no one is named before it', () => {
    const text =
      'Der Plan liegt vor. Die Lücke ist bekannt. Bei sensiblen Daten bestünden laut der Forschungs-Politikerin ' +
      'Lücken. Problematisch sei „der schleppende Aufbau“ der Plattform.';
    expect(speakerOf(text, 'schleppende Aufbau')).toBe('Forschungs-Politikerin');
  });

  it('still is a name when the article has no such singular ("laut der Politikerin Talo Lücken")', () => {
    const text =
      'Der Plan liegt vor. Bei sensiblen Daten bestünden laut der Forschungs-Politikerin Mara Lücken große Mängel. ' +
      'Problematisch sei „der schleppende Aufbau“ der Plattform.';
    expect(speakerOf(text, 'schleppende Aufbau')).toBe('Mara Lücken');
  });
});

describe('a quote after "als" in a passive clause whose participle is left out', () => {
  it('gives the subject of the passive no quote ("wurde Y als „…“ bezeichnet und X als „…“")', () => {
    const text =
      'Die Demonstranten zogen durch die Stadt. Auf Plakaten wurde Deutschland als „Komplize der Mächtigen“ ' +
      'bezeichnet und die Revolution als „die einzige Lösung“. Die Polizei sprach von einem friedlichen Verlauf.';
    const quotes = checkedQuotes(text);
    expect(quotes.map((q) => q.speaker)).not.toContain('Deutschland');
    expect(quotes.find((q) => q.text.includes('einzige Lösung'))?.speaker ?? null).toBeNull();
  });

  it('still gives the speaker of an active clause with "als" ("Der Minister bezeichnete … und … als „…“")', () => {
    const text =
      'Die Demonstranten zogen durch die Stadt. Minister Talo Brunsvik bezeichnete den Protest als friedlich ' +
      'und die Forderungen als „die falsche Antwort auf echte Sorgen“.';
    expect(speakerOf(text, 'falsche Antwort')).toBe('Talo Brunsvik');
  });
});

describe('a Swiss member of parliament written by role and origin', () => {
  it('is the person named before ("Parteipräsident Marco Chiesa … sagte der Tessiner Ständerat")', () => {
    const text =
      'Die Partei tagte in Bern. Den Anfang machte Parteipräsident Talo Brunsvik. «Es kommen zu viele und es ' +
      'kommen die Falschen» sagte der Tessiner Ständerat.';
    expect(speakerOf(text, 'zu viele')).toBe('Talo Brunsvik');
  });

  it('still gives the chamber no person when no one is named ("Der Ständerat stimmte zu")', () => {
    const text =
      'Die Partei tagte in Bern. Der Ständerat stimmte der Vorlage zu. Sie sei „ein guter Kompromiss“.';
    expect(speakerOf(text, 'guter Kompromiss')).not.toBe('Talo Brunsvik');
  });
});

describe('a pronoun after a source that reports about someone else', () => {
  it('stands for that one, not the source ("Nach Angaben der Polizei war er zu schnell. Er sagte: „…“")', () => {
    const text =
      'Der Taxifahrer wartet vor dem Gericht. Nach Angaben der Polizei war er zu schnell. Er sagte: „Ich hatte es sehr eilig heute.“';
    expect(speakerOf(text, 'sehr eilig')).toBe('Taxifahrer');
  });

  it('gives the person named before the report ("Nach Einschätzung von Experten war er …")', () => {
    const text =
      'Talo Brunsvik war lange in Gefangenschaft. Nach Einschätzung von Experten war er stark untergewichtig. ' +
      'Am Montag wurde er freigelassen. Über seine Freilassung sagte er: „Ich bin endlich wieder zu Hause.“';
    expect(speakerOf(text, 'wieder zu Hause')).toBe('Talo Brunsvik');
  });

  it('still carries a source that reports no one else ("Laut Polizeisprecher Talo Brunsvik ist die Lage ruhig.")', () => {
    const text =
      'Die Nacht blieb friedlich. Laut Polizeisprecher Talo Brunsvik ist die Lage ruhig. Er sagte: „Wir bleiben aber wachsam.“';
    expect(speakerOf(text, 'wachsam')).toBe('Talo Brunsvik');
  });
});

describe('a role set off by commas after a name the tables do not know', () => {
  it('is the apposition of that name ("blickte auch Mwaivu Kaluka, Vorsitzender der Partei, in seiner Rede:")', () => {
    const text =
      'Die Konferenz begann am Montag. Auf die Entwicklungen im Süden blickte auch Mwaivu Kaluka, Vorsitzender der ' +
      'Partei, in seiner einleitenden Rede: »Wir stehen in voller Solidarität mit den Staaten der Region.«';
    const quote = checkedQuotes(text).find((q) => q.text.includes('Solidarität'));
    expect(quote?.speaker).toBe('Mwaivu Kaluka');
    expect(quote?.role).toBe('Vorsitzender der Partei');
  });

  it('still gives the role when no name stands before the comma ("äußerte sich der Minister, …, in seiner Rede:")', () => {
    const text =
      'Die Konferenz begann am Montag. Zur Lage äußerte sich auch der Minister, Vorsitzender der Partei, in seiner ' +
      'Rede: »Wir stehen in voller Solidarität mit den Staaten der Region.«';
    expect(speakerOf(text, 'Solidarität')).not.toBe('Lage');
  });
});

describe('a coach as a role word', () => {
  it('resolves "so der Interimscoach" to the person named in the sentence before', () => {
    const text =
      'Der Verein trennte sich von seinem Trainer. Übergangsweise übernimmt Peter Brunsvik die Mannschaft. ' +
      '"Wir wollen jedes Spiel gewinnen", so der Interimscoach.';
    expect(speakerOf(text, 'jedes Spiel')).toBe('Peter Brunsvik');
  });
});

describe('a newspaper in quotation marks after a role and an article with an adjective', () => {
  it('is addressed, no genitive of the role ("sagte eine Sprecherin der Düsseldorfer „Rheinischen Post“")', () => {
    const text =
      'Die Bahn baut ihre Programme aus. Seit 2015 habe die Bahn 400 Plätze geschaffen, sagte eine Konzern-Sprecherin ' +
      'der Düsseldorfer „Rheinischen Post“ (Donnerstag). „Die Bahn qualifiziert aktuell Geflüchtete in vielen Berufen.“';
    expect(speakerOf(text, 'qualifiziert aktuell')).toBe('Konzern-Sprecherin');
  });

  it('still keeps a genitive with its own noun ("laut einem Test des Magazins „…“")', () => {
    const text =
      'Die Autos verbrauchen zu viel. Laut einem Test des Magazins „Auto und Motor“ gibt es große Unterschiede beim Verbrauch.';
    const quote = checkedQuotes(text).find((q) => q.kind === 'indirect');
    expect(quote?.speaker).toBe('Test des Magazins');
  });
});

describe('an adjective opening the sentence joined to another', () => {
  it('is no name before a colon ("Soziale und wirtschaftliche Folgen …: „…“, sagte er")', () => {
    const text =
      'Peter Brunsvik stellte am Dienstag einen Plan vor. Soziale und wirtschaftliche Folgen standen im Mittelpunkt: ' +
      '„Der Umfang der Antwort muss so groß wie die Krise sein“, sagte er.';
    expect(speakerOf(text, 'Umfang der Antwort')).toBe('Peter Brunsvik');
  });

  it('still lets a known name before a colon win over the pronoun after ("Merkel erklärte: „…“, sagte sie")', () => {
    const text =
      'Angela Merkel reiste nach Paris. Merkel erklärte dort: „Der Umfang der Antwort muss so groß wie die Krise sein“, sagte sie.';
    expect(speakerOf(text, 'Umfang der Antwort')).toBe('Angela Merkel');
  });
});

describe('a subject of adjectives and a known family name before a verb with an object name', () => {
  it('says the quote, not the object ("Der 1955 geborene Heusgen nannte Baerbock ein „…“")', () => {
    const text =
      'Kritik kam von Christoph Heusgen. Der 1955 geborene Heusgen nannte Baerbock im „Tagesspiegel“ ein ' +
      '„Auslaufmodell ohne Zukunft“.';
    expect(speakerOf(text, 'Auslaufmodell')).toBe('Christoph Heusgen');
  });

  it('reads a year before a participle as part of the subject ("Der 1955 geborene Christoph Heusgen nannte …")', () => {
    const text =
      'Einzelne Stimmen äußerten Kritik. Der 1955 geborene Christoph Heusgen nannte Baerbock im „Tagesspiegel“ ' +
      'ein „Auslaufmodell ohne Zukunft“.';
    expect(speakerOf(text, 'Auslaufmodell')).toBe('Christoph Heusgen');
  });

  it('still gives the name after the verb when the phrase before is no person ("Den Plan nannte Baerbock …")', () => {
    const text =
      'Kritik kam von Christoph Heusgen. Den neuen Plan nannte Annalena Baerbock im „Tagesspiegel“ ein „Modell ohne Zukunft“.';
    expect(speakerOf(text, 'ohne Zukunft')).toBe('Annalena Baerbock');
  });
});

describe('a passive of quoting', () => {
  it('gives its subject, whom it quotes ("Die Ministerin wurde mit den Worten „…“ zitiert")', () => {
    const text =
      'Der Bundestag stimmte zu. Die Ministerin wurde mit den Worten „Das ist ein großer Tag für uns“ zitiert.';
    expect(speakerOf(text, 'großer Tag')).toBe('Ministerin');
  });

  it('still gives no speaker to the subject of another passive ("Die Debatte wurde mit „…“ eröffnet")', () => {
    const text =
      'Der Bundestag stimmte zu. Die Debatte wurde mit den Worten „Das ist ein großer Tag für uns“ eröffnet.';
    expect(speakerOf(text, 'großer Tag')).not.toBe('Debatte');
  });
});

describe('a noun of a person describing again who spoke just before', () => {
  it('is that speaker ("„…“, sagt er. „…“, erinnert sich der junge Mann")', () => {
    const text =
      'Peter Brunsvik war zwei Jahre in Geiselhaft. In einem Interview hat er nun berichtet. ' +
      '„Sie haben mir alles genommen“, sagt er. „Ich habe jeden Tag gebetet“, erinnert sich der junge Mann.';
    expect(speakerOf(text, 'jeden Tag gebetet')).toBe('Peter Brunsvik');
  });

  it('is not a speaker of the other gender ("„…“, sagt er. „…“, sagt die junge Frau")', () => {
    const text =
      'Peter Brunsvik war zwei Jahre in Geiselhaft. In einem Interview hat er nun berichtet. ' +
      '„Sie haben mir alles genommen“, sagt er. „Ich habe jeden Tag gebetet“, sagt die junge Frau.';
    expect(speakerOf(text, 'jeden Tag gebetet')).not.toBe('Peter Brunsvik');
  });
});

describe('a prepositional phrase before a participle inside the source phrase', () => {
  it('is read through ("heißt es in dem am Sonntag veröffentlichten Statement der Familie")', () => {
    const text =
      'Die Tochter des Sängers ist entsetzt. „Mein Vater hätte nie gewollt, dass seine Songs so genutzt werden“, ' +
      'heißt es in dem am Sonntag veröffentlichten Statement der Familie.';
    expect(speakerOf(text, 'nie gewollt')).toMatch(/Statement der Familie$/u);
  });

  it('still ends a phrase at a preposition after its noun ("sagte der Minister am Sonntag in Berlin")', () => {
    const text =
      'Die Lage ist ernst. „Wir müssen jetzt handeln und die Kosten senken“, sagte der Minister am Sonntag in Berlin.';
    expect(speakerOf(text, 'jetzt handeln')).toBe('Minister');
  });
});

describe('plural forms of verbs of saying', () => {
  it('name the speakers after the quote ("„…“, versprechen Peter Hunkel und Anna Schmitt")', () => {
    const text =
      'Die Stadt trauert. „Wir werden ihn immer in dankbarer Erinnerung behalten“, versprechen Peter Hunkel und Anna Schmitt.';
    expect(speakerOf(text, 'dankbarer Erinnerung')).toMatch(/Hunkel|Schmitt/u);
  });

  it('frame reported speech ("Das Jahr sei schön gewesen, erzählt Mara Quell")', () => {
    const text = 'Die Stadt trauert. Das letzte Jahr sei besonders schön gewesen, erzählt Mara Quell.';
    expect(speakerOf(text, 'besonders schön', false)).toBe('Mara Quell');
  });
});

describe('a role after a sentence whose subject is a pronoun', () => {
  it('is the person named before the pronoun ("Trump ist … . Er deutet an … . „…“, twitterte der Präsident")', () => {
    const text =
      'Die Lage in New York ist ernst. Donald Trump ist bereits anders unterwegs. Er deutet an, dass die Regeln ' +
      'bald gelockert werden könnten. „Die Therapie darf nicht schlimmer sein als das Problem“, twitterte der Präsident.';
    expect(speakerOf(text, 'Therapie')).toBe('Donald Trump');
  });

  it('is no one when that person is of the other gender', () => {
    const text =
      'Die Lage in New York ist ernst. Angela Merkel ist bereits anders unterwegs. Er deutet an, dass die Regeln ' +
      'bald gelockert werden könnten. „Die Therapie darf nicht schlimmer sein als das Problem“, twitterte der Präsident.';
    expect(speakerOf(text, 'Therapie')).not.toBe('Angela Merkel');
  });
});

describe('a written text named after the quote', () => {
  it('is the source ("„…“, steht im Papier")', () => {
    const text =
      'Die Partei hatte einen Plan. „Die Gegensätze sind nicht durch Kompromisse zu überbrücken“, steht im Papier.';
    expect(speakerOf(text, 'Gegensätze')).toBe('Papier');
  });

  it('still needs the quote right before the verb ("Es steht im Gegensatz zur „…“")', () => {
    const text =
      'Die Partei hatte einen Plan. Der Plan steht im Gegensatz zur „Politik der kleinen Schritte“ der Regierung.';
    expect(speakerOf(text, 'kleinen Schritte')).not.toBe('Gegensatz');
  });
});

describe('"notierte" as a verb of saying before a colon', () => {
  it('gives its subject ("Ein anderer Nutzer notierte trocken: „…“")', () => {
    const text =
      'Das Papier sorgte für Spott. Ein anderer Nutzer notierte trocken in Anlehnung an einen Politiker: „Kommunikativer Totalschaden. Das war es.“';
    expect(speakerOf(text, 'Totalschaden')).toMatch(/Nutzer$/u);
  });
});

describe('a Konjunktiv I sentence right after a sentence holding a quote', () => {
  it('goes on with its speaker ("sagte der 48-Jährige: „…“ Das sei nicht seine Absicht gewesen.")', () => {
    const text =
      'Peter Brunsvik trat zurück. In einem Statement sagte der 48-Jährige: „Ich habe falsch informiert.“ Das sei ' +
      'nicht seine Absicht gewesen. Als Generalsekretär trage er die Verantwortung, „um Schaden von der Partei abzuwenden“.';
    expect(speakerOf(text, 'Absicht', false)).toBe('Peter Brunsvik');
    expect(speakerOf(text, 'Schaden von der Partei')).toBe('Peter Brunsvik');
  });

  it('and so does a quote alone after it ("„…“, sagte X der „Zeitung“. Der Satz sei zu hoch. „…“")', () => {
    const text =
      'Der Minister sprach sich für Entlastungen aus. „Wir müssen uns entscheiden“, sagte Peter Brunsvik der ' +
      '„Süddeutschen Zeitung“. Der Steuersatz sei für die meisten zu hoch. „Wir sollten ihn trotzdem spürbar senken.“';
    expect(speakerOf(text, 'spürbar senken')).toBe('Peter Brunsvik');
  });
});

describe('"lassen" with an object pronoun before a verb of thinking', () => {
  it('gives the object, not the subject ("Die Informationen der Armee lassen sie vermuten, dass …")', () => {
    const text =
      '„Wir haben viel erlebt“, sagt Mara Quell. Sie weiß nicht genau, was passiert ist. Die Informationen der ' +
      'Armee lassen sie vermuten, dass er getötet wurde. „Ich stelle mir immer wieder vor, wie es gewesen ist.“';
    expect(speakerOf(text, 'getötet wurde', false)).toBe('Mara Quell');
    expect(speakerOf(text, 'immer wieder vor')).toBe('Mara Quell');
  });
});

describe('a role after a sentence that named no one and whose speaker was described', () => {
  it('is that speaker ("betont der Übergangstrainer: „…“ … „…“, so der Interimscoach")', () => {
    const text =
      'Der Verein trennte sich von seinem Trainer. Interimstrainer Peter Brunsvik übernimmt bis Saisonende. ' +
      'Dennoch betont der Übergangstrainer: „Wir wollen so viele Punkte wie möglich holen.“ Auch für die Fans: ' +
      '„In Duisburg stehen die Fans hinter uns, wirklich“, so der Interimscoach der Meidericher.';
    expect(speakerOf(text, 'Fans hinter uns')).toBe('Peter Brunsvik');
  });

  it('is not when the sentence names someone after the role ("Der Wahlkampfleiter, Nationalrat X, sagte")', () => {
    const text =
      'Der Verein tagte. Interimstrainer Peter Brunsvik sprach zuerst. Die Lage sei ernst, so der Trainer. ' +
      'Der Wahlkampfleiter der Partei, Nationalrat Marcel Dettling (SZ) sagte, sonst „gute Nacht Schweiz“.';
    expect(speakerOf(text, 'gute Nacht')).not.toBe('Peter Brunsvik');
  });
});

describe('a medium addressed after "gegenüber" or "im"', () => {
  it('is a name, no quote ("sagt der Arzt Hilary Jones gegenüber «BBC»")', () => {
    const text =
      '«Es ist wichtig, einen gesunden Lebensstil zu pflegen», sagt der Arzt Hilary Jones gegenüber «BBC». Er rät zu Ruhe.';
    expect(checkedQuotes(text).map((q) => q.text)).not.toContain('BBC');
  });

  it('is a name after "im" too ("sagte sie im „Tagesspiegel“")', () => {
    const text =
      'Die Kritik wächst. „Das ist ein schwerer Fehler der Regierung“, sagte sie im „Tagesspiegel“.';
    expect(checkedQuotes(text).map((q) => q.text)).not.toContain('Tagesspiegel');
  });
});

describe('an adjective and a noun in quotation marks right before a name', () => {
  it('are an epithet, no quote ("die Vorhersagen der „blinden Seherin“ Baba Wanga")', () => {
    const text =
      'Seit Jahren sorgen die Vorhersagen der „blinden Seherin“ Baba Wanga für Diskussionen im Netz.';
    expect(checkedQuotes(text).map((q) => q.text)).not.toContain('blinden Seherin');
  });

  it('still leave a quote with no name after it ("die Vorhersagen der „blinden Seherin“ für …")', () => {
    const text = 'Seit Jahren sorgen die Vorhersagen der „blinden Seherin“ für Diskussionen im Netz.';
    expect(checkedQuotes(text).map((q) => q.text)).toContain('blinden Seherin');
  });
});

describe('an auxiliary after a relative clause', () => {
  it('goes on with the main clause, no frame of its own ("Fast jedes Problem, unter dem …, habe mit X zu tun")', () => {
    const text =
      'Der Parteitag begann. Die Schweiz sei überfüllt wie eine Badewanne, sagte Peter Matter. Fast jedes Problem, ' +
      'unter dem die Schweiz leide, habe mit der Zuwanderung zu tun.';
    expect(speakerOf(text, 'Fast jedes Problem', false)).toBe('Peter Matter');
  });

  it('still frames "…, habe X gesagt" after no relative clause', () => {
    const text = 'Der Parteitag begann. Die Lage sei ernst, habe Peter Matter gesagt.';
    expect(speakerOf(text, 'Lage sei ernst', false)).toBe('Peter Matter');
  });
});
