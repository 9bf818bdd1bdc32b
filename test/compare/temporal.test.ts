import { describe, expect, it } from 'vitest';
import { analyseStory } from '../../src/brief/index.js';
import { storyTemporal, type TemporalExpression } from '../../src/compare/index.js';
import { fixtureArticles, textOf } from './support.js';

/** The expressions of one German article, by their text. */
function tag(text: string, published?: string): Map<string, TemporalExpression> {
  const articles = fixtureArticles('de', [
    { id: 'a', text, ...(published !== undefined ? { published } : {}) },
  ]);
  const found = storyTemporal(articles)[0] ?? [];
  for (const e of found) expect(textOf(articles, e)).toBe(e.text);
  return new Map(found.map((e) => [e.text, e]));
}

const HISTORY = [
  'Der Krieg begann 1939 mit dem Angriff auf Polen.',
  'Am 1. September 1939 um 4:45 Uhr überschritten deutsche Truppen die Grenze.',
  'Am 17. September marschierte die Rote Armee im Osten ein.',
  'Zwei Tage später trafen sich beide Armeen bei Brest.',
  'Im Frühjahr 1940 folgte der Angriff auf Skandinavien, im Mai der Westfeldzug.',
  'Die Kämpfe in Norwegen dauerten drei Wochen.',
  'Anfang 1941 verlegte die Wehrmacht Truppen nach Osten, Mitte 1941 begann der Angriff.',
  'Ende 1942 wendete sich das Blatt.',
  'In den 1930er Jahren hatte die Aufrüstung begonnen.',
  'Im Herbst zogen sich die Truppen zurück.',
].join(' ');

describe('dates in a narrative (history) text', () => {
  const found = tag(HISTORY, '2011-02-16');
  const value = (text: string) => found.get(text)?.value;

  it('resolves a date without a year against the narrative, not the document date', () => {
    expect(value('17. September')).toBe('1939-09-17');
    expect(value('Mai')).toBe('1940-05');
    expect(value('Herbst')).toBe('1942-FA');
  });

  it('resolves "zwei Tage später" and a clock time against the narrative\'s last day', () => {
    expect(value('Zwei Tage später')).toBe('1939-09-19');
    expect(found.get('4:45 Uhr')).toMatchObject({ type: 'time', value: '1939-09-01T04:45' });
  });

  it('leaves the preposition out of the span, keeps modifiers in', () => {
    expect(value('1. September 1939')).toBe('1939-09-01');
    expect(value('Frühjahr 1940')).toBe('1940-SP');
    expect(value('Anfang 1941')).toBe('1941');
    expect(value('Mitte 1941')).toBe('1941');
    expect(value('Ende 1942')).toBe('1942');
    expect(value('1939')).toBe('1939');
    expect([...found.keys()].some((k) => /^(Am|Im|im|am) /u.test(k))).toBe(false);
  });

  it('normalises decades and durations', () => {
    expect(value('den 1930er Jahren')).toBe('193');
    expect(found.get('drei Wochen')).toMatchObject({ type: 'duration', value: 'P3W' });
  });

  it('puts the narrative dates on the timeline, not the document date', () => {
    const articles = fixtureArticles('de', [{ id: 'a', text: HISTORY, published: '2011-02-16' }]);
    const timeline = analyseStory(articles).timeline;
    const september = timeline.find((t) => t.date === '1939-09-17');
    expect(september?.text).toBe('Am 17. September marschierte die Rote Armee im Osten ein');
    expect(timeline.some((t) => t.date.startsWith('2010') || t.date.startsWith('2011'))).toBe(false);
  });
});

describe('phrases resolved against the narrative', () => {
  const found = tag(
    'Der Krieg hatte 1939 begonnen. Am 10. Mai 1940 begann der Westfeldzug. Am selben Tag wurde Churchill Premierminister. ' +
      'Nach zwei Tagen erreichten die Truppen die Maas. Die Schlacht dauerte mehr als drei Wochen. ' +
      'Im Jahr 1941 folgte der Angriff im Osten, 1942 die Schlacht von Stalingrad, 1943 die Kapitulation.',
    '2011-02-16',
  );

  it('keeps the preposition of an anaphoric phrase and of "nach", as TIMEX2 does', () => {
    expect(found.get('Am selben Tag')?.value).toBe('1940-05-10');
    expect(found.get('Nach zwei Tagen')?.value).toBe('1940-05-12');
  });

  it('keeps a hedge in a duration', () => {
    expect(found.get('mehr als drei Wochen')).toMatchObject({ type: 'duration', value: 'P3W' });
  });
});

