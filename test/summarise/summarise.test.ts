import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SourceDocument } from '../../src/core/types.js';
import { briefFromDocuments, prepareArticles } from '../../src/brief/index.js';
import { normaliseSummaryOptions } from '../../src/summarise/index.js';
import { seedDocuments } from '../support/seeds.js';

const doc = (id: string, text: string, published?: string): SourceDocument => ({
  id,
  format: 'text',
  text,
  meta: published !== undefined ? { published } : {},
  removed: [],
});

const MUSEUM_NEWS =
  'The singer Mara Lind became the first living artist to get a wax figure in the Kelby museum.';

/**
 * Six made-up articles: `weak` (a line that should not lead) carried by four of them, `lead` (the news) by three —
 * so the weak line is the best carried, and the news line must lead all the same.
 */
function museumStory(weak: string, lead = MUSEUM_NEWS): SourceDocument[] {
  return [
    doc('a', `${weak} ${lead} The figure took four months to make in the workshop.`, '2020-10-30'),
    doc('b', `${weak} The museum opened its doors in the old town in 1902.`, '2020-10-30'),
    doc('c', `${weak} Her fans queued outside the hall from early morning.`, '2020-10-31'),
    doc('d', `${weak} Tickets for the new room sold out within a day.`, '2020-10-31'),
    doc('e', `${lead} The museum said the figure would stay for a year.`, '2020-10-31'),
    doc('f', `${lead} Two more figures of singers are planned for the spring.`, '2020-10-31'),
  ];
}

const storyA = [
  'Bei dem Erdbeben der Stärke 6,8 in der Küstenstadt Izmir sind nach Behördenangaben mindestens 24 Menschen gestorben.',
  'Nach Angaben der Katastrophenschutzbehörde kamen mindestens 24 Menschen ums Leben.',
  'Rettungskräfte suchen in den Trümmern von sieben eingestürzten Wohnhäusern nach Überlebenden.',
  'Der Bürgermeister bat die Bevölkerung, die beschädigten Gebäude nicht zu betreten.',
].join(' ');
const storyB = [
  'Bei einem Erdbeben der Stärke 6,8 in der Küstenstadt Izmir sind mindestens 24 Menschen gestorben.',
  'Sieben Wohnhäuser stürzten ein, Rettungskräfte suchen in den Trümmern nach Überlebenden.',
  'Auch auf der griechischen Insel Samos richtete das Beben Schäden an, dort starben zwei Jugendliche.',
].join(' ');
const storyC = [
  'Das Beben in Izmir hatte nach Messungen der Erdbebenwarte eine Stärke von 6,8.',
  'Die Schule auf Samos bleibt bis Freitag geschlossen, meldete der Bürgermeister der Insel.',
].join(' ');

