/**
 * The storyline rule (src/cluster/storylines.ts) on real text: the example story split into its preview and report
 * chapters five days apart, a trial reported at its opening and at its verdict two weeks later, and later stories
 * that share a person, a city or a court with them but are other events.
 */
import { describe, expect, it } from 'vitest';
import { prepareArticles } from '../../src/brief/index.js';
import { streamArticleOf } from '../../src/cluster/index.js';
import {
  findContinuation,
  linkStorylines,
  normaliseStorylineOptions,
  summariseStory,
  type StorySummary,
} from '../../src/cluster/storylines.js';
import type { SourceDocument } from '../../src/core/types.js';
import { kimPutinChapters, TRIAL_OPENING, TRIAL_VERDICT, UNRELATED_LATER } from './storyline-texts.js';

const OPTIONS = normaliseStorylineOptions();

function summary(id: string, docs: readonly SourceDocument[]): StorySummary {
  const articles = prepareArticles(docs, { crossDocument: false }).map((a) => ({
    article: { ...streamArticleOf(a), language: a.language, sentences: a.sentences },
    time: Date.parse(a.meta.published ?? ''),
  }));
  return summariseStory(id, articles, OPTIONS);
}

const kp = kimPutinChapters();
const preview = summary(
  'preview',
  kp.filter((d) => (d.meta.published ?? '').startsWith('2019-04-19')),
);
const report = summary(
  'report',
  kp.filter((d) => (d.meta.published ?? '').startsWith('2019-04-25')),
);
const opening = summary('opening', TRIAL_OPENING);
const verdict = summary('verdict', TRIAL_VERDICT);
const erdogan = summary('erdogan', UNRELATED_LATER.slice(0, 1));
const stadium = summary('stadium', UNRELATED_LATER.slice(1));
const ALL = [preview, report, opening, verdict, erdogan, stadium];

describe('a story summary', () => {
  it('holds the key names both chapters of the example story share, and its time span', () => {
    expect(preview.articles).toBe(2);
    expect(report.articles).toBe(3);
    for (const name of ['@kim', '@putin', '@nordkorea', '@russland'])
      expect([name, preview.entities[name] ?? 0, report.entities[name] ?? 0]).toEqual([name, 2, 3]);
    expect(report.first).toBe(Date.parse('2019-04-25T11:00:00Z'));
    expect(report.last).toBe(Date.parse('2019-04-25T14:00:00Z'));
    expect(Object.keys(report.entities).length).toBeLessThanOrEqual(OPTIONS.entityTerms);
  });
});

describe('the linking rule', () => {
  it('links the report chapter to the preview five days before it, and the verdict to the trial opening', () => {
    const kim = findContinuation(report, ALL, OPTIONS);
    expect(kim?.story).toBe('preview');
    expect(kim?.score).toBeGreaterThan(0.45);
    const trial = findContinuation(verdict, ALL, OPTIONS);
    expect(trial?.story).toBe('opening');
    expect(trial?.score).toBeGreaterThan(0.6);
  });

  it('gives a later story about other events its own storyline, though it shares Putin or Stuttgart', () => {
    expect(findContinuation(erdogan, ALL, OPTIONS)).toBeUndefined();
    expect(findContinuation(stadium, ALL, OPTIONS)).toBeUndefined();
    // the stadium shares three key names with the trial (and began 65 h after the verdict): only a far lower
    // threshold and a shorter gap would link it
    expect(Object.keys(stadium.entities).filter((t) => t in verdict.entities).length).toBeGreaterThanOrEqual(
      2,
    );
    expect(
      findContinuation(stadium, [verdict], normaliseStorylineOptions({ threshold: 0.05, minGapHours: 24 }))
        ?.story,
    ).toBe('verdict');
  });

  it('never links inside the clustering window (the clusterer decides there) nor beyond the horizon', () => {
    // the report began 6 days + 8 h (152 h) after the preview ended
    expect(
      findContinuation(report, [preview], normaliseStorylineOptions({ minGapHours: 160 })),
    ).toBeUndefined();
    expect(findContinuation(report, [preview], normaliseStorylineOptions({ minGapHours: 150 }))?.story).toBe(
      'preview',
    );
    // the verdict came 15 days after the opening
    expect(
      findContinuation(verdict, [opening], normaliseStorylineOptions({ horizonDays: 14 })),
    ).toBeUndefined();
    // an earlier story never continues a later one
    expect(findContinuation(preview, [report], OPTIONS)).toBeUndefined();
  });

  it('needs the shared key names: one is not enough however similar the rest', () => {
    const strict = normaliseStorylineOptions({ minSharedEntities: 1000 });
    expect(findContinuation(report, [preview], strict)).toBeUndefined();
  });

  it('links a whole run into storylines, the same for any input order', () => {
    const expected = new Map([
      ['preview', { storyline: 'preview' }],
      ['report', { storyline: 'preview', continues: findContinuation(report, [preview], OPTIONS) }],
      ['opening', { storyline: 'opening' }],
      ['verdict', { storyline: 'opening', continues: findContinuation(verdict, [opening], OPTIONS) }],
      ['erdogan', { storyline: 'erdogan' }],
      ['stadium', { storyline: 'stadium' }],
    ]);
    expect(linkStorylines(ALL, OPTIONS)).toEqual(expected);
    expect(linkStorylines([...ALL].reverse(), OPTIONS)).toEqual(expected);
    expect(linkStorylines([stadium, report, erdogan, opening, verdict, preview], OPTIONS)).toEqual(expected);
  });

  it('chains chapters: a third chapter continues the second and joins the first one’s storyline', () => {
    const aftermath: StorySummary = {
      ...report,
      id: 'aftermath',
      first: (report.last ?? 0) + 10 * 86_400_000,
      last: (report.last ?? 0) + 11 * 86_400_000,
    };
    const links = linkStorylines([preview, report, aftermath], OPTIONS);
    expect(links.get('aftermath')).toMatchObject({ storyline: 'preview', continues: { story: 'report' } });
  });

  it('leaves a story without any time on its own', () => {
    const undated: StorySummary = { ...report, id: 'undated', first: null, last: null };
    expect(findContinuation(undated, ALL, OPTIONS)).toBeUndefined();
    expect(linkStorylines([undated, preview], OPTIONS).get('undated')).toEqual({ storyline: 'undated' });
  });
});

describe('storyline options', () => {
  it('refuses values out of range with the option named', () => {
    expect(() => normaliseStorylineOptions({ threshold: 1.5 })).toThrow(
      /threshold must be a number from 0 to 1/u,
    );
    expect(() => normaliseStorylineOptions({ minGapHours: -1 })).toThrow(/minGapHours/u);
    expect(() => normaliseStorylineOptions({ horizonDays: Number.NaN })).toThrow(/horizonDays/u);
    expect(() => normaliseStorylineOptions({ minSharedEntities: 1.5 })).toThrow(/whole number/u);
    expect(() => normaliseStorylineOptions({ minGapHours: 800, horizonDays: 30 })).toThrow(/reach beyond/u);
  });
});
