import { describe, expect, it } from 'vitest';
import { analyseStory } from '../../src/brief/index.js';
import { spells } from '../../src/compare/acronym-names.js';
import { articleContexts } from '../../src/compare/context.js';
import { coordinatedNames } from '../../src/compare/coordinated-names.js';
import type { RawMention } from '../../src/compare/lexicon.js';
import { recogniseEntities } from '../../src/compare/entities.js';
import { entityMentions, fixtureArticles, textOf } from './support.js';

const mentions = (text: string): string[] => entityMentions(text);

/** The rule that found each mention of one German article, as `text: rule`. */
function rules(text: string): string[] {
  const ctxs = articleContexts(fixtureArticles('de', [{ id: 'a', text }]));
  return recogniseEntities(ctxs).mentions.map((m) => `${m.text}: ${m.rule}`);
}

describe('a name in the genitive before its noun is a person', () => {
  it('finds "Zabels Entscheidung", "bei Wulffs Hochzeitsfeier", "Rooneys erstes Tor"', () => {
    expect(mentions('Die Mannschaft war über Zabels Entscheidung nicht glücklich.')).toEqual([
      'Zabel (person)',
    ]);
    expect(mentions('Der Unternehmer war Gast bei Wulffs Hochzeitsfeier.')).toContain('Wulff (person)');
    expect(mentions('Zur Pause fiel durch Rooneys erstes Tor das 1:0.')).toContain('Rooney (person)');
    expect(rules('Ein Gutachter stützte Tiganjs Version.')).toEqual(['Tiganj: genitive']);
  });

  it('takes no sentence opener, adjective, plural, Latin noun or common noun in -s', () => {
    for (const text of [
      'Sechs der Lokomotiven blieben in Deutschland.',
      'Großes Theater um Geld und Einfluss.',
      'Jedes Heft hatte rund 30 Seiten.',
      'Auch Promis wie Til Schweiger sind nicht geschützt.',
      'Die zunehmende Konkurrenz mit Softwareprimus Microsoft bereitet keine Sorgen.',
      'Das Ende des Jahres brachte Regen.',
      'Es war der Wunsch des ehemaligen Spielers Trainer zu werden.',
      'Er hat bereits Geld verloren, und stets Glück gehabt.',
    ]) {
      expect(
        rules(text).filter((r) => r.endsWith(': genitive')),
        text,
      ).toEqual([]);
    }
  });
});

describe('a name joined to a found name by "und"/"oder" takes its type', () => {
  it('"Siemens und Bombardier", "Blatter und Beckenbauer", "Allianz und Commerzbank"', () => {
    expect(mentions('Man habe sich mit den Herstellern Siemens und Bombardier geeinigt.')).toContain(
      'Bombardier (organization)',
    );
    expect(mentions('Angeblich konnten sich Blatter und Beckenbauer nicht einigen.')).toContain(
      'Blatter (person)',
    );
    expect(rules('Dem hätten die Aufsichtsräte von Allianz und Commerzbank zugestimmt.')).toEqual([
      'Allianz: coordinated',
      'Commerzbank: table',
    ]);
  });

  it('takes no common noun, compound noun, noun after an article, abbreviation, month or sentence opener', () => {
    for (const text of [
      'Man kann Facebook und Co. auf Dauer nicht stoppen.',
      'Im Sonderzug, der Kim und Genossen als Hotel dient, reisen 230 Nordkoreaner.',
      'Siemens und Gewerkschaften verhandeln seit Mai.',
      'Zwischen Januar und Merkel lag kein Treffen.',
      'Bund und Länder streiten mit Berlin und Behörden.',
      'Der Sieger hatte den Heimvorteil und Angela Merkel auf seiner Seite.',
      'Sie ist Ärztin in Köln und Vereinsvorstand in Bonn.',
    ]) {
      expect(
        rules(text).filter((r) => r.endsWith(': coordinated')),
        text,
      ).toEqual([]);
    }
  });
});

