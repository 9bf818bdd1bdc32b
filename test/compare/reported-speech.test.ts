import { describe, expect, it } from 'vitest';
import type { Quote } from '../../src/compare/index.js';
import { checkedQuotes } from './support.js';

/** Quotes of one hand-written article, every one checked against its provenance. */
function quotesOf(language: string, text: string): readonly Quote[] {
  const quotes = checkedQuotes(text, language);
  return quotes;
}

/** Reported speech only: [text, speaker]. */
const reported = (quotes: readonly Quote[]): [string, string | null][] =>
  quotes.filter((q) => q.kind === 'indirect').map((q) => [q.text, q.speaker]);

describe('reported (indirect) speech in German', () => {
  it('reports "X sagte, … habe …" and a Konjunktiv I sentence after it with the same speaker', () => {
    const quotes = quotesOf(
      'de',
      'Die Staatsanwaltschaft hat ein Ergebnis der Obduktion bekannt gegeben. Der Staatsanwalt sagte, der Sohn ' +
        'habe sich „bewusst und gewollt stranguliert“. Dies sei eindeutig nachzuweisen gewesen.',
    );
    expect(reported(quotes)).toEqual([
      ['der Sohn habe sich „bewusst und gewollt stranguliert“', 'Staatsanwalt'],
      ['Dies sei eindeutig nachzuweisen gewesen', 'Staatsanwalt'],
    ]);
    // The direct quote inside keeps its own item and gets the speaker of the frame.
    const direct = quotes.filter((q) => q.kind === undefined).map((q) => [q.text, q.speaker]);
    expect(direct).toEqual([['bewusst und gewollt stranguliert', 'Staatsanwalt']]);
    expect(quotes.find((q) => q.text.startsWith('Dies sei'))?.attribution).toBe('continuation');
  });

  it('resolves a role ("Die Ministerin sagte, …") to the person introduced with it and keeps the role', () => {
    const quotes = quotesOf(
      'de',
      'Innenministerin Nancy Faeser besuchte am Montag Dresden. Die Ministerin sagte, die Lage sei ernst, aber ' +
        'beherrschbar.',
    );
    expect(reported(quotes)).toEqual([['die Lage sei ernst, aber beherrschbar', 'Nancy Faeser']]);
    expect(quotes[0]?.role).toBe('Ministerin');
  });

  it('resolves a pronoun ("Er betonte, …") to the person named before', () => {
    const quotes = quotesOf(
      'de',
      'Der italienische Außenminister Massimo Rossi hat heute in Bagdad den Abzug der Truppen angekündigt. Er ' +
        'betonte, der Abzug werde schrittweise erfolgen.',
    );
    expect(reported(quotes)).toEqual([['der Abzug werde schrittweise erfolgen', 'Massimo Rossi']]);
    expect(quotes[0]?.attribution).toBe('pronoun');
  });

  it('reports sentences with a source: "laut X", "nach Angaben von X", "X zufolge", "Wie X mitteilte, …", "…, so X"', () => {
    const quotes = quotesOf(
      'de',
      'Wie die Polizei mitteilte, wurden bei dem Blitzeinschlag 19 Menschen verletzt. Laut Polizeisprecher Lars ' +
        'Beringer wurden zwei von ihnen in ein Krankenhaus gebracht. Nach Angaben von Kristján Loftsson wurde eine ' +
        'Schiffsbesatzung zusammengestellt. Medienberichten zufolge sind dort 300 Menschen obdachlos. Die Lage sei ' +
        'ernst, so Bürgermeister Felipe Calderón.',
    );
    expect(reported(quotes)).toEqual([
      ['wurden bei dem Blitzeinschlag 19 Menschen verletzt', 'Polizei'],
      [
        'Laut Polizeisprecher Lars Beringer wurden zwei von ihnen in ein Krankenhaus gebracht',
        'Lars Beringer',
      ],
      [
        'Nach Angaben von Kristján Loftsson wurde eine Schiffsbesatzung zusammengestellt',
        'Kristján Loftsson',
      ],
      ['Medienberichten zufolge sind dort 300 Menschen obdachlos', 'Medienberichten'],
      ['Die Lage sei ernst', 'Felipe Calderón'],
    ]);
    expect(quotes.every((q) => q.kind === 'indirect' && q.attribution !== null)).toBe(true);
  });

  it('takes the subject, not a sentence adverb, as the speaker ("Offiziell sagt die Regierung, man gebe …")', () => {
    const quotes = quotesOf(
      'de',
      'Offiziell sagt die chinesische Regierung, man gebe den Uiguren weitreichende Freiheiten.',
    );
    expect(reported(quotes)).toEqual([
      ['man gebe den Uiguren weitreichende Freiheiten', 'chinesische Regierung'],
    ]);
  });

  it('reports a "dass" clause after reporting verbs of the larger table ("bedauerte", "hob hervor", "hält es für möglich")', () => {
    const quotes = quotesOf(
      'de',
      'Der Verband kommunaler Unternehmen bedauerte, dass sich die Regierung auf die Seite der Konzerne gestellt habe. ' +
        'Kanzlerin Angela Merkel hob hervor, dass dies Arbeitsplätze sichern könnte. ' +
        'Der Konzern Ebay hält es für möglich, dass der Rekord heute noch fällt.',
    );
    expect(reported(quotes)).toEqual([
      ['dass sich die Regierung auf die Seite der Konzerne gestellt habe', 'Verband'],
      ['dass dies Arbeitsplätze sichern könnte', 'Angela Merkel'],
      ['dass der Rekord heute noch fällt', 'Konzern Ebay'],
    ]);
  });

  it('reports content before its frame ("Es drohe …, hatte X gesagt") and Konjunktiv II in a continuation', () => {
    const quotes = quotesOf(
      'de',
      'Die Gespräche sind schwierig. Es drohe ein Rüstungswettlauf, hatte Präsident Barack Obama in Moskau gesagt. ' +
        'Eine Einigung wäre ein großer Erfolg für beide Seiten.',
    );
    expect(reported(quotes)).toEqual([
      ['Es drohe ein Rüstungswettlauf', 'Barack Obama'],
      ['Eine Einigung wäre ein großer Erfolg für beide Seiten', 'Barack Obama'],
    ]);
  });

  it('reports "geht davon aus, dass …" but not "geht es darum, … zu …"', () => {
    const quotes = quotesOf(
      'de',
      'Der Experte Ferdinand Dudenhöffer geht davon aus, dass die Preise weiter steigen. ' +
        'Dem Konzern geht es darum, den Absatz zu sichern.',
    );
    expect(reported(quotes)).toEqual([['dass die Preise weiter steigen', 'Ferdinand Dudenhöffer']]);
  });

  it('reports nothing for a "dass" or "zu" clause without a verb of saying or a Konjunktiv', () => {
    const quotes = quotesOf(
      'de',
      'Dem Kreml geht es eher darum, den Status quo zu erhalten. Er wusste nicht, dass die Grenze geschlossen war.',
    );
    expect(quotes).toEqual([]);
  });

  it('gives a direct quote inside reported speech the speaker of the frame, with the role the text gives', () => {
    const quotes = quotesOf(
      'de',
      'Ministerin Ursula Berger betonte, unter den Verkäuferinnen seien „viele Frauen mit Erfahrung im Umgang mit ' +
        'Kindern“.',
    );
    const direct = quotes.find((q) => q.kind === undefined);
    expect([direct?.text, direct?.speaker, direct?.role]).toEqual([
      'viele Frauen mit Erfahrung im Umgang mit Kindern',
      'Ursula Berger',
      'Ministerin',
    ]);
  });
});