describe('a chronicle with year headings', () => {
  it('keeps a year-alone heading line and dates the section below it by it', () => {
    const text = [
      'Der Bürgerkrieg',
      '',
      '1861',
      '',
      'Am 4. Juli stimmte der Kongress der Aufstellung weiterer Truppen zu. Im Herbst kam es zu ersten Gefechten.',
      '',
      '1862',
      '',
      'Am 6. März begann die Schlacht am Pea Ridge. Bis 1865 zog sich der Krieg hin, 1863 und 1864 waren die ' +
        'blutigsten Jahre.',
    ].join('\n');
    const found = tag(text, '2011-02-16');
    expect(found.get('1861')?.value).toBe('1861');
    expect(found.get('4. Juli')?.value).toBe('1861-07-04');
    expect(found.get('Herbst')?.value).toBe('1861-FA');
    expect(found.get('6. März')?.value).toBe('1862-03-06');
  });
});

describe('dates in news', () => {
  it('resolves a date without a year against the article date', () => {
    const found = tag(
      'Am 17. September hatte die Regierung den Plan vorgestellt. Am Dienstag stimmte der Bundestag zu.',
      '2019-10-03',
    );
    expect(found.get('17. September')?.value).toBe('2019-09-17');
    expect(found.get('Dienstag')?.value).toBe('2019-10-01');
  });

  it('stays news with a few old years in its background', () => {
    const found = tag(
      'Der Vertrag von 1990 und die Krise von 2008 prägen die Gespräche. Im Februar hatten beide Seiten verhandelt. ' +
        'Am Donnerstag treffen sich die Minister erneut.',
      '2019-04-26',
    );
    expect(found.get('Februar')?.value).toBe('2019-02');
    expect(found.get('Donnerstag')?.value).toBe('2019-04-25');
  });

  it('puts a year-less month soon after the article date in this year, a far or past one in last year', () => {
    const text =
      'Das Stadtfest beginnt am 3. Juni auf dem Marktplatz. Viele Händler hatten sich den 3. Juni schon vorgemerkt. ' +
      'Im August hatte der Rat die Kosten beschlossen. Die Planung reicht zurück bis in den Dezember.';
    const articles = fixtureArticles('de', [{ id: 'a', text, published: '2024-05-21' }]);
    const june = (storyTemporal(articles)[0] ?? []).filter((e) => e.text === '3. Juni').map((e) => e.value);
    const found = tag(text, '2024-05-21');
    // no tense, next month; a past sentence, next month: both ahead
    expect(june).toEqual(['2024-06-03', '2024-06-03']);
    // a past sentence three months ahead, and a month seven months ahead without tense: last year
    expect(found.get('August')?.value).toBe('2023-08');
    expect(found.get('Dezember')?.value).toBe('2023-12');
  });

  it("gives a year-less month the year of the article's other mentions of that month", () => {
    const values = (text: string, published: string, of: string): string[] => {
      const articles = fixtureArticles('de', [{ id: 'a', text, published }]);
      return (storyTemporal(articles)[0] ?? []).filter((e) => e.text === of).map((e) => e.value);
    };
    // a day of the month told ahead (future verb) gives the month without a day its year
    expect(
      values(
        'Am 10. März wird der Stadtrat gewählt. Die Parteien sammeln Unterschriften, damit sie im März auf dem Zettel stehen.',
        '2024-01-20',
        'März',
      ),
    ).toEqual(['2024-03']);
    // a mention with its own year decides for a day told with a future verb
    expect(
      values(
        'Am 5. November 2023 brannte die Scheune ab. Er will nicht, dass der 5. November den Hof für immer prägt.',
        '2024-08-22',
        '5. November',
      ),
    ).toEqual(['2023-11-05']);
    // a past month with no other mention, and one whose other mention is years away, stay last year's
    expect(
      values('Schon im März 2019 war der Plan bekannt. Im März hatte der Rat getagt.', '2024-01-20', 'März'),
    ).toEqual(['2023-03']);
  });

  it('runs a sequence of year-less months forward, and looks ahead after "ab" and "dürften"', () => {
    const found = tag('Kälteeinbrüche gibt es oft Mitte Juni oder Ende Juli.', '2024-05-03');
    // the next month is this year's; the one after it follows it
    expect(found.get('Mitte Juni')?.value).toBe('2024-06');
    expect(found.get('Ende Juli')?.value).toBe('2024-07');
    expect(tag('Ab April gelten neue Tarife.', '2024-01-20').get('April')?.value).toBe('2024-04');
    expect(
      tag('Die Wähler dürften bei der Wahl am 22. Oktober anders entscheiden.', '2023-07-01').get(
        '22. Oktober',
      )?.value,
    ).toBe('2023-10-22');
    // a sentence that looks back keeps a month ahead in last year, after an earlier month too
    expect(
      tag('Im April und im Oktober hatten die Gremien getagt.', '2024-05-03').get('Oktober')?.value,
    ).toBe('2023-10');
    // a month earlier in the year than the one before it in the sentence is no sequence
    const back = tag('Im Dezember begann der Streit, im März hatte der Rat getagt.', '2024-01-20');
    expect(back.get('März')?.value).toBe('2023-03');
  });

  it('counts "zwei Tage später" and "einen Tag zuvor" from the date told last, not from the article date', () => {
    const found = tag(
      'Am Dienstag fiel in der Schule der Strom aus. Der Hausmeister fand zunächst nichts.\n\n' +
        'Zwei Tage später fanden Techniker die Ursache. Das Museum war am 10. März geschlossen worden, nachdem ' +
        'Besucher einen Tag zuvor einen Wasserschaden gemeldet hatten.',
      '2023-04-28',
    );
    expect(found.get('Dienstag')?.value).toBe('2023-04-25');
    expect(found.get('Zwei Tage später')?.value).toBe('2023-04-27');
    expect(found.get('einen Tag zuvor')?.value).toBe('2023-03-09');
    // no date before it, or only a year (too coarse for days): from the article date
    expect(tag('Drei Tage später kam die Antwort.', '2023-04-28').get('Drei Tage später')?.value).toBe(
      '2023-05-01',
    );
    expect(
      tag('Der Verein wurde 2010 gegründet. Zwei Tage später kam die Antwort.', '2023-04-28').get(
        'Zwei Tage später',
      )?.value,
    ).toBe('2023-04-30');
  });

  it('recognises sets: "jeden Montag" and "täglich"', () => {
    const found = tag('Jeden Montag treffen sich die Minister. Der Bericht erscheint täglich.', '2019-10-03');
    expect(found.get('Jeden Montag')).toMatchObject({ type: 'set', value: 'XXXX-WXX-1' });
    expect(found.get('täglich')).toMatchObject({ type: 'set', value: 'P1D' });
  });
});

