import { describe, expect, it } from 'vitest';
import { analyseStory } from '../../src/brief/index.js';
import { spells } from '../../src/compare/acronym-names.js';
import { articleContexts } from '../../src/compare/context.js';
import { recogniseEntities } from '../../src/compare/entities.js';
import { fixtureArticles, textOf } from './support.js';

/** Every mention of one German article as `text (type)`, in text order; each checked against its offsets. */
function mentions(text: string): string[] {
  const articles = fixtureArticles('de', [{ id: 'a', text }]);
  const analysis = analyseStory(articles);
  return analysis.entities
    .flatMap((e) =>
      e.mentions.map((m) => {
        expect(textOf(articles, m)).toBe(m.text);
        return { start: m.start, label: `${m.text} (${e.type})` };
      }),
    )
    .sort((a, b) => a.start - b.start)
    .map((m) => m.label);
}

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

  it('takes no common noun, abbreviation, month or sentence opener', () => {
    for (const text of [
      'Man kann Facebook und Co. auf Dauer nicht stoppen.',
      'Im Sonderzug, der Kim und Genossen als Hotel dient, reisen 230 Nordkoreaner.',
      'Siemens und Gewerkschaften verhandeln seit Mai.',
      'Zwischen Januar und Merkel lag kein Treffen.',
      'Bund und Länder streiten mit Berlin und Behörden.',
    ]) {
      expect(
        rules(text).filter((r) => r.endsWith(': coordinated')),
        text,
      ).toEqual([]);
    }
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