describe('coordinated names kept per mention list', () => {
  const text = 'Man habe sich mit den Herstellern Siemens und Velkora geeinigt.';
  const [ctx] = articleContexts(fixtureArticles('de', [{ id: 'a', text }]));
  if (ctx === undefined) throw new Error('no context');
  const at = ctx.words.findIndex((w) => w.text === 'Siemens');
  const siemens: RawMention = {
    key: 'organization:siemens',
    type: 'organization',
    rule: 'table',
    article: 0,
    start: text.indexOf('Siemens'),
    end: text.indexOf('Siemens') + 'Siemens'.length,
    text: 'Siemens',
    from: at,
    to: at + 1,
  };

  it('gives the same names for the same list object, and looks again for another list or other words', () => {
    const mentions = [siemens];
    const first = coordinatedNames(ctx, mentions);
    expect(first).toEqual([{ words: ['Velkora'], type: 'organization' }]);
    expect(coordinatedNames(ctx, mentions)).toBe(first);
    const again = coordinatedNames(ctx, [siemens]);
    expect(again).not.toBe(first);
    expect(again).toEqual(first);
    // The same list read in other words (another text of the article) is looked at again.
    const [other] = articleContexts(fixtureArticles('de', [{ id: 'a', text: text.replace('und', 'mit') }]));
    if (other === undefined) throw new Error('no context');
    expect(coordinatedNames(other, mentions)).toEqual([]);
  });
});

describe('an organisation named with its acronym in brackets', () => {
  it("spells an acronym by its letters in order, the first one the name's first letter", () => {
    expect(spells('BdB', 'Bundesverband deutscher Banken')).toBe(true);
    expect(spells('BAG', 'Bundesamt für Gesundheit')).toBe(true);
    expect(spells('ICOS', 'International Council on Security and Development')).toBe(true);
    expect(spells('CDU', 'Jürgen Rüttgers')).toBe(false);
    expect(spells('UEFA', 'Europäische Fußball-Union')).toBe(false);
  });

  it('finds the name and the acronym: "Bundesverband deutscher Banken (BdB)", "NATO Response Force" (NRF)', () => {
    const found = mentions('Der Bundesverband deutscher Banken (BdB) rief zu Zurückhaltung auf.');
    expect(found).toEqual(['Bundesverband deutscher Banken (organization)', 'BdB (organization)']);
    expect(mentions('Einsatzbereit ist die „NATO Response Force“ (NRF), die Eingreiftruppe.')).toContain(
      'NATO Response Force (organization)',
    );
  });

  it('takes no party after a person, no acronym that names no organisation, no unmatched words', () => {
    expect(mentions('Ministerpräsident Jürgen Rüttgers (CDU) stimmte zu.')).toEqual([
      'Jürgen Rüttgers (person)',
      'CDU (organization)',
    ]);
    expect(mentions('Der Master of Business Administration (MBA) ist gefragt.').join(' ')).not.toContain(
      'MBA',
    );
    expect(rules('Die Aktie fällt auf Schlusskursbasis (XETRA) um zwei Prozent.')).toEqual([
      'XETRA: org-acronym',
    ]);
  });
});

describe('a capitalised word opening a sentence before a verb in the singular is a person', () => {
  it('"Kolb war …", "Pinkwart plädierte …", "Mulally kann …"', () => {
    expect(mentions('Kolb war seit 1986 im Turnverein als Leiter tätig.')).toEqual(['Kolb (person)']);
    expect(rules('Pinkwart plädierte im Januar dafür, die Regelung auszusetzen.')).toEqual([
      'Pinkwart: subject',
    ]);
    expect(mentions('Der Vorstand tagte. Mulally kann die Marken leicht verkaufen.')).toContain(
      'Mulally (person)',
    );
    // Before the present "ist"/"sei" a fronted word is read as the predicate (s24: "Grund ist …"); the past stays.
    expect(rules('Gerhardt war seit Jahren Trainer.')).toEqual(['Gerhardt: subject']);
    expect(rules('Schmidt-Lorenz war dabei.')).toEqual(['Schmidt-Lorenz: subject']);
  });

  it('takes no adverb, pronoun, adjective, participle, verb, mass noun, compound noun, two words or abbreviation', () => {
    for (const text of [
      'Dennoch war die Stimmung gut.',
      'Vieles spricht dafür, dass es so kommt.',
      'Unklar ist, wie es weitergeht.',
      'Prinzipiell sei man für alle Vorschläge offen.',
      'Verletzt wurde niemand, wie ein Sprecher mitteilte.',
      'Atomkraft ist keine Lösung.',
      'Derartige Töne hatte man lange nicht gehört.',
      'Jet Airways wird von einem Österreicher geführt.',
      'Es gibt Bilder von St. Georg aus dem Jahr 1779.',
      'Kolb und seine Frau waren dort.',
      'Kunden sollten sich beeilen.',
      'Prompt sprach Putin von einer möglichen Abrüstung.',
      'Kreideweiss soll er gewesen sein.',
      'Sollte es regnen, fällt das Fest aus.',
      'Hätte er gewartet, wäre nichts passiert.',
      'Geplant ist ein Neubau am Hafen.',
      'Gewidmet war die Feier den Helfern.',
      'Entweder kommt der Zug, oder wir laufen.',
      'Indes wartet die Stadt auf Antwort.',
      'Konkret geht es um zwei Millionen Euro.',
      'Köln-Marathon war ausverkauft.',
      'Deutsch-Französisch ist ein Schulfach.',
    ]) {
      expect(
        rules(text).filter((r) => r.endsWith(': subject')),
        text,
      ).toEqual([]);
    }
  });
});