describe('days written as ordinal words', () => {
  it('reads "am neunten März" and "am Abend des zwölften Novembers 2022" as days, not the month alone', () => {
    const found = tag(
      'Am neunten März wurde die Brücke gesperrt. Am Abend des zwölften Novembers 2022 fuhr der letzte Zug ' +
        'über den Fluss. Am einundzwanzigsten Juni feiert der Verein sein Jubiläum.',
      '2024-08-22',
    );
    expect(found.get('neunten März')).toMatchObject({ type: 'date', value: '2024-03-09' });
    expect(found.get('Abend des zwölften Novembers 2022')?.value).toBe('2022-11-12TEV');
    expect(found.get('einundzwanzigsten Juni')?.value).toBe('2024-06-21');
  });

  it('leaves an ordinal before other nouns and the genitive without an ordinal alone', () => {
    const found = tag(
      'Im zweiten Weltkrieg litt das Land. Der Preis des Mais stieg im siebten Monat.',
      '2024-08-22',
    );
    expect(found.size).toBe(0);
  });
});

describe('bad cases', () => {
  it('does not read the whole part of a decimal number as a year, even after a year word', () => {
    const found = tag('Für drei Jahre 249,90 Euro zahlt eine Kundin im Jahr 2023 für das Abo.', '2024-04-29');
    expect([...found.keys()]).not.toContain('Jahre 249');
    expect([...found.values()].map((e) => e.value)).not.toContain('0249');
    expect(found.get('Jahr 2023')?.value).toBe('2023');
  });

  it('does not read the name August as a month', () => {
    const found = tag('August Bebel gründete die Partei mit Wilhelm Liebknecht.', '2019-10-03');
    expect(found.size).toBe(0);
  });

  it('keeps an impossible day at the month it names', () => {
    const found = tag('Der Vertrag vom 31. Februar 1940 wurde nie unterzeichnet.', '2019-10-03');
    expect(found.get('31. Februar 1940')?.value).toBe('1940-02');
  });

  it('does not let a limit ("bis 1881") move the narrative to its year', () => {
    const found = tag(
      'Im Jahr 1862 griffen die Truppen der Union im Westen an. Im Jahr 1863 folgte Gettysburg, 1864 der Marsch ' +
        'zum Meer, 1865 die Kapitulation. Die Bande der Brüder James raubte bis 1881 Banken aus. ' +
        'Im Oktober griff die Union erneut an.',
      '2011-02-16',
    );
    expect(found.get('Jahr 1862')?.value).toBe('1862');
    expect(found.get('Oktober')?.value).toBe('1865-10');
  });

  it('writes years before Christ and centuries as TIMEX values', () => {
    const found = tag(
      'Im Jahr 490 v. Chr. landeten die Perser bei Marathon. Im Sommer zogen sie wieder ab. ' +
        'Das 5. Jahrhundert v. Chr. war eine Zeit der Kriege.',
      '2011-02-16',
    );
    expect(found.get('Jahr 490 v. Chr.')?.value).toBe('BC0490');
    expect(found.get('Sommer')?.value).toBe('BC0490-SU');
    expect(found.get('5. Jahrhundert v. Chr.')?.value).toBe('BC04');
  });

  it('gives a year-less date of an undated article no year, and keeps it off the timeline', () => {
    const articles = fixtureArticles('de', [{ id: 'a', text: 'Am 17. September trafen sich die Minister.' }]);
    expect(storyTemporal(articles)[0]?.map((e) => e.value)).toEqual(['XXXX-09-17']);
    expect(analyseStory(articles).timeline).toEqual([]);
  });
});