describe('the subject of a verb of saying in the perfect, after an opening adverbial', () => {
  it('takes the subject between the auxiliary and the participle ("Am Montag hat die Regierung erklärt, …")', () => {
    const quotes = quotesOf(
      'de',
      'Der Streik dauert an. Am Montag hat die Gewerkschaft erklärt, dass die Lotsen ihre Höchstarbeitszeit erreicht ' +
        'hätten. Innenministerin Paula Brandt reiste nach Köln. Zuvor hatte sie gesagt, die Lage sei ruhig.',
    );
    expect(reported(quotes)).toEqual([
      ['dass die Lotsen ihre Höchstarbeitszeit erreicht hätten', 'Gewerkschaft'],
      ['die Lage sei ruhig', 'Paula Brandt'],
    ]);
  });

  it('takes no object after the auxiliary, nor a phrase before coordinated verbs', () => {
    const object = quotesOf(
      'de',
      'Die Wahl rückt näher. Am Montag hatte den Plan gestern bestätigt, dass die Wahl im Mai stattfinde.',
    );
    expect(reported(object).map(([, speaker]) => speaker)).not.toContain('Plan');
    const coordinated = quotesOf(
      'de',
      'Das Wrack liegt in der Ostsee. Taucher der Marine haben das Wrack untersucht und gestern bestätigt, dass es ' +
        'sich um den Frachter handele.',
    );
    expect(reported(coordinated).map(([, speaker]) => speaker)).not.toContain('Wrack');
  });

  it('reads the subject before an apposition set off by commas and an auxiliary ("X, Y, hat angekündigt, …")', () => {
    const quotes = quotesOf(
      'de',
      'Die Proteste gehen weiter. Jonas Falk, Chef des Heeres, hat bereits angekündigt, er werde ' +
        'keine Soldaten einsetzen.',
    );
    expect(reported(quotes)).toEqual([['er werde keine Soldaten einsetzen', 'Jonas Falk']]);
  });
});