describe('summarise', () => {
  const docs = [doc('a', storyA, '2020-10-30'), doc('b', storyB, '2020-10-31'), doc('c', storyC)];

  it('supports a line with the other sources that report the same', () => {
    const brief = briefFromDocuments(docs, { words: 200 });
    const deaths = brief.sentences.filter((s) => s.text.includes('24 Menschen gestorben'));
    expect(deaths).toHaveLength(1);
    expect(deaths[0]?.support).toEqual([deaths[0]?.article === 'a' ? 'b' : 'a']);
    const samosSchool = brief.sentences.find((s) => s.text.includes('Schule auf Samos'));
    if (samosSchool) expect(samosSchool.support).toEqual([]);
  });

  // Agency copy: two outlets print nearly the same sentence; lexical similarity must catch that.
  it('never puts two lines that say the same into the brief', () => {
    const brief = briefFromDocuments(docs, { words: 200 });
    const quake = brief.sentences.filter((s) => /Stärke 6,8/u.test(s.text));
    expect(quake.length).toBeLessThanOrEqual(1);
  });

  it('puts first the report line carried by the most sources, then the lines by importance', () => {
    const brief = briefFromDocuments(docs, { words: 200 });
    expect(brief.articles.map((a) => a.kind)).toEqual(['report', 'report', 'report']);
    const [first, ...rest] = brief.sentences;
    expect(first).toBeDefined();
    for (const s of rest) expect(s.support.length).toBeLessThanOrEqual(first?.support.length ?? 0);
    for (let i = 1; i < rest.length; i++)
      expect((rest[i] as { score: number }).score).toBeLessThanOrEqual(
        (rest[i - 1] as { score: number }).score,
      );
    expect(brief.sentences.every((s) => s.label === undefined)).toBe(true);
  });

  it('does not lead with a line that opens with a pronoun pointing back, when another report line can lead', () => {
    const she = 'She was sentenced on Monday in the county court of Kelby, two days after her birthday.';
    const woman = 'A young woman from Kelby was sentenced to nine years in prison for running a fraud ring.';
    // The pronoun's line is carried by four of six articles, the woman's by three.
    const english = [
      doc('a', `${she} ${woman} The judge called the scheme cruel and carefully planned.`, '2020-10-30'),
      doc('b', `${she} The woman had taken money from forty pensioners in the old town.`, '2020-10-30'),
      doc('c', `${she} Her lawyer said she would appeal against the sentence next month.`, '2020-10-31'),
      doc('d', `${she} Police found the ledgers of the ring in a garage near the harbour.`, '2020-10-31'),
      doc('e', `${woman} The pensioners met at the church hall to talk about their losses.`, '2020-10-31'),
      doc('f', `${woman} Two of her helpers are to stand trial in the spring.`, '2020-10-31'),
    ];
    const brief = briefFromDocuments(english, { language: 'en', words: 200 });
    const texts = brief.sentences.map((s) => s.text);
    expect(texts[0]).toBe(woman);
    // Still a line, only not the first.
    expect(texts).toContain(she);
    expect(brief.headline.startsWith('She ')).toBe(false);
    // Alone, it leads: nothing else could.
    const alone = briefFromDocuments([doc('a', she), doc('b', she)], { language: 'en', words: 200 });
    expect(alone.sentences.map((s) => s.text)).toEqual([she]);
  });

  it('does not lead with a line that opens with a quotation, when another report line can lead', () => {
    const quote =
      '"I am deeply honoured to stand in the hall of the museum," the singer Mara Lind said on Tuesday.';
    const brief = briefFromDocuments(museumStory(quote), { language: 'en', words: 200 });
    const texts = brief.sentences.map((s) => s.text);
    expect(texts[0]).toBe(MUSEUM_NEWS);
    expect(texts).toContain(quote);
    expect(brief.headline.startsWith('"')).toBe(false);
    // German quotation marks, too; and alone, it leads: nothing else could.
    const german = '„Ich bin sehr geehrt“, sagte die Sängerin Mara Lind am Dienstag im Museum von Kelby.';
    const alone = briefFromDocuments([doc('a', german), doc('b', german)], { language: 'de', words: 200 });
    expect(alone.sentences.map((s) => s.text)).toEqual([german]);
  });

  it('does not lead with a photo caption, a question or a line opening with "However", when another report line can', () => {
    for (const weak of [
      'Mara Lind, left, and the sculptor Tom Berg unveil the wax figure in the hall of the Kelby museum.',
      'Is a wax figure in the Kelby museum the greatest honour a living singer can get today?',
      'However, the singer Mara Lind had turned down two earlier offers of the Kelby museum.',
    ]) {
      const brief = briefFromDocuments(museumStory(weak), { language: 'en', words: 200 });
      const texts = brief.sentences.map((s) => s.text);
      expect(texts[0], weak).toBe(MUSEUM_NEWS);
      expect(texts, weak).toContain(weak);
    }
    const nachricht =
      'Die Sängerin Mara Lind bekam als erste lebende Künstlerin eine Wachsfigur im Museum von Kelby.';
    const bild =
      'Mara Lind (links) und der Bildhauer Tom Berg enthüllen die Wachsfigur in der Halle des Museums.';
    const brief = briefFromDocuments(museumStory(bild, nachricht), { language: 'de', words: 200 });
    expect(brief.sentences[0]?.text).toBe(nachricht);
  });

  it('puts background after the other report lines: what had happened before, what someone is known for', () => {
    const news = 'The harbour of Kelby was closed on Monday after a tanker ran aground at its entrance.';
    const before = 'The owner of the tanker had lost two other ships in storms off the coast of Marlow.';
    // The background line is carried by three articles, the other lines (but the news) by one each.
    const docs = [
      doc('a', `${news} ${before} Divers checked the hull of the tanker for leaks on Tuesday.`, '2020-10-30'),
      doc('b', `${before} Ferries to the islands were sent to the port of Marlow.`, '2020-10-30'),
      doc('c', `${before} Fishermen waited at the quay for news about the reopening.`, '2020-10-31'),
      doc('d', `${news} The port authority expects to reopen the harbour on Friday.`, '2020-10-31'),
      doc('e', `${news} Two tugs tried to free the tanker at high tide.`, '2020-10-31'),
      doc('f', `${news} The coast guard found no oil in the water near the harbour.`, '2020-10-31'),
    ];
    const texts = briefFromDocuments(docs, { language: 'en', words: 200 }).sentences.map((s) => s.text);
    expect(texts[0]).toBe(news);
    expect(texts.length).toBeGreaterThan(2);
    expect(texts.at(-1)).toBe(before);
  });

  it("puts the example's line of what had happened in February after the reports' lines of the summit", () => {
    const brief = briefFromDocuments(seedDocuments(), { words: 250 });
    const kinds = new Map(brief.articles.map((a) => [a.id, a.kind]));
    const reports = brief.sentences.filter((s) => kinds.get(s.article) === 'report').map((s) => s.text);
    const before = reports.findIndex((t) => t.startsWith('Im Februar hatte Kim'));
    expect(before).toBeGreaterThan(0);
    expect(before).toBe(reports.length - 1);
  });

  it('rejects a word budget that is not a positive integer', () => {
    expect(() => normaliseSummaryOptions({ words: 0 })).toThrow(/positive integer/u);
    expect(() => normaliseSummaryOptions({ words: 2.5 })).toThrow(/positive integer/u);
  });

  it('gives an empty brief, not a crash, for a single one-line article', () => {
    const brief = briefFromDocuments([doc('x', 'Kurz.')]);
    expect(brief.sentences).toEqual([]);
    expect(brief.articles).toHaveLength(1);
  });

  it('reports an article that is empty after cleaning instead of using it', () => {
    const brief = briefFromDocuments([doc('nav', 'zum Hauptinhalt\nZur Startseite'), doc('a', storyA)]);
    expect(brief.articles.map((a) => a.id)).toEqual(['a']);
    expect(brief.errors).toEqual([
      { file: 'nav', reason: expect.stringMatching(/nothing left after cleaning/u) as string },
    ]);
  });
});

describe('brief invariants on the example story (property)', () => {
  const seeds = seedDocuments();
  const prepared = prepareArticles(seeds);

  it('any subset and budget: offsets give back the text, budget holds, output is deterministic', () => {
    fc.assert(
      fc.property(
        fc.subarray([0, 1, 2, 3, 4], { minLength: 1 }),
        fc.integer({ min: 1, max: 400 }),
        (picked, words) => {
          const docs = picked.map((i) => seeds[i] as SourceDocument);
          const brief = briefFromDocuments(docs, { words });
          const byId = new Map(brief.articles.map((a) => [a.id, a]));
          let used = 0;
          for (const s of brief.sentences) {
            expect(byId.get(s.article)?.text.slice(s.start, s.end)).toBe(s.text);
            expect(s.support).not.toContain(s.article);
            used += s.text.split(/\s+/u).length;
          }
          expect(used).toBeLessThanOrEqual(words);
          expect(JSON.stringify(briefFromDocuments(docs, { words }))).toBe(JSON.stringify(brief));
        },
      ),
      { numRuns: 40 },
    );
    expect(prepared).toHaveLength(5);
  });
});
