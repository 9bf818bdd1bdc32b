import { describe, expect, test } from 'vitest';
import { explainSentenceBoundaries, segmentSentences } from '../../src/analyse/index.js';
import { sentences as de } from '../../src/lang/de/sentences.js';

function split(text: string): string[] {
  return segmentSentences(text, 0, text.length, de).map((s) => text.slice(s.start, s.end));
}

/** Hard German lines: the input and the sentences a careful reader finds in it. */
const HARD_LINES: readonly (readonly [string, readonly string[]])[] = [
  ['Das ist z. B. ein Test.', ['Das ist z. B. ein Test.']],
  ['Er kam u. a. mit seiner Frau. Sie blieb.', ['Er kam u. a. mit seiner Frau.', 'Sie blieb.']],
  ['Dr. Meier kam. Prof. Dr. Schulz nicht.', ['Dr. Meier kam.', 'Prof. Dr. Schulz nicht.']],
  ['Es kamen ca. 50 Leute. Nr. 5 fehlte.', ['Es kamen ca. 50 Leute.', 'Nr. 5 fehlte.']],
  ['Fr. Meier sagte ab. Die Feier fiel aus.', ['Fr. Meier sagte ab.', 'Die Feier fiel aus.']],
  ['A. Merkel traf J. Biden in Berlin.', ['A. Merkel traf J. Biden in Berlin.']],
  ['Das Wort z. steht allein.', ['Das Wort z. steht allein.']],
  [
    'Das Treffen fand am 25.4.2019 statt. Am 26.04.2019 reiste er ab.',
    ['Das Treffen fand am 25.4.2019 statt.', 'Am 26.04.2019 reiste er ab.'],
  ],
  [
    'Am 1. Mai demonstrierten Tausende. Der Verein spielt in der 2. Bundesliga.',
    ['Am 1. Mai demonstrierten Tausende.', 'Der Verein spielt in der 2. Bundesliga.'],
  ],
  ['Der 3. Oktober ist ein Feiertag.', ['Der 3. Oktober ist ein Feiertag.']],
  ['Der Gipfel war am 25. April 2019 in Wladiwostok.', ['Der Gipfel war am 25. April 2019 in Wladiwostok.']],
  [
    'Die Sanktionen gelten seit 2013. Die Einfuhr ist verboten.',
    ['Die Sanktionen gelten seit 2013.', 'Die Einfuhr ist verboten.'],
  ],
  [
    'Die Zahl der Toten stieg auf 12. Die Polizei ermittelt.',
    ['Die Zahl der Toten stieg auf 12.', 'Die Polizei ermittelt.'],
  ],
  ['Er kam seit 2013. Kim blieb.', ['Er kam seit 2013.', 'Kim blieb.']],
  [
    'Kim lobte er als "interessanten und ideenreichen Gesprächspartner." Auch Kim fand Gefallen am Gastgeber und versprach, die russisch-nordkoreanischen Beziehungen auf ein neues Level anzuheben.',
    [
      'Kim lobte er als "interessanten und ideenreichen Gesprächspartner."',
      'Auch Kim fand Gefallen am Gastgeber und versprach, die russisch-nordkoreanischen Beziehungen auf ein neues Level anzuheben.',
    ],
  ],
  [
    '„Das ist nur der erste Schritt“, verkündete er vielsagend.',
    ['„Das ist nur der erste Schritt“, verkündete er vielsagend.'],
  ],
  [
    '„Wir kommen. Morgen schon“, sagte er. Dann ging er.',
    ['„Wir kommen. Morgen schon“, sagte er.', 'Dann ging er.'],
  ],
  ['»Wir sind bereit.« Das sagte Putin.', ['»Wir sind bereit.«', 'Das sagte Putin.']],
  [
    'Er sprach von ‚großen Fortschritten.‘ Dann reiste er ab.',
    ['Er sprach von ‚großen Fortschritten.‘', 'Dann reiste er ab.'],
  ],
  [
    'Er sagte „Wir kommen. Dann ging er. Sie blieb.',
    ['Er sagte „Wir kommen.', 'Dann ging er.', 'Sie blieb.'],
  ],
  [
    'Putin sagte "Wir reden. Es gibt keinen Plan. Morgen mehr.',
    ['Putin sagte "Wir reden.', 'Es gibt keinen Plan.', 'Morgen mehr.'],
  ],
  ['"Wer ist da?" fragte er. Niemand antwortete.', ['"Wer ist da?" fragte er.', 'Niemand antwortete.']],
  ['„Wirklich?“, fragte er.', ['„Wirklich?“, fragte er.']],
  ['Was will Kim? Geld! Und Anerkennung.', ['Was will Kim?', 'Geld!', 'Und Anerkennung.']],
  [
    'Er zögerte ... und ging dann weiter. Er zögerte… Dann ging er.',
    ['Er zögerte ... und ging dann weiter.', 'Er zögerte…', 'Dann ging er.'],
  ],
  ['Er zögerte... und ging.', ['Er zögerte... und ging.']],
  ['Wir werden […] Verträge schließen.', ['Wir werden […] Verträge schließen.']],
  ['(André Ballin aus Moskau, 25.4.2019)', ['(André Ballin aus Moskau, 25.4.2019)']],
  [
    'Für den "Obersten Führer" ist ein ausgiebiges Kulturprogramm mit Ozeanariumbesuch vorgesehen. (André Ballin aus Moskau, 25.4.2019)',
    [
      'Für den "Obersten Führer" ist ein ausgiebiges Kulturprogramm mit Ozeanariumbesuch vorgesehen.',
      '(André Ballin aus Moskau, 25.4.2019)',
    ],
  ],
  [
    'Bild nicht mehr verfügbar. 2002 traf Putin – ebenfalls in Wladiwostok – den Vater des aktuellen Machthabers, Kim Jong-il.',
    [
      'Bild nicht mehr verfügbar.',
      '2002 traf Putin – ebenfalls in Wladiwostok – den Vater des aktuellen Machthabers, Kim Jong-il.',
    ],
  ],
  [
    'Für den Westen wäre dabei die Sanktionsgrenze wohl schon teilweise überschritten. Deshalb versucht Kim , mit guten Beziehungen Verbündete im UN-Sicherheitsrat zu gewinnen.',
    [
      'Für den Westen wäre dabei die Sanktionsgrenze wohl schon teilweise überschritten.',
      'Deshalb versucht Kim , mit guten Beziehungen Verbündete im UN-Sicherheitsrat zu gewinnen.',
    ],
  ],
  [
    'Dazu dient auch der erste Besuch eines nordkoreanischen Machthabers in Russland seit 2011. Für Kim ist der Empfang durch eine Großmacht außerdem ein wichtiges Symbol.',
    [
      'Dazu dient auch der erste Besuch eines nordkoreanischen Machthabers in Russland seit 2011.',
      'Für Kim ist der Empfang durch eine Großmacht außerdem ein wichtiges Symbol.',
    ],
  ],
  [
    'Das sagte Putin auf einer Pressekonferenz im Dezember 2017. Ein mit Atombomben bewaffnetes Nordkorea ist nicht im russischen Sicherheitsinteresse.',
    [
      'Das sagte Putin auf einer Pressekonferenz im Dezember 2017.',
      'Ein mit Atombomben bewaffnetes Nordkorea ist nicht im russischen Sicherheitsinteresse.',
    ],
  ],
  [
    '"Wir alle müssen gemeinsam darüber nachdenken." Im Februar hatte Kim mit US-Präsident Donald Trump über Abrüstung gesprochen.',
    [
      '"Wir alle müssen gemeinsam darüber nachdenken."',
      'Im Februar hatte Kim mit US-Präsident Donald Trump über Abrüstung gesprochen.',
    ],
  ],
  ['  • Das Treffen endet ohne Ergebnis.', ['Das Treffen endet ohne Ergebnis.']],
  ['• Erstens. • Zweitens • Drittens', ['Erstens.', 'Zweitens', 'Drittens']],
  ['Äpfel, Birnen usw. Die Händler sind zufrieden.', ['Äpfel, Birnen usw.', 'Die Händler sind zufrieden.']],
  ['Das kostet 1,5 Mio. Euro.', ['Das kostet 1,5 Mio. Euro.']],
  ['Um 10.30 Uhr begann das Treffen.', ['Um 10.30 Uhr begann das Treffen.']],
  ['Putin (66 J.) empfing Kim. Es regnete.', ['Putin (66 J.) empfing Kim.', 'Es regnete.']],
  ['Er kam am 3. Jan. 2019 an.', ['Er kam am 3. Jan. 2019 an.']],
  ['Der 1. FC Köln gewann.', ['Der 1. FC Köln gewann.']],
  [
    'Die Rede ist von 50.000 Soldaten. Sie sollen abziehen.',
    ['Die Rede ist von 50.000 Soldaten.', 'Sie sollen abziehen.'],
  ],
  ['Er kam zu spät.Die Sitzung war vorbei.', ['Er kam zu spät.', 'Die Sitzung war vorbei.']],
  ['Mehr unter www.spiegel.de. Danke.', ['Mehr unter www.spiegel.de.', 'Danke.']],
  [
    'Zum 2. Mal trafen sie sich. Es war das v. a. wichtige Treffen.',
    ['Zum 2. Mal trafen sie sich.', 'Es war das v. a. wichtige Treffen.'],
  ],
  ['Es gilt Plan B. Die Regierung wartet.', ['Es gilt Plan B.', 'Die Regierung wartet.']],
  ['Ca. 230 Nordkoreaner sind mitgereist.', ['Ca. 230 Nordkoreaner sind mitgereist.']],
  [
    'Weitere Überraschungen blieben aus. Denuklearisierung bedeute, "dass Nordkorea abrüsten muss". Doch zuvor brauche das Land eine Garantie.',
    [
      'Weitere Überraschungen blieben aus.',
      'Denuklearisierung bedeute, "dass Nordkorea abrüsten muss".',
      'Doch zuvor brauche das Land eine Garantie.',
    ],
  ],
  [
    'Er war erfolgreich – vgl. S. 5. Die Zahlen folgen.',
    ['Er war erfolgreich – vgl. S. 5.', 'Die Zahlen folgen.'],
  ],
  [
    'Der Umsatz lag bei 3 Mrd. Euro. Die Firma XY GmbH. Der Chef schwieg.',
    ['Der Umsatz lag bei 3 Mrd. Euro.', 'Die Firma XY GmbH.', 'Der Chef schwieg.'],
  ],
  [
    'Es war sein 70. Geburtstag. Der 2. Weltkrieg endete 1945. Danach kam der Frieden.',
    ['Es war sein 70. Geburtstag.', 'Der 2. Weltkrieg endete 1945.', 'Danach kam der Frieden.'],
  ],
  ['Wilhelm II. war Kaiser.', ['Wilhelm II. war Kaiser.']],
  [
    'Er traf Putin in St. Petersburg. Das war am 14. Juni.',
    ['Er traf Putin in St. Petersburg.', 'Das war am 14. Juni.'],
  ],
  [
    'Putin sagte: „Wir sind bereit. Wir warten.“ Dann ging er.',
    ['Putin sagte: „Wir sind bereit. Wir warten.“', 'Dann ging er.'],
  ],
  ['Er ging. „Das war gut“, sagte er.', ['Er ging.', '„Das war gut“, sagte er.']],
  ['Platz 3. Mit 20 Punkten lag er vorn.', ['Platz 3.', 'Mit 20 Punkten lag er vorn.']],
];