describe('a main clause right after a verb of saying and its comma', () => {
  it('reports it in any mood ("X erklärte, die Entdeckung werfe …", "Sie argumentiert, … könnten …")', () => {
    const quotes = quotesOf(
      'de',
      'Das Teleskop lieferte neue Bilder. Die Astronomin Lea Sommer vom Institut in Jena erklärte, die Entdeckung ' +
        'werfe ein neues Licht auf die Theorie. Sie argumentiert, die Bilder könnten noch schärfer werden.',
    );
    expect(reported(quotes)).toEqual([
      ['die Entdeckung werfe ein neues Licht auf die Theorie', 'Lea Sommer'],
      ['die Bilder könnten noch schärfer werden', 'Lea Sommer'],
    ]);
  });

  it('reports no relative or subordinate clause after the comma ("…, der …", "…, als …")', () => {
    const quotes = quotesOf(
      'de',
      'Das Teleskop lieferte neue Bilder. Die Astronomin Lea Sommer erklärte, als die Bilder kamen, nichts weiter. ' +
        'Der Sprecher Paul Kern betonte, der die Bilder gesehen hatte, nur wenig.',
    );
    expect(reported(quotes)).toEqual([]);
  });
});

describe('separable verbs in reported speech', () => {
  it('reads an infinitive with its marker after the prefix as reported content ("…, gegen X vorzugehen")', () => {
    const quotes = quotesOf(
      'de',
      'Die Kämpfe dauern an. In Kabul kündigte heute der Präsident Omar Rahimi an, gegen die Rebellen vorzugehen. ' +
        'Der Anwalt Max Lorenz empfahl dem Gericht, der Klage stattzugeben.',
    );
    expect(reported(quotes)).toEqual([
      ['gegen die Rebellen vorzugehen', 'Omar Rahimi'],
      ['der Klage stattzugeben', 'Max Lorenz'],
    ]);
  });

  it('reads a main clause after the prefix that closes the verb of saying ("gab … an, Die …")', () => {
    const quotes = quotesOf(
      'de',
      'Der Flug wurde umgeleitet. Als Grund gab die Fluggesellschaft Nordair an, die Passagiere waren nicht ' +
        'ausgewiesen.',
    );
    expect(reported(quotes)).toEqual([
      ['die Passagiere waren nicht ausgewiesen', 'Fluggesellschaft Nordair'],
    ]);
  });

  it('takes no noun that starts with a prefix and the marker for an infinitive ("die Auszubildenden")', () => {
    const quotes = quotesOf(
      'de',
      'Die Feier war lang. Der Meister Jan Ott sagte das den Gästen, die Auszubildenden feierten noch lange.',
    );
    expect(reported(quotes)).toEqual([]);
  });
});

