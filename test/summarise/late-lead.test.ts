/**
 * The first line of a brief is a report's news, not the context its reports share at their end (src/summarise/
 * select.ts `displayOrder`, `late`; src/summarise/summarise.ts `inBackHalf`): two reports that end with the same
 * description of the place led with it before, as the line carried by most sources. Made-up reports.
 */
import { describe, expect, it } from 'vitest';
import { briefFromDocuments } from '../../src/brief/index.js';
import type { SourceDocument } from '../../src/core/types.js';

const SHARED =
  'Der 1998 eröffnete Hafen von Kelby ist nach Angaben der Stadt der größte Hafen an der Nordküste.';

const FIRST = [
  'Nach einem Brand im Hafen von Kelby sind am Dienstag drei Lagerhallen zerstört worden.',
  'Die Feuerwehr war mit 120 Einsatzkräften vor Ort und löschte das Feuer nach sechs Stunden.',
  'Verletzt wurde nach Angaben der Polizei niemand.',
  'Die Ursache des Brandes ist noch unklar, die Ermittler schließen Brandstiftung nicht aus.',
  'Der Schaden wird auf mehrere Millionen Euro geschätzt.',
  'Der Hafenbetrieb lief am Mittwoch wieder an.',
  SHARED,
];
const SECOND = [
  'Anwohner in Kelby berichteten am Dienstag von einer kilometerweit sichtbaren Rauchsäule über der Stadt.',
  'Ein Großfeuer hatte zuvor im Hafen mehrere Gebäude vernichtet.',
  'Die Stadt warnte die Bewohner am Dienstagabend, Fenster und Türen geschlossen zu halten.',
  'In den Hallen lagerten nach Angaben des Betreibers Papier und Holz.',
  'Die Polizei hat Ermittlungen zur Brandursache aufgenommen.',
  'Die Reederei des Hafens kündigte eine Prüfung der Brandschutzanlagen an.',
  SHARED,
];

const doc = (id: string, lines: readonly string[]): SourceDocument => ({
  id,
  format: 'text',
  text: lines.join(' '),
  meta: { source: id === 'a' ? 'Kelby Anzeiger' : 'Nordküsten-Zeitung', published: '2026-03-03' },
  removed: [],
});

describe('the first line of a brief', () => {
  it('is a report’s news, not the context both reports share at their end', () => {
    const brief = briefFromDocuments([doc('a', FIRST), doc('b', SECOND)], { language: 'de' });
    const shared = brief.sentences.find((s) => s.text === SHARED);
    // the shared line is in the brief, carried by both sources
    expect(shared?.support.length).toBe(1);
    expect(brief.sentences[0]?.text).not.toBe(SHARED);
    expect([FIRST[0], SECOND[0]]).toContain(brief.sentences[0]?.text);
  });

  it('still leads with the line most sources carry when it stands near the start of a report', () => {
    const early = [FIRST[1] as string, SHARED, ...FIRST.slice(2, -1)];
    const brief = briefFromDocuments([doc('a', early), doc('b', SECOND)], { language: 'de' });
    expect(brief.sentences[0]?.text).toBe(SHARED);
  });
});
