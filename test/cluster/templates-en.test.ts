import { describe, expect, it } from 'vitest';
import { tokenize } from '../../src/analyse/tokens.js';
import { DEFAULT_CLUSTER_OPTIONS } from '../../src/cluster/options.js';
import { templateRules, templateSpans } from '../../src/cluster/templates.js';
import { collectTerms, emptySignalCounts, termRulesFor, type SignalCounts } from '../../src/cluster/terms.js';
import { pairSimilarities } from '../../src/eval/similarity.js';
import { rulesFor } from '../../src/lang/index.js';

function terms(text: string): SignalCounts {
  const into = emptySignalCounts();
  collectTerms(text, tokenize(text, 0, text.length, 'en'), into, termRulesFor('en'));
  return into;
}

const FOOTER =
  'About Northwind Robotics\n' +
  'Northwind Robotics Inc. (NASDAQ: NWRB) designs warehouse automation systems for retailers and logistics ' +
  'companies in North America and Europe. Northwind Robotics is headquartered in Pittsburgh, Pennsylvania. ' +
  'For more information, visit www.northwindrobotics.com.\n\n' +
  'Forward-Looking Statements\n' +
  'This press release contains forward-looking statements within the meaning of the Private Securities ' +
  'Litigation Reform Act of 1995. Actual results may differ materially from those expressed or implied.\n\n' +
  'Media Contact:\nJane Holloway\nNorthwind Robotics\nPhone: +1 412 555 0199\nEmail: press@northwindrobotics.com\n\n' +
  'SOURCE Northwind Robotics';

/** Two releases of one company about different events: the same dateline mark and footer. */
const PLANT =
  'Northwind Robotics Opens Assembly Plant in Monterrey\n\n' +
  'PITTSBURGH, March 3, 2021 /PRNewswire/ -- Northwind Robotics Inc. (NASDAQ: NWRB) today opened an assembly ' +
  'plant in Monterrey, Mexico, that will employ 450 workers and build autonomous forklifts for customers in ' +
  'Latin America. The 38,000-square-metre plant cost $62 million, said chief operating officer Luis Ferreira.\n\n' +
  FOOTER;
const CFO =
  'Northwind Robotics Appoints Sarah Okafor as Chief Financial Officer\n\n' +
  'PITTSBURGH, May 18, 2021 /PRNewswire/ -- Northwind Robotics Inc. (NASDAQ: NWRB) today announced that ' +
  'Sarah Okafor, formerly treasurer of a Boston medical devices maker, will become chief financial officer on ' +
  'June 1. She succeeds Thomas Greer, who retires after eleven years with the company.\n\n' +
  FOOTER;
/** A newspaper's report of the first release's event (no template). */
const PLANT_REPORT =
  'Robot maker to hire 450 in Monterrey\n\n' +
  'MONTERREY, Mexico — A Pittsburgh maker of autonomous forklifts opened a $62 million assembly plant in ' +
  'Monterrey on Wednesday. Northwind Robotics will employ 450 workers at the 38,000-square-metre site, its chief ' +
  'operating officer Luis Ferreira said, building forklifts for warehouses across Latin America.';

/** English news of other events, for the document frequencies of the comparison. */
const FILLERS = [
  'Floodwaters rose along the Mississippi River on Tuesday, forcing hundreds of residents from their homes in ' +
    'Missouri as crews stacked sandbags around the levees.',
  'The city council voted 7-2 on Monday night to approve a new budget that raises spending on parks and ' +
    'libraries while freezing property taxes for a second year.',
  'Shares in European banks fell sharply after the central bank signalled that interest rates would stay low ' +
    'for longer than investors had expected.',
  'The striker scored twice in the second half as the visitors came back from a goal down to win the cup final ' +
    'in front of a crowd of 60,000.',
];

function pair(
  text1: string,
  text2: string,
): { lang1: string; lang2: string; text1: string; text2: string; overall: number } {
  return { lang1: 'en', lang2: 'en', text1, text2, overall: 1 };
}

describe('English same-source templates', () => {
  const rules = templateRules(rulesFor('en').cluster.templates);

  it('finds the footer from "About <Company>" to the end, the sender in the body, the dateline mark', () => {
    const spans = templateSpans(PLANT, rules);
    const covered = (phrase: string, from = 0): boolean => {
      const at = PLANT.indexOf(phrase, from);
      return at >= 0 && spans.some(([s, e]) => s <= at && at + phrase.length <= e);
    };
    expect(spans.at(-1)?.[1]).toBe(PLANT.length);
    expect(covered('About Northwind Robotics')).toBe(true);
    expect(covered('Forward-Looking Statements')).toBe(true);
    expect(covered('SOURCE Northwind Robotics')).toBe(true);
    expect(covered('/PRNewswire/ --')).toBe(true);
    expect(covered('(NASDAQ: NWRB)')).toBe(true);
    expect(covered('Northwind Robotics', 10)).toBe(true); // the sender named in the body, before the footer
    expect(covered('Monterrey')).toBe(false);
    expect(covered('450 workers')).toBe(false);
    expect(covered('PITTSBURGH')).toBe(false); // the dateline's place stays evidence
  });

  it('leaves the footer words, sender, ticker and contact lines out of the terms', () => {
    const t = terms(PLANT);
    for (const word of ['forward-looking', 'securities', 'litigation', 'headquartered', 'prnewswire'])
      expect(t.words.has(word), word).toBe(false);
    expect([...t.words.keys()].some((w) => w.startsWith('northwind'))).toBe(false);
    expect(t.words.has('monterrei')).toBe(true);
    expect(t.entities.has('@monterrey')).toBe(true);
    expect([...t.numbers.keys()]).not.toContain('#4125550199');
  });

  it('scores two releases of one company about different events low, a report of the same event high', () => {
    const fillers = FILLERS.map((text, i) => pair(text, FILLERS[(i + 1) % FILLERS.length] ?? ''));
    const [different, same] = pairSimilarities([pair(PLANT, CFO), pair(PLANT, PLANT_REPORT), ...fillers]);
    expect(different).toBeLessThan(DEFAULT_CLUSTER_OPTIONS.threshold);
    expect(same).toBeGreaterThan(DEFAULT_CLUSTER_OPTIONS.threshold);
    expect(same).toBeGreaterThan(3 * (different ?? 1));
  });

  it('keeps a news paragraph that begins with "About" and one that quotes a source', () => {
    const text =
      'About 200 people were evacuated from the tower on Friday.\nSources said the fire began on the ninth floor.';
    expect(templateSpans(text, rules)).toEqual([]);
    expect(templateSpans(PLANT_REPORT, rules)).toEqual([]);
  });

  it('marks an agency dateline and its copyright line, not the place', () => {
    const text =
      'LONDON (Reuters) - Britain’s economy grew 0.4 percent.\n' +
      'Copyright 2018 The Associated Press. All rights reserved. This material may not be published, broadcast, ' +
      'rewritten or redistributed.';
    const spans = templateSpans(text, rules).map(([s, e]) => text.slice(s, e));
    expect(spans).toContain('(Reuters) -');
    expect(spans.some((s) => s.includes('All rights reserved'))).toBe(true);
    expect(spans.some((s) => s.includes('may not be published'))).toBe(true);
    expect(spans.some((s) => s.includes('LONDON') || s.includes('economy'))).toBe(false);
  });
});
