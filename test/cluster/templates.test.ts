import { describe, expect, it } from 'vitest';
import { tokenize } from '../../src/analyse/tokens.js';
import { DEFAULT_CLUSTER_OPTIONS } from '../../src/cluster/options.js';
import { templateRules, templateSpans } from '../../src/cluster/templates.js';
import { collectTerms, emptySignalCounts, termRulesFor, type SignalCounts } from '../../src/cluster/terms.js';
import { pairSimilarities } from '../../src/eval/similarity.js';
import { rulesFor } from '../../src/lang/index.js';
import { OTHER_EVENTS } from './stories.js';

function terms(text: string, language = 'de'): SignalCounts {
  const into = emptySignalCounts();
  collectTerms(text, tokenize(text, 0, text.length, language), into, termRulesFor(language));
  return into;
}

const FOOTER =
  'Rückfragen bitte an:\n\nPolizeipräsidium Pforzheim\nPressestelle\nTelefon: 07231 186-1111\n' +
  'E-Mail: pforzheim.pp.sts.oe@polizei.bwl.de\nhttp://www.polizei-bw.de/\n\n' +
  'Original-Content von: Polizeipräsidium Pforzheim, übermittelt durch news aktuell';

/** Two releases of one police press office about different events: the same header and footer. */
const BIKE_CRASH =
  'POL-Pforzheim: (PF) Pforzheim - Betrunkener Radfahrer bei Sturz verletzt\n\n' +
  'Polizeipräsidium Pforzheim\n\nPforzheim (ots) - Ein 35 Jahre alter Radfahrer ist am Montagabend auf der ' +
  'Breslauer Straße gestürzt und hat sich am Kopf verletzt. Ein Atemalkoholtest ergab einen Wert von 1,8 ' +
  'Promille. Der Mann wurde in ein Krankenhaus gebracht, ihm wurde eine Blutprobe entnommen.\n\n' +
  FOOTER;
const NO_LICENCE =
  'POL-Pforzheim: (PF) Pforzheim - Autofahrer ohne Führerschein am Wertstoffhof erwischt\n\n' +
  'Polizeipräsidium Pforzheim\n\nPforzheim (ots) - Beamte des Polizeireviers Nord haben am Dienstag in der ' +
  'Warteschlange vor dem Wertstoffhof Hohberg einen 41-jährigen Renault-Fahrer kontrolliert. Er konnte keine ' +
  'Fahrerlaubnis vorlegen, die roten Kennzeichen an seinem Wagen waren nicht zugelassen.\n\n' +
  FOOTER;
/** A newspaper's report of the first release's event (no template). */
const BIKE_CRASH_REPORT =
  'Radfahrer stürzt betrunken auf der Breslauer Straße\n\n' +
  'Pforzheim. Mit 1,8 Promille ist ein 35-jähriger Radfahrer am Montagabend in Pforzheim auf der Breslauer ' +
  'Straße gestürzt. Der verletzte Mann kam mit Kopfverletzungen ins Krankenhaus, wo ihm eine Blutprobe entnommen ' +
  'wurde.';

function pair(
  text1: string,
  text2: string,
): { lang1: string; lang2: string; text1: string; text2: string; overall: number } {
  return { lang1: 'de', lang2: 'de', text1, text2, overall: 1 };
}

describe('same-source templates', () => {
  const rules = templateRules(rulesFor('de').cluster.templates);

  it('finds the footer to the end, the sender it names in the header, addresses and phone lines', () => {
    const spans = templateSpans(BIKE_CRASH, rules);
    const covered = (phrase: string, from = 0): boolean => {
      const at = BIKE_CRASH.indexOf(phrase, from);
      return spans.some(([s, e]) => s <= at && at + phrase.length <= e);
    };
    expect(covered('Rückfragen bitte an')).toBe(true);
    expect(covered('übermittelt durch news aktuell')).toBe(true);
    expect(spans.at(-1)?.[1]).toBe(BIKE_CRASH.length);
    expect(covered('Polizeipräsidium Pforzheim')).toBe(true); // the header line, before the footer
    expect(covered('POL-Pforzheim: (PF)')).toBe(true);
    expect(covered('Breslauer Straße')).toBe(false);
    expect(covered('1,8')).toBe(false);
  });

  it('marks e-mail and web addresses in any language, not words around them', () => {
    const text =
      'Details at www.example.org/news, mail press@example.com or see police.example.de. The mayor said.';
    const en = templateRules(rulesFor('en').cluster.templates);
    const spans = templateSpans(text, en).map(([s, e]) => text.slice(s, e));
    expect(spans).toEqual(['www.example.org/news', 'press@example.com', 'police.example.de']);
  });

  it('leaves the words of a footer, its names, phone and address out of the terms', () => {
    const t = terms(BIKE_CRASH);
    for (const word of ['pressestell', 'telefon', 'ruckfrag', 'ubermittelt', 'polizeiprasidium', 'bwl'])
      expect(t.words.has(word), word).toBe(false);
    expect(t.entities.has('@pressestelle')).toBe(false);
    expect(t.words.has('breslau')).toBe(true);
    expect(t.words.has('radfahr')).toBe(true);
    expect([...t.numbers.keys()]).toEqual(['#35', '#18']);
  });

  it('scores two releases of one office about different events low, two reports of one event high', () => {
    const fillers = OTHER_EVENTS.slice(0, 4).map((a) => pair(`${a.title ?? ''}\n\n${a.text}`, a.text));
    const [different, same] = pairSimilarities([
      pair(BIKE_CRASH, NO_LICENCE),
      pair(BIKE_CRASH, BIKE_CRASH_REPORT),
      ...fillers,
    ]);
    // below the join threshold: the releases share their office's place, not their template
    expect(different).toBeLessThan(DEFAULT_CLUSTER_OPTIONS.threshold);
    expect(same).toBeGreaterThan(DEFAULT_CLUSTER_OPTIONS.threshold);
    expect(same).toBeGreaterThan(3 * (different ?? 1));
  });

  it('without a footer (a newspaper text) keeps every word', () => {
    expect(templateSpans(BIKE_CRASH_REPORT, rules)).toEqual([]);
  });
});

describe('numbers with units', () => {
  it('reads a figure the same with or without thousands separators, with its unit as a word', () => {
    const a = terms('Der Schaden liegt bei 50.000 Euro, teilte die Polizei mit.');
    const b = terms('Die Polizei schätzt den Schaden auf 50000 Euro.');
    expect(a.numbers.has('#50000')).toBe(true);
    expect(b.numbers.has('#50000')).toBe(true);
    expect(a.words.has('euro') && b.words.has('euro')).toBe(true);
  });

  it('keeps a decimal figure and drops single digits, phone and release numbers', () => {
    const t = terms(
      'Mit 1,8 Promille und 3 Kindern im Auto; Hinweise unter 07231 186-1111, Meldung 200618-3.',
    );
    expect([...t.numbers.keys()]).toEqual(['#18']);
  });
});