describe('English month abbreviations with their point', () => {
  const english = (text: string, published: string): Map<string, TemporalExpression> => {
    const articles = fixtureArticles('en', [{ id: 'e', text, published }]);
    const found = storyTemporal(articles)[0] ?? [];
    for (const e of found) expect(textOf(articles, e)).toBe(e.text);
    return new Map(found.map((e) => [e.value, e]));
  };

  it('reads "Sept. 9, 2015" and "Jan. 5" as days, not as a year or a month alone', () => {
    const found = english(
      'The harbour will reopen on Sept. 9, 2015, the council said. Work started on Jan. 5 after the storm.',
      '2015-03-02',
    );
    expect(found.get('2015-09-09')?.text).toContain('Sept. 9, 2015');
    expect(found.get('2015-01-05')?.text).toContain('Jan. 5');
    expect(found.has('2015')).toBe(false);
  });

  it('does not join a full month at a sentence end to a number opening the next', () => {
    const found = english('The storm hit in September. 9 people lost their homes.', '2015-10-02');
    expect(found.has('2015-09-09')).toBe(false);
  });

  it('is no place: "On Sept. 23" names no entity', () => {
    const articles = fixtureArticles('en', [
      {
        id: 'e',
        text: 'On Sept. 23, 1896, the queen wrote in her journal at Balmoral.',
        published: '2015-09-09',
      },
    ]);
    const entities = analyseStory(articles).entities.map((e) => e.name);
    expect(entities).not.toContain('Sept');
  });
});
