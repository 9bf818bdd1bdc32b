import { describe, expect, it } from 'vitest';
import { storyTemporal, type TemporalExpression } from '../../src/compare/index.js';
import { findDates } from '../../src/compare/timeline.js';
import { dateWithTime, labelsFor } from '../../src/render/labels.js';
import { articleContexts } from '../../src/compare/context.js';
import { referenceDates } from '../../src/compare/reference-dates.js';
import { fixtureArticles, textOf } from './support.js';

/** The times of day of one article (language `lang`, published 2019-04-26, a Friday), each checked against its span. */
function times(
  lang: 'de' | 'en',
  text: string,
  published: string | null = '2019-04-26',
): TemporalExpression[] {
  const articles = fixtureArticles(lang, [{ id: 'a', text, ...(published !== null ? { published } : {}) }]);
  const found = storyTemporal(articles)[0] ?? [];
  for (const e of found) {
    expect(textOf(articles, e)).toBe(e.text);
    expect(e.article).toBe('a');
  }
  return found.filter((e) => e.type === 'time');
}

const one = (lang: 'de' | 'en', text: string): Pick<TemporalExpression, 'text' | 'value' | 'rule'>[] =>
  times(lang, text).map(({ text: t, value, rule }) => ({ text: t, value, ...(rule ? { rule } : {}) }));

describe('times of day in German', () => {
  it('reads clock times with a dot, a colon, minutes after "Uhr", and leaves "um"/"gegen" out of the span', () => {
    expect(one('de', 'Das Treffen begann am 25. April um 14.30 Uhr in Wladiwostok.')).toEqual([
      { text: '14.30 Uhr', value: '2019-04-25T14:30', rule: 'clock' },
    ]);
    expect(one('de', 'Die Delegation landete gegen 9 Uhr.')).toEqual([
      { text: '9 Uhr', value: '2019-04-26T09:00', rule: 'clock' },
    ]);
    expect(one('de', 'Um 4 Uhr 45 fielen die ersten Schüsse.')).toEqual([
      { text: '4 Uhr 45', value: '2019-04-26T04:45', rule: 'clock' },
    ]);
  });

  it('puts a time on the date of its sentence, before or after it', () => {
    expect(one('de', 'Sie trafen sich am Donnerstagabend um 20 Uhr.')).toEqual([
      { text: 'Donnerstagabend', value: '2019-04-25TEV', rule: 'weekday-day-part' },
      { text: '20 Uhr', value: '2019-04-25T20:00', rule: 'clock' },
    ]);
    expect(one('de', 'Um 20 Uhr am 24. April gab es ein Bankett.')[0]?.value).toBe('2019-04-24T20:00');
    expect(one('de', 'Am 24. April reiste er an. Um 20 Uhr gab es ein Bankett.')[0]?.value).toBe(
      '2019-04-26T20:00',
    );
  });

  it('reads parts of the day: glued to a weekday, with their own date, after a lead, as adverbs', () => {
    expect(one('de', 'Die Gespräche am Mittwochmittag verliefen ruhig.')).toEqual([
      { text: 'Mittwochmittag', value: '2019-04-24TMI', rule: 'weekday-day-part' },
    ]);
    expect(one('de', 'Der Bericht am Morgen des 22. Juni 2019 meldete nichts.')).toEqual([
      { text: 'Morgen des 22. Juni 2019', value: '2019-06-22TMO', rule: 'day-part' },
    ]);
    expect(one('de', 'Gegen Abend des 25. April war alles vorbei.')).toEqual([
      { text: 'Gegen Abend des 25. April', value: '2019-04-25TEV', rule: 'day-part' },
    ]);
    expect(one('de', 'Am frühen Morgen fuhr der Zug ab.')).toEqual([
      { text: 'frühen Morgen', value: '2019-04-26TMO', rule: 'day-part' },
    ]);
    expect(one('de', 'Die Kämpfe gingen nachts weiter.')).toEqual([
      { text: 'nachts', value: '2019-04-26TNI', rule: 'day-part-adverb' },
    ]);
    expect(one('de', 'Um Mitternacht endete die Frist.')).toEqual([
      { text: 'Mitternacht', value: '2019-04-26T24:00', rule: 'fixed' },
    ]);
  });

  it('takes the month of the narrative\'s anchor for a lone day ("in der Nacht vom 16. auf den 17.")', () => {
    const text = 'Im April 1945 begann der Angriff. In der Nacht vom 16. auf den 17. fiel die Stadt.';
    const found = times('de', text, null);
    expect(found.map((e) => [e.text, e.value])).toEqual([['Nacht vom 16.', '1945-04-16TNI']]);
  });

  it('finds no time in a watch, a score, a number, tomorrow or a bare part of the day', () => {
    expect(times('de', 'Er trug eine Armbanduhr und eine Sonnenuhr stand im Garten.')).toEqual([]);
    expect(times('de', 'Das Spiel endete 2:1, zur Pause stand es 1:0.')).toEqual([]);
    expect(times('de', 'Siehe Nr. 14.30 im Verzeichnis.')).toEqual([]);
    expect(times('de', 'Die Gespräche gehen morgen weiter.')).toEqual([]);
    expect(times('de', 'Der Abend war lang, die Nacht kurz.')).toEqual([]);
    expect(times('de', 'Es waren 25 Uhren im Schaufenster.')).toEqual([]);
    expect(times('de', 'Der Zug kam um 25 Uhr und um 7:75 Uhr.')).toEqual([]);
  });

  it('finds no time in the names every object inherits ("am constructor", "gegen toString")', () => {
    for (const name of Object.getOwnPropertyNames(Object.prototype))
      for (const lang of ['de', 'en'] as const)
        expect(
          times(lang, `Am 3. Mai 2019 kam er am ${name} und gegen ${name} um 14 Uhr.`).map((t) => t.text),
        ).toEqual(lang === 'de' ? ['14 Uhr'] : []);
  });
});

