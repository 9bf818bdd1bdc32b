import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DataError } from '../../src/eval/errors.js';
import {
  authorSet,
  dayOf,
  evaluateMeta,
  isDomain,
  isHeldOutPage,
  loadMetaPages,
  namesPublisher,
  scorePage,
  type MetaGoldPage,
} from '../../src/eval/meta.js';
import { metaTable } from '../../src/eval/meta-report.js';

const GOLD: MetaGoldPage = {
  id: 'de_Beispiel_2024_05_03',
  file: 'html/de_Beispiel_2024_05_03.html.gz',
  publisher: 'BerlinerMorgenpost',
  title: 'Brand in Betrieb in Lichterfelde – Starke Rauchentwicklung',
  authors: ['Sebastian Kohler', 'Andreas Gandzior'],
  published: '2024-05-03 23:24:00+00:00',
  body: 'Die Feuerwehr war mit 80 Kräften im Einsatz.\nDie Anwohner sollten Fenster und Türen geschlossen halten.',
};

describe('eval meta: scorers', () => {
  it('compares titles after normalising white space, authors as a set of normalised names', () => {
    const r = scorePage(GOLD, {
      title: ' Brand in Betrieb in Lichterfelde –\n Starke Rauchentwicklung ',
      author: 'Von Andreas Gandzior und sebastian kohler',
      published: '2024-05-04T01:24:00+02:00',
      outlet: 'Berliner Morgenpost',
      text: GOLD.body,
    });
    expect(r.right).toEqual({ title: true, authors: true, date: true, outlet: true });
    expect(r.matchesPublisher).toBe(true);
    expect(r.text.tp).toBe(1);
  });

  it('counts a missing author, a day off, a bare domain and no page as wrong', () => {
    const r = scorePage(GOLD, {
      title: 'Brand in Betrieb in Lichterfelde – Starke Rauchentwicklung | Berliner Morgenpost',
      author: 'Sebastian Kohler',
      published: '2024-05-02',
      outlet: 'morgenpost.de',
      text: 'Anzeige Jetzt abonnieren',
    });
    expect(r.right).toEqual({ title: false, authors: false, date: false, outlet: false });
    expect(r.shown.outlet).toContain('morgenpost.de');
    expect(scorePage(GOLD, null).right.title).toBe(false);
  });

  it('reads the day in the gold zone only when both sides carry one', () => {
    expect(dayOf('2024-05-03T23:30:00Z', '2024-05-04 01:30:00+02:00')).toBe('2024-05-04');
    expect(dayOf('2024-05-03T23:30:00Z', '2024-05-04 01:30:00')).toBe('2024-05-03');
    expect(dayOf('2024-05-03', '2024-05-03 10:00:00+02:00')).toBe('2024-05-03');
  });

  it('splits names on commas and "und", tells domains from names', () => {
    expect([...authorSet('Birgit Baumann, Anna Giulia Fink und Jan Michael Marchart')]).toEqual([
      'birgit baumann',
      'anna giulia fink',
      'jan michael marchart',
    ]);
    expect(authorSet(undefined).size).toBe(0);
    expect(isDomain('bild.de')).toBe(true);
    expect(isDomain('www.stuttgarter-zeitung.de')).toBe(true);
    expect(isDomain('FOCUS online')).toBe(false);
    expect(namesPublisher('DER SPIEGEL', 'SpiegelOnline')).toBe(false);
    expect(namesPublisher('n-tv NACHRICHTEN', 'NTV')).toBe(true);
  });

  it('splits pages by a hash of their id, the same way every time, about one in five held out', () => {
    const ids = Array.from({ length: 200 }, (_, i) => `de_Seite_${String(i)}`);
    const held = ids.filter(isHeldOutPage);
    expect(held).toEqual(ids.filter(isHeldOutPage));
    expect(held.length).toBeGreaterThan(20);
    expect(held.length).toBeLessThan(60);
  });
});

describe('eval meta: data and report', () => {
  it('loads gold.json and scores dev and held-out apart, with wrong pages on dev', () => {
    const dir = mkdtempSync(join(tmpdir(), 'fundus-'));
    const gold = Object.fromEntries(
      ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'].map((k) => [
        `de_${k}`,
        { ...GOLD, id: undefined, file: `html/de_${k}.html.gz`, body: [GOLD.body] },
      ]),
    );
    writeFileSync(join(dir, 'gold.json'), JSON.stringify(gold));
    const pages = loadMetaPages(dir);
    expect(pages).toHaveLength(8);
    expect(pages[0]?.body).toBe(GOLD.body);
    const report = evaluateMeta(
      pages,
      () => '<html></html>',
      () => ({ title: GOLD.title, text: GOLD.body }),
      'x',
    );
    expect(report.dev.pages + report.heldOut.pages).toBe(8);
    expect(report.split.heldOut.every(isHeldOutPage)).toBe(true);
    expect(report.dev.title).toBe(1);
    expect(report.dev.authors).toBe(0);
    expect(report.dev.errors.outlet).toBe(report.dev.pages);
    expect(metaTable(report)).toContain('authors (');
  });

  it('refuses a folder without gold.json and a page without a title', () => {
    expect(() => loadMetaPages(mkdtempSync(join(tmpdir(), 'empty-')))).toThrow(DataError);
    const dir = mkdtempSync(join(tmpdir(), 'fundus-bad-'));
    writeFileSync(join(dir, 'gold.json'), JSON.stringify({ x: { published: '2024-01-01', body: [] } }));
    expect(() => loadMetaPages(dir)).toThrow(/needs "title"/u);
    writeFileSync(join(dir, 'gold.json'), '{ nicht json');
    expect(() => loadMetaPages(dir)).toThrow(DataError);
  });
});
