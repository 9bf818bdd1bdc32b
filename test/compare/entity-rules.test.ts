import { describe, expect, it } from 'vitest';
import { analyseStory } from '../../src/brief/index.js';
import type { EntityType } from '../../src/compare/index.js';
import { articleContexts } from '../../src/compare/context.js';
import { recogniseEntities } from '../../src/compare/entities.js';
import { fixtureArticles, textOf } from './support.js';

/** Every mention of one German article as `text (type)`, in text order. */
function mentions(text: string): string[] {
  const articles = fixtureArticles('de', [{ id: 'a', text }]);
  const analysis = analyseStory(articles);
  return analysis.entities
    .flatMap((e) => e.mentions.map((m) => ({ start: m.start, label: `${textOf(articles, m)} (${e.type})` })))
    .sort((a, b) => a.start - b.start)
    .map((m) => m.label);
}

const has = (text: string, name: string, type: EntityType): void => {
  expect(mentions(text)).toContain(`${name} (${type})`);
};

describe('the larger German name tables', () => {
  it('the larger German tables: towns, districts, regions, companies, well-known people (session 27)', () => {
    const towns = mentions('Lehrte und Seelze bekommen einen gemeinsamen Bahnhof.');
    expect(towns).toEqual(['Lehrte (place)', 'Seelze (place)']);
    has('Kreuzberg und Neukölln stimmten anders ab als Pankow.', 'Neukölln', 'place');
    has('Der Landrat des Rhein-Sieg-Kreises stellte den Haushalt vor.', 'Rhein-Sieg-Kreises', 'place');
    has('Das Salzkammergut und das Zillertal meldeten volle Hotels.', 'Zillertal', 'place');
    has('Die Techniker Krankenkasse und Evonik meldeten Zahlen.', 'Techniker Krankenkasse', 'organization');
    has('Die Techniker Krankenkasse und Evonik meldeten Zahlen.', 'Evonik', 'organization');
    has('Das Bild zeigt Hendrix auf der Bühne.', 'Hendrix', 'person');
    // Genitives in "-es" of organisations and regions, beside those in "-s" the stage makes.
    has('Ein Sprecher des Auswärtigen Amtes widersprach.', 'Auswärtigen Amtes', 'organization');
    has('Die Mehrheit des Bundesrates fehlte.', 'Bundesrates', 'organization');
    has('Die Wirtschaft des Saarlandes wächst.', 'Saarlandes', 'place');
    // The weak forms of names that open with adjectives, "-es" genitive too.
    has('Der Streik bei der Deutschen Bahn endet.', 'Deutschen Bahn', 'organization');
    has('Die Minister der Europäischen Union stimmten zu.', 'Europäischen Union', 'organization');
    has('Helfer des Deutschen Roten Kreuzes kamen.', 'Deutschen Roten Kreuzes', 'organization');
    has('Das Schiff sank im Indischen Ozean.', 'Indischen Ozean', 'place');
    // A place adjective in "-er" is no adjective to inflect: the club keeps its name.
    has('Die Fans des Wuppertaler SV jubelten.', 'Wuppertaler SV', 'organization');
  });

  it('a city district only the language table knows is a district; two countries joined are none', () => {
    has('Hamburg-Altona bekommt einen neuen Fernbahnhof.', 'Hamburg-Altona', 'place');
    expect(mentions('Der Streit Israel-Gaza hält an.').join(' ')).not.toContain('Israel-Gaza');
  });

  it('words left out of the larger tables stay words ("Volt", "Favoriten", "Alphabet", "Allianz")', () => {
    expect(mentions('Die Spannung liegt bei 230 Volt.')).toEqual([]);
    expect(mentions('Die Favoriten gewannen alle Spiele.')).toEqual([]);
    expect(mentions('Das Alphabet hat 26 Buchstaben.')).toEqual([]);
    expect(mentions('Die Allianz der Willigen zerfiel.')).toEqual([]);
  });
});