describe('segmentSentences on hard German lines', () => {
  test.each(HARD_LINES)('%s', (text, expected) => {
    expect(split(text)).toEqual(expected);
  });

  test('respects the block range and offsets into the whole text', () => {
    const text = 'Titel\n\nDr. Meier kam. Er ging.\n\nEnde.';
    const start = text.indexOf('Dr.');
    const end = text.indexOf('\n\nEnde');
    const spans = segmentSentences(text, start, end, de);
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(['Dr. Meier kam.', 'Er ging.']);
    expect(spans[0]?.start).toBe(start);
  });

  test('a blank line inside the range is a hard break; a single line break is a space', () => {
    const text = 'Erster Satz ohne Punkt\n\nZweiter Satz. Dritter\nSatz.';
    expect(split(text)).toEqual(['Erster Satz ohne Punkt', 'Zweiter Satz.', 'Dritter\nSatz.']);
  });

  test('explainSentenceBoundaries names the deciding rule of every candidate', () => {
    const text = 'Die Sanktionen gelten seit 2013. Die Einfuhr ist z. B. verboten. Am 1. Mai endet das.';
    const rules = explainSentenceBoundaries(text, 0, text.length, de).map((d) => `${d.rule}:${d.end}`);
    expect(rules).toEqual([
      'ordinal:true',
      'initial:false',
      'lowercase-next:false',
      'full-stop:true',
      'ordinal:false',
      'end-of-segment:true',
    ]);
  });
});