describe('times of day in English', () => {
  it('reads 12-hour times, bare times after "at", and parts of the day', () => {
    expect(one('en', 'The talks began on April 25 at 3 p.m. in Vladivostok.')).toEqual([
      { text: '3 p.m.', value: '2019-04-25T15:00', rule: 'clock-meridiem' },
    ]);
    expect(one('en', 'They met at 11:30am and again at 15:00.').map((e) => e.value)).toEqual([
      '2019-04-26T11:30',
      '2019-04-26T15:00',
    ]);
    expect(one('en', 'The raid came on the night of April 24.')).toEqual([
      { text: 'night of April 24', value: '2019-04-24TNI', rule: 'day-part' },
    ]);
    expect(one('en', 'They met at 11:30 am.')).toEqual([
      { text: '11:30 am', value: '2019-04-26T11:30', rule: 'clock-meridiem' },
    ]);
    expect(one('en', 'The leaders dined on Thursday evening.')).toEqual([
      { text: 'Thursday evening', value: '2019-04-25TEV', rule: 'weekday-day-part' },
    ]);
    expect(one('en', 'Shots were heard in the night.')).toEqual([
      { text: 'night', value: '2019-04-26TNI', rule: 'day-part' },
    ]);
    expect(one('en', 'The 12 a.m. train left at noon.').map((e) => e.value)).toEqual([
      '2019-04-26T00:00',
      '2019-04-26T12:00',
    ]);
  });

  it('finds no time in a score, a bare number, an hour past 12 with a.m. or a nightclub', () => {
    expect(times('en', 'The final ended 2:1 after the game stood 3:0.')).toEqual([]);
    expect(times('en', 'Flight 14.30 was cancelled; see No. 14.30.')).toEqual([]);
    expect(times('en', 'The train left at 13 p.m. from the nightclub.')).toEqual([]);
    expect(times('en', 'The score was 1:0 at 2:1.')).toEqual([]);
  });
});