describe('a view held as a frame of reported speech', () => {
  it('reports what follows "ist der Ansicht, dass …" and "ist der Meinung, …" with the subject', () => {
    const quotes = quotesOf(
      'de',
      'Der Streit um das Gesetz geht weiter. Der Verband der Sparer ist der Ansicht, dass das Gesetz schade. Die ' +
        'Richterin Ada Lenz ist der Meinung, die Klage hat Aussicht auf Erfolg.',
    );
    expect(reported(quotes)).toEqual([
      ['dass das Gesetz schade', 'Verband der Sparer'],
      ['die Klage hat Aussicht auf Erfolg', 'Ada Lenz'],
    ]);
  });

  it('reads no frame in the noun without the copula and article before it ("Meinung, die …")', () => {
    const quotes = quotesOf(
      'de',
      'Der Streit um das Gesetz geht weiter. Die Umfrage ergab eine klare Meinung, die Mehrheit lehnt es ab.',
    );
    expect(reported(quotes)).toEqual([]);
  });
});

describe('reported speech before a closing frame', () => {
  it('reports content in any mood before a closing frame ("…, teilte X mit", "…, sagte X")', () => {
    const quotes = quotesOf(
      'de',
      'Das Beben erreichte eine Stärke von 7,4, teilte der Erdbebendienst in Denver mit. Im Bundesstaat Guerrero ' +
        'wurden etwa 500 Gebäude beschädigt, sagte Innenminister Ángel Aguirre am Abend. Die Schäden sind groß, ' +
        'stellten die Wissenschaftler außerdem fest.',
    );
    expect(reported(quotes)).toEqual([
      ['Das Beben erreichte eine Stärke von 7,4', 'Erdbebendienst'],
      ['Im Bundesstaat Guerrero wurden etwa 500 Gebäude beschädigt', 'Ángel Aguirre'],
      ['Die Schäden sind groß', 'Wissenschaftler'],
    ]);
  });

  it('reports no closing frame after an apposition, a relative or a subordinate clause', () => {
    const quotes = quotesOf(
      'de',
      'Die stellvertretende Vorsitzende der Fraktion, Petra Pau, forderte eine Beobachtungsstelle. Falls der ' +
        'Sponsor Insolvenz anmelden muss, droht dem Verein der Zwangsabstieg. Jüngste Umfragen, in denen die ' +
        'Wähler befragt wurden, haben einen Sieg Hollandes prognostiziert. Hubert Primus, der bei der Stiftung ' +
        'für die Publikation verantwortlich ist, wies den Vorwurf zurück.',
    );
    expect(reported(quotes)).toEqual([]);
  });
});

