import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  emptyDateCounts,
  evaluateDates,
  finishDateCounts,
  isHeldOutDocument,
  loadTimexDocuments,
  parseInline,
  scoreDocument,
  typeOfTimex2,
  valueErrorKind,
  type Timex,
} from '../../src/eval/dates.js';
import { alignOffsets } from '../../src/eval/dates-run.js';
import { DataError } from '../../src/eval/errors.js';

const TIMEX2_DOC = `<DOC>
<DOCID>x</DOCID>
<DATETIME> <TIMEX2 val="2011-02-16">2011-02-16</TIMEX2> </DATETIME>
<TEXT>
Der Angriff begann am <TIMEX2 val="1939-09-01">1. September 1939</TIMEX2>. Am <TIMEX2 val="1939-09-17">17. September</TIMEX2> folgte die Rote Armee, <TIMEX2 val="P3W">drei Wochen</TIMEX2> lang.
</TEXT>
</DOC>`;

describe('eval dates: reading TIMEX2 and TIMEX3', () => {
  it('reads inline TIMEX2: text without tags, offsets into it, the body and the document date', () => {
    const p = parseInline(TIMEX2_DOC, 'x');
    expect(p.format).toBe('timex2');
    expect(p.dct).toBe('2011-02-16');
    for (const t of p.timexes) expect(p.text.slice(t.start, t.end)).toBe(t.text);
    expect(p.timexes.map((t) => [t.text, t.value, t.type])).toEqual([
      ['2011-02-16', '2011-02-16', 'DATE'],
      ['1. September 1939', '1939-09-01', 'DATE'],
      ['17. September', '1939-09-17', 'DATE'],
      ['drei Wochen', 'P3W', 'DURATION'],
    ]);
    expect(p.body?.[0]).toBe(p.text.indexOf('\nDer Angriff'));
  });

  it('reads inline TIMEX3 with its types', () => {
    const p = parseInline(
      '<TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="2020-01-02">2020-01-02</TIMEX3></DCT><TEXT>Er kam ' +
        '<TIMEX3 tid="t1" type="SET" value="XXXX-WXX-1">jeden Montag</TIMEX3>.</TEXT></TimeML>',
      'y',
    );
    expect(p.format).toBe('timex3');
    expect(p.timexes[1]).toMatchObject({ text: 'jeden Montag', type: 'SET', value: 'XXXX-WXX-1' });
  });

  it('types TIMEX2 values and reports an unclosed tag as bad data', () => {
    expect(typeOfTimex2('P15D', '')).toBe('DURATION');
    expect(typeOfTimex2('PRESENT_REF', '')).toBe('DATE');
    expect(typeOfTimex2('1939-09-01T04:45', '')).toBe('TIME');
    expect(typeOfTimex2('XXXX-WXX-1', '')).toBe('SET');
    expect(typeOfTimex2('P1D', 'set="YES"')).toBe('SET');
    expect(() => parseInline('<TEXT><TIMEX2 val="1939">1939</TEXT>', 'z')).toThrow(DataError);
  });

  it('loads a folder, scores only the body, and refuses a folder without TIMEX files', () => {
    const dir = mkdtempSync(join(tmpdir(), 'timex-'));
    mkdirSync(join(dir, 'keyinline'));
    writeFileSync(join(dir, 'keyinline', 'x.key.xml'), TIMEX2_DOC);
    const { documents, format } = loadTimexDocuments(dir);
    expect(format).toBe('timex2');
    expect(documents[0]?.gold.map((g) => g.value)).toEqual(['1939-09-01', '1939-09-17', 'P3W']);
    expect(documents[0]?.documentDate).toBe('2011-02-16');
    mkdirSync(join(dir, 'in'));
    writeFileSync(join(dir, 'in', 'x.sgm'), TIMEX2_DOC.replace('Angriff', 'Überfall'));
    expect(() => loadTimexDocuments(dir)).toThrow(/differs/u);
    expect(() => loadTimexDocuments(mkdtempSync(join(tmpdir(), 'empty-')))).toThrow(DataError);
  });
});

describe('eval dates: the scorer', () => {
  const text = 'Am 17. September 1939 und im Mai 1940 sowie drei Wochen';
  const at = (s: string, value: string, type: Timex['type'] = 'DATE'): Timex => {
    const start = text.indexOf(s);
    return { start, end: start + s.length, text: s, value, type };
  };
  const doc = {
    name: 'd',
    text,
    bodyStart: 0,
    bodyEnd: text.length,
    gold: [
      at('17. September 1939', '1939-09-17'),
      at('Mai 1940', '1940-05'),
      at('drei Wochen', 'P3W', 'DURATION'),
    ],
  };

  it('counts strict and lenient matches, values over lenient matches, and error kinds', () => {
    const c = emptyDateCounts();
    scoreDocument(
      doc,
      [at('17. September 1939', '1939-09-17'), at('im Mai 1940', '2010-05'), at('sowie', 'X')],
      c,
    );
    const s = finishDateCounts(c);
    expect(s.strict).toMatchObject({ matched: 1, p: 1 / 3, r: 1 / 3 });
    expect(s.lenient).toMatchObject({ matched: 2, p: 2 / 3, r: 2 / 3 });
    expect(s.valueAccuracy).toBe(0.5);
    expect(s.errors).toEqual({
      'extent: too long': 1,
      'value: wrong year': 1,
      'spurious DATE': 1,
      'missed DURATION': 1,
    });
    expect(s.byType.DURATION).toMatchObject({ gold: 1, lenient: 0 });
  });

  it('names value errors', () => {
    expect(valueErrorKind('1939-09-17', '2010-09-17')).toBe('value: wrong year');
    expect(valueErrorKind('1939-09-17', '1939-09')).toBe('value: other precision');
    expect(valueErrorKind('P3D', '1939-09-03')).toBe('value: duration vs point');
  });

  it('splits documents by a fixed hash and scores dev and held-out apart', () => {
    expect(isHeldOutDocument('13_RussianCivWar')).toBe(true);
    expect(isHeldOutDocument('01_WW2')).toBe(false);
    const report = evaluateDates([doc], 'timex2', () => [], 'set');
    expect(report.split).toEqual({ dev: ['d'], heldOut: [] });
    expect(report.dev).toMatchObject({ gold: 3, predicted: 0 });
    expect(report.heldOut.gold).toBe(0);
  });
});

describe('eval dates: mapping cleaned offsets back', () => {
  it('maps through changed white space and dropped lines', () => {
    const original = 'Titel\n\n1861\n\nAm  17. September   trafen sie sich.';
    const cleaned = 'Titel\n\nAm 17. September trafen sie sich.';
    const map = alignOffsets(original, cleaned);
    const s = cleaned.indexOf('17.');
    const e = cleaned.indexOf(' trafen');
    expect(original.slice(map[s], (map[e - 1] ?? 0) + 1)).toBe('17. September');
  });
});