describe('times on the timeline', () => {
  it('gives a dated mention its time, with provenance into the cleaned text', () => {
    const articles = fixtureArticles('de', [
      { id: 'a', text: 'Am Donnerstag um 14.30 Uhr begann der Gipfel.', published: '2019-04-26' },
    ]);
    const [ctx] = articleContexts(articles);
    const mentions = findDates(ctx!, referenceDates(articles)[0]);
    const timed = mentions.find((m) => m.time !== undefined);
    expect(timed).toMatchObject({ date: '2019-04-25', precision: 'day', time: '14:30', text: '14.30 Uhr' });
    expect(textOf(articles, timed!)).toBe('14.30 Uhr');
  });
});

describe('the time shown on the timeline', () => {
  it("writes a clock time as it is and a part of the day in the brief's language", () => {
    expect(dateWithTime('2019-04-25', '20:00', labelsFor('de'))).toBe('2019-04-25, 20:00');
    expect(dateWithTime('2019-04-25', 'EV', labelsFor('de'))).toBe('2019-04-25, abends');
    expect(dateWithTime('2019-04-25', 'MO', labelsFor('en'))).toBe('2019-04-25, morning');
    expect(dateWithTime('2019-04-25', undefined, labelsFor('en'))).toBe('2019-04-25');
  });
});

describe('time zones and lone days', () => {
  it('takes a zone after a clock time into the span and the value', () => {
    expect(one('de', 'Die Waffen schwiegen ab 23:00 Uhr mitteleuropäischer Zeit.')).toEqual([
      { text: '23:00 Uhr mitteleuropäischer Zeit', value: '2019-04-26T23:00+01', rule: 'clock' },
    ]);
    expect(one('en', 'The ceasefire began at 3 p.m. GMT.')).toEqual([
      { text: '3 p.m. GMT', value: '2019-04-26T15:00Z', rule: 'clock-meridiem' },
    ]);
    expect(one('en', 'Talks resumed at 9 a.m. local time.')[0]?.value).toBe('2019-04-26T09:00');
  });

  it('keeps the day of "Nacht vom 8." even when the sentence names the next day', () => {
    const text = 'Im Mai 1945 endete der Krieg. In der Nacht vom 8. zum 9. Mai 1945 wurde unterzeichnet.';
    expect(times('de', text, null).map((e) => e.value)).toEqual(['1945-05-08TNI']);
  });
});

describe('a zone word after the end of a sentence', () => {
  it('is no zone of the time before it', () => {
    expect(one('de', 'Der Zug kam um 23 Uhr. MEZ ist die Zeit in Berlin.')).toEqual([
      { text: '23 Uhr', value: '2019-04-26T23:00', rule: 'clock' },
    ]);
  });
});

describe('a lone day before a full date', () => {
  it('takes the month and year of the date after it ("Nacht vom 16. auf den 17. April 1945")', () => {
    const text =
      'Im Dezember 1944 kam die Offensive. In der Nacht vom 16. auf den 17. April 1945 fiel die Stadt.';
    expect(times('de', text, null).map((e) => [e.text, e.value])).toEqual([
      ['Nacht vom 16.', '1945-04-16TNI'],
    ]);
  });
});

describe('a part of the day after a clock time', () => {
  it('belongs to the span and moves the hour into the afternoon, evening or night', () => {
    expect(one('de', 'Die Sitzung endete um 8 Uhr abends.')).toEqual([
      { text: '8 Uhr abends', value: '2019-04-26T20:00', rule: 'clock' },
    ]);
    expect(
      one('de', 'Der Alarm kam um 2 Uhr nachts, der zweite um 11 Uhr nachts.').map((e) => e.value),
    ).toEqual(['2019-04-26T02:00', '2019-04-26T23:00']);
    expect(one('de', 'Er stand um 6 Uhr morgens auf.')[0]?.value).toBe('2019-04-26T06:00');
  });
});