describe('entity rules on German sentences', () => {
  it('titles and roles before names: "Bundeskanzlerin Angela Merkel", "Trainer Jürgen Klopp"', () => {
    has('Bundeskanzlerin Angela Merkel empfing am Montag den Gast.', 'Angela Merkel', 'person');
    has('Am Abend äußerte sich Trainer Jürgen Klopp zu der Niederlage.', 'Jürgen Klopp', 'person');
    has('Der Ministerpräsident Winfried Kretschmann widersprach.', 'Winfried Kretschmann', 'person');
  });

  it('first names from the shipped list, with middle names and particles', () => {
    has('Dean Whitehead und Grant Leadbitter wurden im Sommer verkauft.', 'Dean Whitehead', 'person');
    has('Dean Whitehead und Grant Leadbitter wurden im Sommer verkauft.', 'Grant Leadbitter', 'person');
    has('Verteidigungsminister Franz Josef Jung warb für den Plan.', 'Franz Josef Jung', 'person');
    has('Das Kabinett von Franz von Papen trat zurück.', 'Franz von Papen', 'person');
    has('Gestern sprach Ursula von der Leyen in Brüssel.', 'Ursula von der Leyen', 'person');
  });

  it('a first name takes one family name, not the noun after it', () => {
    const found = mentions('Popstar Lady Gaga hat nach der Trennung von Matthew Williams Liebeskummer.');
    expect(found).toContain('Matthew Williams (person)');
    expect(found.join(' ')).not.toContain('Liebeskummer');
  });

  it('a name found once with evidence is found everywhere in the article, the family name alone too', () => {
    const found = mentions(
      'Angela Merkel reiste nach Paris. Dort traf Merkel den Präsidenten. Merkels Sprecher schwieg.',
    );
    expect(found.filter((m) => m === 'Angela Merkel (person)' || m === 'Merkel (person)')).toHaveLength(3);
    // One entity for all three mentions.
    const articles = fixtureArticles('de', [
      { id: 'a', text: 'Angela Merkel reiste nach Paris. Dort traf Merkel den Präsidenten.' },
    ]);
    const merkel = analyseStory(articles).entities.filter((e) => e.type === 'person');
    expect(merkel).toHaveLength(1);
    expect(merkel[0]?.mentions).toHaveLength(2);
  });

  it('well-known family names alone: "Merkel", "Röttgen"', () => {
    has('Die Kritik richtete sich gegen Röttgen und dessen Pläne.', 'Röttgen', 'person');
  });

  it('places from the gazetteer and after "in", "aus", "nach": England, Aachen, Bochum', () => {
    has('Er reiste durch Deutschland, Holland, England und Frankreich.', 'England', 'place');
    has('Der Verein wurde 1902 in Aachen gegründet.', 'Aachen', 'place');
    has('Die Familie stammt aus Wennekath und zog später fort.', 'Wennekath', 'place');
    has('Zuletzt spielte er in Bochum.', 'Bochum', 'place');
  });

  it('ambiguous places ("Essen", "Halle") only after a place preposition', () => {
    has('Das Spiel fand in Essen statt.', 'Essen', 'place');
    expect(mentions('Das Essen war kalt und zu teuer.')).toEqual([]);
    expect(mentions('Die Halle war voll.')).toEqual([]);
  });

  it('organisations by form, head word and acronym: GmbH, AG, Verlag, FC, Universität, Bundesamt, CDU', () => {
    has('Die Läpple AG meldete einen Gewinn.', 'Läpple AG', 'organization');
    has('Das Buch erschien beim Hirzel Verlag in Stuttgart.', 'Hirzel Verlag', 'organization');
    // The ordinal "1." before a club's head word is part of its name; a number before another name is not.
    has('Der 1. FC Nürnberg gewann das Spiel.', '1. FC Nürnberg', 'organization');
    has('Beim 1. FSV Mainz 05 blieb es ruhig.', '1. FSV Mainz 05', 'organization');
    has('Am 1. Mai sprach Siemens von Wachstum.', 'Siemens', 'organization');
    has('Er lehrt an der Technischen Universität Berlin.', 'Technischen Universität Berlin', 'organization');
    has('Sie studierte an der Universität Hamburg Physik.', 'Universität Hamburg', 'organization');
    has('Das Bundesamt für Gesundheit warnte vor der Grippe.', 'Bundesamt für Gesundheit', 'organization');
    has('Die CDU lehnte den Antrag der SPD ab.', 'CDU', 'organization');
    has('Die CDU lehnte den Antrag der SPD ab.', 'SPD', 'organization');
    has('Der Spieler wechselte zu Borussia Dortmund.', 'Borussia Dortmund', 'organization');
  });

  it('streets are places: "Schwanitzstraße", "Neuendorfer Straße"', () => {
    has('Der Unfall geschah in der Schwanitzstraße am Abend.', 'Schwanitzstraße', 'place');
    has('Die Anstalt lag in der Neuendorfer Straße.', 'Neuendorfer Straße', 'place');
    expect(mentions('Die Bundesstraße war gesperrt.')).toEqual([]);
  });

  it('capitalised nouns are no names: "in Kraft", "aus Angst", "nach Angaben", "in Zukunft"', () => {
    expect(mentions('Das Gesetz trat in Kraft, obwohl viele aus Angst schwiegen.')).toEqual([]);
    expect(mentions('Nach Angaben der Polizei wird in Zukunft mehr kontrolliert.')).toEqual([]);
    expect(mentions('Die Kinder kamen aus Ländern mit hoher Arbeitslosigkeit.')).toEqual([]);
    expect(mentions('Sie handelte aus Eifersucht und Verzweiflung.')).toEqual([]);
  });

  it('sentence-initial words, pronouns and month names are no names', () => {
    expect(mentions('Seine Witwe vermachte das Vermögen der Gemeinde.')).toEqual([]);
    expect(mentions('Aber Hoffnung gab es kaum noch.')).toEqual([]);
    expect(mentions('Im März und im September blieb es ruhig.')).toEqual([]);
    expect(mentions('Bezugnehmend auf Ihren Brief lasse ich Sie in Ihrem Glauben.')).toEqual([]);
  });

  it('acronyms that name no organisation are none: ISBN, DNA, Roman numerals, words in capitals', () => {
    expect(mentions('Das Buch hat die ISBN 3-7776-0477-1 und handelt von DNA.')).toEqual([]);
    expect(mentions('Papst Johannes Paul II. reiste viel.').join(' ')).not.toContain('organization');
    expect(mentions('Alle sollten sich wieder Gedanken über RESPEKT machen.')).toEqual([]);
  });

  it('an organisation form or head after a sentence opener does not take the opener in', () => {
    has('Beim Mitteldeutschen Verlag erschien das Buch.', 'Mitteldeutschen Verlag', 'organization');
    has('Aber Borussia Dortmund verlor.', 'Borussia Dortmund', 'organization');
  });

  it('role compounds and abbreviated titles before a name: "Fußball-Experte Sammer", "Dr. Meier", "Mr. Krugman"', () => {
    has('Offen ist, ob sich Fußball-Experte Hallbauer darauf einlässt.', 'Hallbauer', 'person');
    has('Der Olympiasieger Kowalczyk trainiert wieder.', 'Kowalczyk', 'person');
    has('Denn Oberarzt Dr. Wendtland will heiraten.', 'Wendtland', 'person');
    has('Hat Mr. Pembroke das vergessen?', 'Pembroke', 'person');
  });

  it('a first name with an initial: "Nico G.", "George W. Bush"', () => {
    has('Derweil freut sich Tobias K. auf den Einsatz.', 'Tobias K.', 'person');
    has('Präsident George W. Bush erklärte den Plan.', 'George W. Bush', 'person');
  });

  it('one name word closing a clause after a verb of saying, never a common noun', () => {
    has('„Das reicht nicht“, sagte Hollweck.', 'Hollweck', 'person');
    has('Wir müssen alle mithelfen, erklärt van der Berk, und zwar sofort.', 'van der Berk', 'person');
    expect(mentions('Die Ergebnisse seien gut, sagte Vorstand.').join(' ')).not.toContain('Vorstand');
    expect(mentions('Gewinne seien möglich, so Analysten.').join(' ')).not.toContain('Analysten');
  });

  it('speakers that are common nouns or an adjective and a noun are no people', () => {
    expect(mentions('Studien zufolge sinken die Preise.').join(' ')).not.toContain('person');
    expect(mentions('Arabische Medien berichteten am Montag, der Preis steige.').join(' ')).not.toContain(
      'person',
    );
  });

  it('organisations after an organisation noun and after a place adjective; places after a place adjective', () => {
    has('Der Spielzeughersteller Tolvani legte zu.', 'Tolvani', 'organization');
    has('Allein das Bankhaus Credito Ferrante hat Käse eingelagert.', 'Credito Ferrante', 'organization');
    has('Er sprach mit dem Hamburger Mieterverein.', 'Hamburger Mieterverein', 'organization');
    has('Das sagte er der Passauer Neuen Presse.', 'Passauer Neuen Presse', 'organization');
    has('Am Frankfurter Hauptbahnhof stand der Zug.', 'Frankfurter Hauptbahnhof', 'place');
    // A known place after the noun is a place, not an organisation's name.
    has('Der größte Dienstleister Nordeuropas wuchs.', 'Nordeuropa', 'place');
  });

  it('a name joined to a known place by "und" is a place: "zwischen Düren und Eregli"', () => {
    has('Es ging um die Partnerschaft zwischen Düren und Kestelli.', 'Kestelli', 'place');
    expect(mentions('Zwischen Düren und Umgebung pendeln viele.').join(' ')).not.toContain('Umgebung');
  });
});