describe('reported speech with a source marker', () => {
  it('reads a source in quotation marks, a domain and a phrase opened by adjectives after "laut"', () => {
    const quotes = quotesOf(
      'de',
      'Laut „BBC News“ liefen hunderte Mönche um die Pagode. Laut ndr.de blieben einige Teilnehmer bis zum Abend. ' +
        'Laut israelischen Medien gab es zehn Tote und mehr als 50 Verletzte.',
    );
    expect(reported(quotes)).toEqual([
      ['Laut „BBC News“ liefen hunderte Mönche um die Pagode', 'BBC News'],
      ['Laut ndr.de blieben einige Teilnehmer bis zum Abend', 'ndr.de'],
      ['Laut israelischen Medien gab es zehn Tote und mehr als 50 Verletzte', 'Medien'],
    ]);
  });

  it('takes a compound source noun as the source ("nach Behördenangaben", "nach Zeugenaussagen")', () => {
    const quotes = quotesOf(
      'de',
      'Nach Behördenangaben wurden erhöhte Strahlungswerte auch in Milch gefunden. Der Täter hatte nach ' +
        'Zeugenaussagen die Tat seit dem Vorabend geplant.',
    );
    expect(reported(quotes)).toEqual([
      ['Nach Behördenangaben wurden erhöhte Strahlungswerte auch in Milch gefunden', 'Behördenangaben'],
      ['Der Täter hatte nach Zeugenaussagen die Tat seit dem Vorabend geplant', 'Zeugenaussagen'],
    ]);
  });

  it('takes the text that says something as the source ("heißt es in X", "In X hatte es geheißen", "Aus X hieß es")', () => {
    const quotes = quotesOf(
      'de',
      'Der Vorstand Peter Maier legte den Plan vor. In einer Erklärung des Vereins hatte es geheißen, der Umbau ' +
        'beginne im Mai. Aus Paris hieß es, man sehe keinen Grund zur Eile. Die Kosten seien zu hoch, heißt es in ' +
        'dem Bericht des Rechnungshofes.',
    );
    expect(reported(quotes)).toEqual([
      ['der Umbau beginne im Mai', 'Erklärung des Vereins'],
      ['man sehe keinen Grund zur Eile', 'Paris'],
      ['Die Kosten seien zu hoch', 'Bericht des Rechnungshofes'],
    ]);
  });

  it('reads no source for "steht" or "heißt" without "es" and a phrase next to the verb', () => {
    const quotes = quotesOf(
      'de',
      'Die Entscheidung steht nach Ansicht des Vorstands in diesem Jahr noch aus. Der Hund heißt im Dorf nur Bello.',
    );
    expect(reported(quotes).map(([, speaker]) => speaker)).not.toContain('Jahr');
    expect(reported(quotes).map(([, speaker]) => speaker)).not.toContain('Dorf');
  });

  it('reads no text in "es steht im …" without a colon or "dass" after it ("es stehe im Gegensatz zur „…“")', () => {
    const quotes = quotesOf(
      'de',
      'Der Betriebsrat Bernd Ostheim griff die Kommission an. Vor Gericht sieht Ostheim einen „Angriff auf die ' +
        'Belegschaft“, es stehe im Gegensatz zur „sozialen Marktwirtschaft“.',
    );
    const speakers = quotes.map((q) => q.speaker);
    expect(speakers).not.toContain('Gegensatz');
    expect(quotes.find((q) => q.text === 'sozialen Marktwirtschaft')?.speaker).toBe('Bernd Ostheim');
  });

  it('prefers a source marker of the sentence to a verb read in a participle ("dem Bericht zufolge … bezeichnete")', () => {
    const quotes = quotesOf(
      'de',
      'Der Grund für die Rückkehr waren dem Bericht zufolge nicht näher bezeichnete Probleme, die zu einer ' +
        'Landung in München zwangen.',
    );
    expect(reported(quotes).map(([, speaker]) => speaker)).toEqual(['Bericht']);
  });

  it('reads "…, so X" with an apposition after X and "so X," inside the sentence', () => {
    const quotes = quotesOf(
      'de',
      'Oft habe der Mann vor der Tür gewartet, so Anna Celebi, die Anwältin der Frau. Alles in allem sei es, so ' +
        'der OSZE-Bericht, für alle Parteien möglich gewesen, Wahlkampf zu betreiben.',
    );
    expect(reported(quotes).map(([, speaker]) => speaker)).toEqual(['Anna Celebi', 'OSZE-Bericht']);
  });

  it('reports "Demnach …" from the subject of the sentence before, and more source nouns after "nach"', () => {
    const quotes = quotesOf(
      'de',
      'Die Wahlkommission gab am Montag ein vorläufiges Ergebnis bekannt. Demnach hat sich die Koalition ' +
        'durchgesetzt. Nach einer Stellungnahme der US-Armee befand sich der Helikopter auf dem Flug zur Basis.',
    );
    expect(reported(quotes).map(([, speaker]) => speaker)).toEqual(['Wahlkommission', 'US-Armee']);
  });

  it('reports nothing for "demnach" inside a sentence or after a sentence that reports nothing', () => {
    const quotes = quotesOf(
      'de',
      'Die Lage im Nachbarland ist schwierig. Es ist demnach im Interesse Russlands, für Stabilität zu sorgen. ' +
        'Demnach könnten die Preise weiter steigen.',
    );
    expect(reported(quotes)).toEqual([]);
  });

  it('reads no source in "laut denen" (a relative pronoun)', () => {
    const quotes = quotesOf(
      'de',
      'Er war ein Schritt für die Pläne der Regierung, laut denen jeder Haushalt ein Rundfunkgerät haben sollte.',
    );
    expect(reported(quotes)).toEqual([]);
  });
});

describe('reported speech in English', () => {
  it('is not recognised (the English tables hold no reporting rules): direct quotes as before', () => {
    const quotes = quotesOf(
      'en',
      'President Joe Biden said that the talks were useful. The talks went well, said Biden. "We stand together," ' +
        'Biden said.',
    );
    expect(quotes.map((q) => [q.kind ?? 'direct', q.text, q.speaker])).toEqual([
      ['direct', 'We stand together', 'Joe Biden'],
    ]);
  });
});