describe('one name word with evidence beside it', () => {
  it('a known first name alone is a person: "gegen Mario", "Die 17-jährige Caroline ist"', () => {
    expect(mentions('Ende Juli erwirkten sie gegen Mario eine einstweilige Verfügung.')).toEqual([
      'Mario (person)',
    ]);
    expect(rules('Die 17-jährige Caroline ist Kandidatin bei der Show.')).toEqual([
      'Caroline: first-name-alone',
    ]);
  });

  it('a first name inside a longer name, after an indefinite article or an abbreviation is not alone', () => {
    for (const text of [
      'Er lernte bei Peter Stein das Handwerk.',
      'Die Krone trug Elisabeth II. seit 1952.',
      'Bald traten sie mit einer Tom und zwei Gitarren auf.',
      'Die Kirche St. Peter steht am Markt.',
      'Anders als erwartet fiel die Wahl aus.',
    ]) {
      expect(
        rules(text).filter((r) => r.endsWith(': first-name-alone')),
        text,
      ).toEqual([]);
    }
  });

  it('a relative names a person: "Sohn Murchad", "Halbbruder Sven"; a company\'s "Konzerntochter" does not', () => {
    expect(mentions('Das Kommando hatte sein Sohn Murchad.')).toEqual(['Murchad (person)']);
    expect(rules('Er reiste mit seinem Halbbruder Sven aus Norwegen.')).toEqual([
      'Sven: relative',
      'Norwegen: gazetteer',
    ]);
    expect(rules('Die Tante Cilli, die im Dorf lebte, kam zu Besuch.')).toEqual(['Cilli: relative']);
    expect(
      rules('Die Konzerntochter Wintershall meldete Gewinne.').filter((r) => r.endsWith(': relative')),
    ).toEqual([]);
  });
});

describe('a name set off by a comma after a title and its genitive is a person', () => {
  it('finds "Sprecherin des Weißen Hauses, Karoline Leavitt." and "Chef der Deutschen Bank, Christian Sewing,"', () => {
    const text =
      'Washington. Das Schiff stehe auf einer Sanktionsliste, sagte die Sprecherin des Weißen Hauses, Karoline Leavitt. In Frankfurt sprach der Chef der Deutschen Bank, Christian Sewing, über Zinsen.';
    const found = mentions(text);
    expect(found).toContain('Karoline Leavitt (person)');
    expect(found).toContain('Christian Sewing (person)');
  });

  it('not one word, not a place, and not words that go on after the name', () => {
    const text =
      'Washington. Das Schiff stehe auf einer Sanktionsliste, sagte die Sprecherin des Weißen Hauses, Leavitt. Der Präsident der Ukraine, Frankreich und Polen lehnten ab. Der Chef der Bank, Kurze Wege helfen allen.';
    const found = mentions(text);
    expect(found).not.toContain('Kurze Wege (person)');
    expect(found.some((m) => m.startsWith('Frankreich') && m.endsWith('(person)'))).toBe(false);
  });
});

describe('a full name in the genitive is the person the story names alone', () => {
  it('"Hillary Clintons Rede" with "sagte Clinton" is Hillary Clinton, one person', () => {
    const text =
      'Washington. Hillary Clintons Rede wurde gelobt. „Wir machen weiter“, sagte Clinton am Abend vor Anhängern.';
    const articles = fixtureArticles('de', [{ id: 'a', text }]);
    const persons = analyseStory(articles).entities.filter((e) => e.type === 'person');
    expect(persons.map((e) => e.name)).toEqual(['Hillary Clinton']);
    for (const m of persons[0]?.mentions ?? []) expect(textOf(articles, m)).toBe(m.text);
  });

  it('a name ending in s stays when the story has no lone family name without it', () => {
    const text = 'Hamburg. Thomas Haas sprach am Abend. „Wir machen weiter“, sagte Haas vor Anhängern.';
    const found = mentions(text);
    expect(found).toContain('Thomas Haas (person)');
  });
});