describe('organisations after an organisation noun', () => {
  it('takes the whole name after "Firma", as after "Spielzeughersteller"', () => {
    has('Er wechselte 1998 zur Firma Kelvar Optics nach Jena.', 'Kelvar Optics', 'organization');
    has('Der Spielzeughersteller Kelvar Toys meldete Gewinne.', 'Kelvar Toys', 'organization');
    has('Er arbeitet bei der Firma Kelvar in Jena.', 'Kelvar', 'organization');
  });
});

describe('entity rules for written forms of places and teams', () => {
  it('a known place in capitals (a dateline) is a place, not an acronym', () => {
    has('BOCHUM - Der Stadtrat tagte am Montag.', 'BOCHUM', 'place');
    has('Aus BONN kam keine Antwort.', 'BONN', 'place');
    expect(mentions('Aus BONN kam keine Antwort.').join(' ')).not.toContain('organization');
    // A known organisation in capitals stays an acronym.
    has('Am Montag meldete AUDI hohe Gewinne.', 'AUDI', 'organization');
  });

  it('a city district written with its city is a place; a compound with a common noun is not', () => {
    has('Er wohnt in Berlin-Charlottenburg.', 'Berlin-Charlottenburg', 'place');
    has('Das Flugzeug landete in Köln-Wahn.', 'Köln-Wahn', 'place');
    expect(mentions('Der Berlin-Besuch dauerte zwei Tage.').join(' ')).not.toContain('Berlin-Besuch');
    expect(mentions('Die Hamburg-Mannheimer zahlte.').join(' ')).not.toContain('(place)');
  });

  it('a city compound after an article, a fused article or an ordinal is a noun, in the whole article', () => {
    for (const text of [
      'Beim Köln-Derby siegten die Gäste.',
      'Der 30. Bonn-Marathon fand statt.',
      'Köln-Marathon: Die Ergebnisse. Den Köln-Marathon gewann ein Kenianer.',
    ])
      expect(mentions(text).join(' '), text).not.toContain('(place)');
    has('Er fuhr nach Köln-Wahn und dann zum Flughafen.', 'Köln-Wahn', 'place');
  });

  it('a team named by its city and a plural is an organisation', () => {
    has('Die Chicago Bulls gewannen am Abend.', 'Chicago Bulls', 'organization');
    has('Er spielt für die Detroit Red Wings.', 'Detroit Red Wings', 'organization');
    expect(mentions('Mecklenburg Das Land bestand aus Ämtern.').join(' ')).not.toContain('organization');
  });

  it('a lone speaker word seen only at a sentence start is no person', () => {
    const found = mentions('Gerade deshalb glaubt sie nicht an den „großen Wurf“, den Meyer plant.');
    expect(found.join(' ')).not.toContain('Gerade');
  });
});

describe('entity rule tags', () => {
  it('tags each mention with the rule that found it', () => {
    const text =
      'Präsident Wladimir Putin traf Angela Merkel in Berlin. Die Audi AG und die CDU sagten, sagte Hollweck.';
    const ctxs = articleContexts(fixtureArticles('de', [{ id: 'a', text }]));
    const rules = recogniseEntities(ctxs).mentions.map((m) => `${m.text}: ${m.rule}`);
    expect(rules).toEqual([
      'Wladimir Putin: title',
      'Angela Merkel: first-name',
      'Berlin: gazetteer',
      'Audi AG: org-form',
      'CDU: table',
      'Hollweck: speech-verb',
    ]);
  });
});
