import { describe, expect, it } from 'vitest';
import { segmentSentences } from '../../src/analyse/index.js';
import { sentenceTables } from '../../src/analyse/sentence-tables.js';
import { cleanDocument, normaliseCleanOptions } from '../../src/clean/index.js';
import { registeredLanguages } from '../../src/lang/index.js';
import { de } from '../../src/lang/de/index.js';

function split(text: string): string[] {
  return segmentSentences(text, 0, text.length, de.sentences).map((s) => text.slice(s.start, s.end));
}

function cleaned(text: string): ReturnType<typeof cleanDocument> {
  return cleanDocument({ id: 'a', format: 'text', text, meta: {}, removed: [] }, normaliseCleanOptions());
}

describe('month names: one list per language, read by the cleaning and the sentence stage', () => {
  it('the sentence tables know exactly the months the cleaning tables know', () => {
    for (const rules of registeredLanguages()) {
      expect([...sentenceTables(rules.sentences).months].sort()).toEqual(
        Object.keys(rules.clean.months).sort(),
      );
    }
  });

  it('German includes the Austrian forms Jänner and Feber', () => {
    expect(de.clean.months).toMatchObject({ jänner: 1, feber: 2 });
    expect([...sentenceTables(de.sentences).months]).toEqual(expect.arrayContaining(['jänner', 'feber']));
  });

  it('clean stage: a copyright line dated in Jänner or Feber gives the date and goes', () => {
    for (const [month, iso] of [
      ['Jänner', '2019-01-03'],
      ['Feber', '2019-02-03'],
    ] as const) {
      const article = cleaned(
        `Kim trifft Putin\n\nDer Gipfel begann am Morgen.\n\n© Die Presse vom 3. ${month} 2019`,
      );
      expect(article.meta).toMatchObject({ published: iso, source: 'Die Presse' });
      expect(article.text).toBe('Kim trifft Putin\n\nDer Gipfel begann am Morgen.');
    }
  });

  it('sentence stage: a day before Jänner or Feber is an ordinal, Jän. an abbreviation: no sentence end', () => {
    expect(split('Am 25. Feber 2019 trafen sich Kim und Putin. Am 3. Jänner reiste er ab.')).toEqual([
      'Am 25. Feber 2019 trafen sich Kim und Putin.',
      'Am 3. Jänner reiste er ab.',
    ]);
    // The Austrian abbreviation too, as "Jan." and "Feb." already were.
    expect(split('Am 3. Jän. 2019 kam er in Wien an. Dann ging er.')).toEqual([
      'Am 3. Jän. 2019 kam er in Wien an.',
      'Dann ging er.',
    ]);
  });
});
